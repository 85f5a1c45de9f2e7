package cn.zeren.platform;

import jakarta.ejb.ApplicationException;

/** The acting person may not do this; pages show 403 and a message, the API a 403 problem. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends DomainException {
  public AccessDeniedException(String key, Object... args) {
    super(key, args);
  }

  private AccessDeniedException(String ruleId, String key, Object[] args) {
    super(ruleId, null, key, args);
  }

  /** A refusal that a regulation makes, cited by its id (e.g. YW-11.3: only that unit's signer signs). */
  public static AccessDeniedException byRule(String ruleId, String key, Object... args) {
    return new AccessDeniedException(ruleId, key, args);
  }
}
