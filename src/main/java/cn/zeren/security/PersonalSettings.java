package cn.zeren.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The signed-in person's own settings (我的设置). Each method acts on the caller's account only — there is no
 * parameter naming whose — so nobody can change another person's settings through it. Changes are audited by the
 * audit writer like every entity change.
 */
@ApplicationScoped
public class PersonalSettings {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;

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

  private UserAccount own() {
    Actor actor = access.requireSignedIn();
    if (actor.personId() == null) {
      throw new AccessDeniedException("error.accessDenied");
    }
    return em.createQuery(
            "SELECT a FROM UserAccount a JOIN FETCH a.person WHERE a.person.id = :p", UserAccount.class)
        .setParameter("p", actor.personId())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("error.accessDenied"));
  }
}
