package cn.zeren.platform;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;

/**
 * Finds the reason a user should be told about inside the wrappers the container puts around it (EJB, JTA,
 * persistence exceptions). An optimistic-lock failure at commit becomes a {@link ConcurrentChangeException}.
 */
public final class Failures {
  private Failures() {}

  /** The domain refusal or validation failure behind {@code failure}, or null when it is a genuine fault. */
  public static RuntimeException explain(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DomainException || t instanceof ConstraintViolationException) {
        return (RuntimeException) t;
      }
      if (t instanceof OptimisticLockException
          || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
        return new ConcurrentChangeException();
      }
    }
    return null;
  }
}
