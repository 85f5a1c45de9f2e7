package cn.zeren.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a username and password for the sign-in page and the token endpoint alike: PBKDF2 verification, and the
 * lockout — after {@code max-failed-attempts} failures (5) the account refuses every attempt, even a correct one,
 * for {@code lockout-minutes} (15). Every attempt is audited; the counters commit even when the attempt fails.
 *
 * <p>So that the answers tell nobody which usernames exist, a name without an account counts and locks exactly as
 * an account does ({@link SignInThrottle}), and a disabled account says so only to whoever gives its right password.
 * So that one address cannot lock many accounts, its failures are counted too: past the limit it is refused
 * ({@link SignInOutcome.Status#THROTTLED}) without touching any account. A locked-out owner's way back that no
 * attacker can block is the administrator's unlock (audited as {@code ACCOUNT_UNLOCKED}).
 */
@ApplicationScoped
public class SignInService {
  @PersistenceContext EntityManager em;
  @Inject Event<SecurityEvent> events;
  @Inject SecuritySettings settings;
  @Inject SignInThrottle throttle;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SignInOutcome verify(String username, char[] password) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    Instant now = Instant.now();
    String address = ActorContext.current().clientAddress();
    Optional<Instant> throttled = throttle.addressBlockedUntil(address, now);
    if (throttled.isPresent()) {
      events.fire(SecurityEvent.of("SIGN_IN_THROTTLED", "UserAccount", null,
          Map.of("username", name, "blockedUntil", throttled.get())));
      return new SignInOutcome(SignInOutcome.Status.THROTTLED, name, throttled.get(), 0);
    }
    Optional<UserAccount> found = findForUpdate(name);
    if (found.isEmpty()) {
      return unknownName(name, password, address, now);
    }
    UserAccount account = found.get();
    Actor who = actorOf(account);
    // the account's own changes (counters, last sign-in) are written in the person's name, so flush them here
    return ActorContext.supplyAs(
        who,
        () -> {
          SignInOutcome outcome = decide(account, who, password, now, address);
          em.flush();
          return outcome;
        });
  }

  /** A name without an account: the same time, the same count and the same lock as an account would have. */
  private SignInOutcome unknownName(String name, char[] password, String address, Instant now) {
    Optional<Instant> locked = throttle.unknownNameLockedUntil(name, now);
    if (locked.isPresent()) {
      events.fire(SecurityEvent.of("SIGN_IN_FAILED", "UserAccount", null,
          Map.of("username", name, "reason", "unknown, locked")));
      return new SignInOutcome(SignInOutcome.Status.LOCKED, name, locked.get(), 0);
    }
    PasswordHasher.burnEquivalentTime(password);
    throttle.addressFailed(address, now);
    SignInThrottle.UnknownNameFailure failure = throttle.unknownNameFailed(name, now);
    events.fire(
        SecurityEvent.of("SIGN_IN_FAILED", "UserAccount", null, Map.of("username", name, "reason", "unknown")));
    return failure.lockedUntil() != null
        ? new SignInOutcome(SignInOutcome.Status.LOCKED, name, failure.lockedUntil(), 0)
        : new SignInOutcome(SignInOutcome.Status.BAD_CREDENTIALS, name, null, failure.remaining());
  }

  /**
   * Asks a signed-in person for their password again before a grave act (signing, YW-11.3): the same PBKDF2 check
   * and the same lockout counter as the sign-in page, so a stolen session cannot guess its way to a signature.
   * Audited as {@code PASSWORD_CONFIRMED} / {@code PASSWORD_CONFIRM_FAILED}; the counters commit even when the
   * caller's transaction rolls back.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SignInOutcome reauthenticate(String username, char[] password, String purpose) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    Instant now = Instant.now();
    Optional<UserAccount> found = findForUpdate(name);
    if (found.isEmpty()) {
      PasswordHasher.burnEquivalentTime(password);
      return new SignInOutcome(SignInOutcome.Status.BAD_CREDENTIALS, name, null, -1);
    }
    UserAccount account = found.get();
    Actor who = ActorContext.current();
    if (!account.isActive() || !account.getPerson().isActive()) {
      return new SignInOutcome(SignInOutcome.Status.DISABLED, name, null, 0);
    }
    if (account.isLockedAt(now)) {
      events.fire(new SecurityEvent(who, "PASSWORD_CONFIRM_FAILED", "UserAccount", account.getId(),
          Map.of("purpose", purpose, "reason", "locked", "lockedUntil", account.getLockedUntil())));
      return new SignInOutcome(SignInOutcome.Status.LOCKED, name, account.getLockedUntil(), 0);
    }
    if (!PasswordHasher.verify(password, account.getPasswordHash())) {
      boolean locked = account.recordFailure(now, settings.maxFailedAttempts(), settings.lockout());
      events.fire(new SecurityEvent(who, "PASSWORD_CONFIRM_FAILED", "UserAccount", account.getId(),
          Map.of("purpose", purpose, "reason", "password", "failedAttempts", account.getFailedAttempts())));
      if (locked) {
        events.fire(new SecurityEvent(who, "ACCOUNT_LOCKED", "UserAccount", account.getId(),
            Map.of("lockedUntil", account.getLockedUntil())));
      }
      ActorContext.runAs(who, em::flush);
      return locked
          ? new SignInOutcome(SignInOutcome.Status.LOCKED, name, account.getLockedUntil(), 0)
          : new SignInOutcome(SignInOutcome.Status.BAD_CREDENTIALS, name, null,
              settings.maxFailedAttempts() - account.getFailedAttempts());
    }
    if (account.getFailedAttempts() > 0) {
      account.unlock();
      ActorContext.runAs(who, em::flush);
    }
    events.fire(
        new SecurityEvent(who, "PASSWORD_CONFIRMED", "UserAccount", account.getId(), Map.of("purpose", purpose)));
    return new SignInOutcome(SignInOutcome.Status.SUCCESS, name, null, settings.maxFailedAttempts());
  }

  private SignInOutcome decide(UserAccount account, Actor who, char[] password, Instant now, String address) {
    String name = account.getUsername();
    if (account.isLockedAt(now)) {
      events.fire(new SecurityEvent(who, "SIGN_IN_REFUSED_LOCKED", "UserAccount", account.getId(),
          Map.of("lockedUntil", account.getLockedUntil())));
      return new SignInOutcome(SignInOutcome.Status.LOCKED, name, account.getLockedUntil(), 0);
    }
    if (!PasswordHasher.verify(password, account.getPasswordHash())) {
      boolean locked = account.recordFailure(now, settings.maxFailedAttempts(), settings.lockout());
      throttle.addressFailed(address, now);
      events.fire(new SecurityEvent(who, "SIGN_IN_FAILED", "UserAccount", account.getId(),
          Map.of("reason", "password", "failedAttempts", account.getFailedAttempts())));
      if (locked) {
        events.fire(new SecurityEvent(who, "ACCOUNT_LOCKED", "UserAccount", account.getId(),
            Map.of("lockedUntil", account.getLockedUntil())));
        return new SignInOutcome(SignInOutcome.Status.LOCKED, name, account.getLockedUntil(), 0);
      }
      return new SignInOutcome(
          SignInOutcome.Status.BAD_CREDENTIALS, name, null,
          settings.maxFailedAttempts() - account.getFailedAttempts());
    }
    if (!account.isActive() || !account.getPerson().isActive()) {
      // said only to whoever proved the password: to anyone else a disabled account looks like any other
      events.fire(
          new SecurityEvent(who, "SIGN_IN_FAILED", "UserAccount", account.getId(), Map.of("reason", "disabled")));
      return new SignInOutcome(SignInOutcome.Status.DISABLED, name, null, 0);
    }
    account.recordSuccess(now);
    events.fire(new SecurityEvent(who, "SIGN_IN", "UserAccount", account.getId(), Map.of()));
    return new SignInOutcome(SignInOutcome.Status.SUCCESS, name, null, settings.maxFailedAttempts());
  }

  private Optional<UserAccount> findForUpdate(String username) {
    return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
        .setParameter("u", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private static Actor actorOf(UserAccount account) {
    Actor current = ActorContext.current();
    return new Actor(
        account.getPerson().getId(), account.getUsername(), account.getPerson().getName(),
        null, null, null, null, null, current.clientAddress());
  }
}
