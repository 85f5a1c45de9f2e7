package cn.zeren.security;

import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The signed-in person's own settings (我的设置). Each method acts on the caller's account only — there is no
 * parameter naming whose — so nobody can change another person's settings through it. Changes are audited by the
 * audit writer like every entity change.
 */
@ApplicationScoped
public class PersonalSettings {
  static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject SignInService signIns;

  /** Whether reminders also go by e-mail, and to which address (null when the person record has none). */
  public record EmailPreference(boolean enabled, String address) {}

  public EmailPreference emailPreference() {
    UserAccount account = own();
    return new EmailPreference(account.isEmailNotifications(), account.getPerson().getEmail());
  }

  /**
   * Turns e-mail reminders on or off; the inbox cannot be turned off. No version check: the value is set, not
   * toggled, and the account's version moves at every sign-in, which would refuse a harmless repeat.
   */
  @Transactional
  public void setEmailNotifications(boolean enabled) {
    own().setEmailNotifications(enabled);
  }

  /**
   * Changes the caller's own password. The new one follows the policy of every account (as the administrator's
   * reset); the current one is checked again through {@link SignInService#reauthenticate}, so a wrong one counts
   * towards the lockout like a failed sign-in and is audited ({@code PASSWORD_CONFIRM_FAILED}, purpose
   * {@value #PASSWORD_CHANGE}). The new hash is an audited change of the account (the hash itself masked); it
   * also clears the failure count.
   */
  @Transactional
  public void changePassword(@NotNull @Valid PasswordChange change) {
    Actor actor = person();
    char[] replacement = UserAccounts.checked(change.newPassword().toCharArray(), "newPassword");
    // in its own transaction, before this one reads the account, whose counters it may change
    SignInOutcome check =
        signIns.reauthenticate(actor.username(), change.currentPassword().toCharArray(), PASSWORD_CHANGE);
    switch (check.status()) {
      case SUCCESS -> { }
      case LOCKED -> throw DomainException.onField("currentPassword", "password.current.locked");
      case DISABLED -> throw new AccessDeniedException("error.accessDenied");
      default -> throw DomainException.onField("currentPassword", "password.current.wrong", check.remainingAttempts());
    }
    own(LockModeType.PESSIMISTIC_WRITE).changePasswordHash(PasswordHasher.hash(replacement));
  }

  private UserAccount own() {
    return own(LockModeType.NONE);
  }

  /** The signed-in person (not the system, which has no account). */
  private Actor person() {
    Actor actor = access.requireSignedIn();
    if (actor.personId() == null) {
      throw new AccessDeniedException("error.accessDenied");
    }
    return actor;
  }

  private UserAccount own(LockModeType lock) {
    Actor actor = person();
    return em.createQuery(
            "SELECT a FROM UserAccount a JOIN FETCH a.person WHERE a.person.id = :p", UserAccount.class)
        .setParameter("p", actor.personId())
        .setLockMode(lock)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("error.accessDenied"));
  }
}
