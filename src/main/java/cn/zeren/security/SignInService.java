package cn.zeren.security;

import cn.zeren.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
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
 */
@ApplicationScoped
public class SignInService {
  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject SecuritySettings settings;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SignInOutcome verify(String username, char[] password) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    Instant now = Instant.now();
    Optional<UserAccount> found = findForUpdate(name);
    if (found.isEmpty()) {
      PasswordHasher.burnEquivalentTime(password);
      audit.record("SIGN_IN_FAILED", "UserAccount", null, Map.of("username", name, "reason", "unknown"));
      return new SignInOutcome(SignInOutcome.Status.BAD_CREDENTIALS, name, null, -1);
    }
    UserAccount account = found.get();
    Actor who = actorOf(account);
    // the account's own changes (counters, last sign-in) are written in the person's name, so flush them here
    return ActorContext.supplyAs(
        who,
        () -> {
          SignInOutcome outcome = decide(account, who, password, now);
          em.flush();
          return outcome;
        });
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
      audit.recordAs(who, "PASSWORD_CONFIRM_FAILED", "UserAccount", account.getId(),
          Map.of("purpose", purpose, "reason", "locked", "lockedUntil", account.getLockedUntil()));
      return new SignInOutcome(SignInOutcome.Status.LOCKED, name, account.getLockedUntil(), 0);
    }
    if (!PasswordHasher.verify(password, account.getPasswordHash())) {
      boolean locked = account.recordFailure(now, settings.maxFailedAttempts(), settings.lockout());
      audit.recordAs(who, "PASSWORD_CONFIRM_FAILED", "UserAccount", account.getId(),
          Map.of("purpose", purpose, "reason", "password", "failedAttempts", account.getFailedAttempts()));
      if (locked) {
        audit.recordAs(who, "ACCOUNT_LOCKED", "UserAccount", account.getId(),
            Map.of("lockedUntil", account.getLockedUntil()));
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
    audit.recordAs(who, "PASSWORD_CONFIRMED", "UserAccount", account.getId(), Map.of("purpose", purpose));
    return new SignInOutcome(SignInOutcome.Status.SUCCESS, name, null, settings.maxFailedAttempts());
  }

  private SignInOutcome decide(UserAccount account, Actor who, char[] password, Instant now) {
    String name = account.getUsername();
    if (!account.isActive() || !account.getPerson().isActive()) {
      audit.recordAs(who, "SIGN_IN_FAILED", "UserAccount", account.getId(), Map.of("reason", "disabled"));
      return new SignInOutcome(SignInOutcome.Status.DISABLED, name, null, 0);
    }
    if (account.isLockedAt(now)) {
      audit.recordAs(
          who, "SIGN_IN_REFUSED_LOCKED", "UserAccount", account.getId(),
          Map.of("lockedUntil", account.getLockedUntil()));
      return new SignInOutcome(SignInOutcome.Status.LOCKED, name, account.getLockedUntil(), 0);
    }
    if (!PasswordHasher.verify(password, account.getPasswordHash())) {
      boolean locked = account.recordFailure(now, settings.maxFailedAttempts(), settings.lockout());
      audit.recordAs(
          who, "SIGN_IN_FAILED", "UserAccount", account.getId(),
          Map.of("reason", "password", "failedAttempts", account.getFailedAttempts()));
      if (locked) {
        audit.recordAs(
            who, "ACCOUNT_LOCKED", "UserAccount", account.getId(),
            Map.of("lockedUntil", account.getLockedUntil()));
        return new SignInOutcome(SignInOutcome.Status.LOCKED, name, account.getLockedUntil(), 0);
      }
      return new SignInOutcome(
          SignInOutcome.Status.BAD_CREDENTIALS, name, null,
          settings.maxFailedAttempts() - account.getFailedAttempts());
    }
    account.recordSuccess(now);
    audit.recordAs(who, "SIGN_IN", "UserAccount", account.getId(), Map.of());
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
