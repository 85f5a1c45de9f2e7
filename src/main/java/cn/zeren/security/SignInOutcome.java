package cn.zeren.security;

import java.time.Instant;

/**
 * The answer to a sign-in attempt, with what the sign-in page and the token endpoint tell the person.
 *
 * @param lockedUntil until when the account (LOCKED) or the caller's address (THROTTLED) is refused
 * @param remainingAttempts failed attempts left before the account locks (for {@link Status#BAD_CREDENTIALS})
 */
public record SignInOutcome(Status status, String username, Instant lockedUntil, int remainingAttempts) {
  public enum Status {
    SUCCESS,
    BAD_CREDENTIALS,
    LOCKED,
    DISABLED,
    /** Too many failures from the caller's address: refused until {@code lockedUntil}, no account touched. */
    THROTTLED
  }

  public boolean success() {
    return status == Status.SUCCESS;
  }
}
