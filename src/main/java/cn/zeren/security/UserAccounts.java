package cn.zeren.security;

import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts and role assignments of people, for the administration pages (through {@code PersonService}). Each
 * change is checked against {@link AccountAction#MANAGE} here as well, so that no caller can skip it.
 */
@ApplicationScoped
public class UserAccounts {
  public static final int MIN_PASSWORD_LENGTH = 10;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject Event<SecurityEvent> events;

  public Optional<UserAccount> accountOf(Person person) {
    return em.createQuery("SELECT a FROM UserAccount a WHERE a.person = :p", UserAccount.class)
        .setParameter("p", person)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public UserAccount create(Person person, String username, char[] password) {
    access.require(AccountAction.MANAGE, person.getOrganisation());
    if (accountOf(person).isPresent()) {
      throw DomainException.onField("username", "account.exists", person.getName());
    }
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    long taken =
        em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.username = :u", Long.class)
            .setParameter("u", name)
            .getSingleResult();
    if (taken > 0) {
      throw DomainException.onField("username", "account.username.taken", name);
    }
    UserAccount account = new UserAccount(person, name, PasswordHasher.hash(checked(password)));
    em.persist(account);
    return account;
  }

  @Transactional
  public void resetPassword(Person person, char[] password) {
    access.require(AccountAction.MANAGE, person.getOrganisation());
    require(person).changePasswordHash(PasswordHasher.hash(checked(password)));
  }

  @Transactional
  public void unlock(Person person) {
    access.require(AccountAction.MANAGE, person.getOrganisation());
    UserAccount account = require(person);
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("failedAttempts", account.getFailedAttempts());
    before.put("lockedUntil", account.getLockedUntil() == null ? "" : account.getLockedUntil().toString());
    account.unlock();
    // the locked-out owner's way back that no attacker can block (issue 13, finding 4): named in the audit trail
    events.fire(SecurityEvent.of("ACCOUNT_UNLOCKED", "UserAccount", account.getId(), before));
  }

  @Transactional
  public void setEnabled(Person person, boolean enabled) {
    access.require(AccountAction.MANAGE, person.getOrganisation());
    require(person).setActive(enabled);
  }

  @Transactional
  public RoleAssignment assign(Person person, Organisation org, Role role) {
    access.require(AccountAction.MANAGE, org);
    Optional<RoleAssignment> existing =
        em.createQuery(
                "SELECT r FROM RoleAssignment r WHERE r.person = :p AND r.organisation = :o AND r.role = :r",
                RoleAssignment.class)
            .setParameter("p", person)
            .setParameter("o", org)
            .setParameter("r", role)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      if (existing.get().isActive()) {
        throw DomainException.onField("role", "role.duplicate", person.getName(), org.getName());
      }
      existing.get().setActive(true);
      return existing.get();
    }
    RoleAssignment assignment = new RoleAssignment(person, org, role);
    em.persist(assignment);
    return assignment;
  }

  @Transactional
  public void revoke(RoleAssignment assignment) {
    access.require(AccountAction.MANAGE, assignment.getOrganisation());
    assignment.setActive(false);
  }

  public RoleAssignment assignment(long id) {
    RoleAssignment assignment = em.find(RoleAssignment.class, id);
    if (assignment == null) {
      throw new NotFoundException("role", id);
    }
    return assignment;
  }

  public List<RoleAssignment> assignmentsOf(Person person) {
    return em.createQuery(
            "SELECT r FROM RoleAssignment r JOIN FETCH r.organisation WHERE r.person = :p"
                + " ORDER BY r.active DESC, r.id",
            RoleAssignment.class)
        .setParameter("p", person)
        .getResultList();
  }

  private UserAccount require(Person person) {
    return accountOf(person).orElseThrow(() -> DomainException.onField("username", "account.missing", person.getName()));
  }

  private static char[] checked(char[] password) {
    return checked(password, "password");
  }

  /**
   * The password policy of every account — the administrator's initial password and reset, and the person's own
   * change — refusing a password shorter than {@link #MIN_PASSWORD_LENGTH} on the form field {@code field}.
   */
  static char[] checked(char[] password, String field) {
    if (password == null || password.length < MIN_PASSWORD_LENGTH) {
      throw DomainException.onField(field, "account.password.tooShort", MIN_PASSWORD_LENGTH);
    }
    return password;
  }
}
