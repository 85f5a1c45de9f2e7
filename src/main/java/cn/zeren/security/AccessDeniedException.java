package cn.zeren.security;

import cn.zeren.platform.DomainException;
import jakarta.ejb.ApplicationException;

/** The acting person may not do this; pages show 403 and a message, the API a 403 problem. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends DomainException {
  public AccessDeniedException(String key, Object... args) {
    super(key, args);
  }
}
