package cn.zeren.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.organisation.Person;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lockout counters of an account: the 5th failure in a row locks it for 15 minutes. */
class UserAccountLockoutTest {
  private static final int MAX_ATTEMPTS = 5;
  private static final Duration LOCKOUT = Duration.ofMinutes(15);
  private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

  private UserAccount account;

  @BeforeEach
  void freshAccount() {
    account = new UserAccount(new Person(), " Clerk1 ", "PBKDF2WithHmacSHA512:1:c2FsdA==:a2V5");
  }

  @Test
  void usernameIsStoredTrimmedAndInLowerCase() {
    assertEquals("clerk1", account.getUsername());
  }

  @ParameterizedTest(name = "failure {0}: locked={1}")
  @CsvSource({"1, false", "2, false", "3, false", "4, false", "5, true"})
  void theFifthFailureInARowLocks(int failures, boolean locked) {
    boolean lockedNow = false;
    for (int i = 1; i <= failures; i++) {
      lockedNow = account.recordFailure(T0.plusSeconds(i), MAX_ATTEMPTS, LOCKOUT);
    }
    assertEquals(locked, lockedNow);
    assertEquals(failures, account.getFailedAttempts());
    assertEquals(locked, account.isLockedAt(T0.plusSeconds(failures)));
  }

  @ParameterizedTest(name = "{0} after the lock: locked={1}")
  @CsvSource({"PT0S, true", "PT1M, true", "PT14M59.999S, true", "PT15M, false", "PT1H, false"})
  void theLockLastsFifteenMinutesFromTheFifthFailure(Duration after, boolean locked) {
    lock();
    assertEquals(T0.plus(LOCKOUT), account.getLockedUntil());
    assertEquals(locked, account.isLockedAt(T0.plus(after)));
  }

  @Test
  void aFailureAfterTheLockExpiredStartsCountingAgain() {
    lock();
    Instant later = T0.plus(LOCKOUT);
    assertFalse(account.recordFailure(later, MAX_ATTEMPTS, LOCKOUT));
    assertEquals(1, account.getFailedAttempts());
    assertNull(account.getLockedUntil());
    assertFalse(account.isLockedAt(later));
  }

  @Test
  void aSuccessResetsTheCountAndRecordsTheTime() {
    for (int i = 0; i < MAX_ATTEMPTS - 1; i++) {
      account.recordFailure(T0, MAX_ATTEMPTS, LOCKOUT);
    }
    account.recordSuccess(T0.plusSeconds(5));
    assertEquals(0, account.getFailedAttempts());
    assertEquals(T0.plusSeconds(5), account.getLastSignInAt());
    assertFalse(account.recordFailure(T0.plusSeconds(6), MAX_ATTEMPTS, LOCKOUT), "counting starts at zero again");
  }

  @Test
  void unlockingClearsTheLock() {
    lock();
    account.unlock();
    assertEquals(0, account.getFailedAttempts());
    assertNull(account.getLockedUntil());
    assertFalse(account.isLockedAt(T0));
  }

  @Test
  void aNewPasswordClearsTheLock() {
    lock();
    account.changePasswordHash("PBKDF2WithHmacSHA512:1:c2FsdA==:bmV3");
    assertEquals(0, account.getFailedAttempts());
    assertFalse(account.isLockedAt(T0));
  }

  @Test
  void aNewAccountIsNotLocked() {
    assertEquals(0, account.getFailedAttempts());
    assertFalse(account.isLockedAt(T0));
  }

  private void lock() {
    for (int i = 0; i < MAX_ATTEMPTS; i++) {
      account.recordFailure(T0, MAX_ATTEMPTS, LOCKOUT);
    }
    assertTrue(account.isLockedAt(T0));
  }
}
