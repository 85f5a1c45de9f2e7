package cn.zeren.platform;

import jakarta.ejb.ApplicationException;

/**
 * Somebody else saved the same object since the editor loaded it (optimistic lock). Nothing was written; the
 * editor keeps what was typed and is asked to reload and apply it again.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends DomainException {
  public ConcurrentChangeException() {
    super("error.concurrentChange");
  }

  /** Refuses to apply an edit made on a stale version of an entity. */
  public static void check(long expectedVersion, long actualVersion) {
    if (expectedVersion != actualVersion) {
      throw new ConcurrentChangeException();
    }
  }
}
