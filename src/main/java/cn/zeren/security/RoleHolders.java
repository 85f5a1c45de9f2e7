package cn.zeren.security;

import cn.zeren.organisation.Organisation;
import cn.zeren.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * Who holds given roles at an organisation (在岗角色人员), for the contexts that address people by role — the
 * reminders of the obligation engine first. Only usable role holders count: the assignment, the organisation, the
 * person and the account are all active, exactly as {@link ActorResolver} requires for acting in the role.
 */
@ApplicationScoped
public class RoleHolders {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;

  /** The people holding one of {@code roles} at the organisation itself (not above or below it), by name. */
  public List<RoleHolder> at(long organisationId, Set<Role> roles) {
    Organisation organisation = em.find(Organisation.class, organisationId);
    if (organisation == null) {
      throw new NotFoundException("organisation", organisationId);
    }
    access.require(AccountAction.VIEW, organisation);
    if (roles.isEmpty() || !organisation.isActive()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT NEW cn.zeren.security.RoleHolder(p.id, p.name, p.email, a.emailNotifications)"
                + " FROM RoleAssignment r JOIN r.person p, UserAccount a"
                + " WHERE a.person = p AND r.organisation.id = :org AND r.role IN :roles AND r.active = TRUE"
                + " AND p.active = TRUE AND a.active = TRUE ORDER BY p.name",
            RoleHolder.class)
        .setParameter("org", organisationId)
        .setParameter("roles", roles)
        .getResultList();
  }
  /**
   * One person as a recipient (name, e-mail, e-mail setting), without a role: for the parties of an interview.
   * Empty when they have no active account. The caller has checked its own access to the subject.
   */
  public java.util.Optional<RoleHolder> person(long personId) {
    return em.createQuery(
            "SELECT NEW cn.zeren.security.RoleHolder(p.id, p.name, p.email, a.emailNotifications)"
                + " FROM UserAccount a JOIN a.person p WHERE p.id = :p AND p.active = TRUE AND a.active = TRUE",
            RoleHolder.class)
        .setParameter("p", personId)
        .getResultStream()
        .findFirst();
  }

  /** Whether the person holds one of the roles (active) at the organisation itself. */
  public boolean holds(long personId, long organisationId, Set<Role> roles) {
    return !roles.isEmpty() && em.createQuery(
            "SELECT COUNT(r) FROM RoleAssignment r WHERE r.person.id = :p AND r.organisation.id = :org"
                + " AND r.role IN :roles AND r.active = TRUE", Long.class)
        .setParameter("p", personId)
        .setParameter("org", organisationId)
        .setParameter("roles", roles)
        .getSingleResult() > 0;
  }
}
