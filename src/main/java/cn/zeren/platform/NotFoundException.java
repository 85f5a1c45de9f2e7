package cn.zeren.platform;

import jakarta.ejb.ApplicationException;

/** The requested object does not exist (or no longer does). Pages show 404, the API a 404 problem. */
@ApplicationException(rollback = true)
public class NotFoundException extends DomainException {
  public NotFoundException(String what, Object id) {
    super("error.notFound", what, id);
  }
}
