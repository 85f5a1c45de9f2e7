package cn.zeren.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Builds the {@link Actor} of a signed-in person from their account and active role assignments. */
@ApplicationScoped
public class ActorResolver {
  @PersistenceContext EntityManager em;

  public Optional<UserAccount> account(String username) {
    return em.createQuery(
            "SELECT a FROM UserAccount a JOIN FETCH a.person WHERE a.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /** The person's usable role assignments: active, in an active organisation, in a stable order. */
  public List<RoleAssignment> assignments(long personId) {
    return em.createQuery(
            "SELECT r FROM RoleAssignment r JOIN FETCH r.organisation o"
                + " WHERE r.person.id = :p AND r.active = TRUE AND o.active = TRUE"
                + " ORDER BY o.path, r.role",
            RoleAssignment.class)
        .setParameter("p", personId)
        .getResultList();
  }

  /**
   * The actor for a signed-in username acting in the chosen assignment; without a valid choice, the only
   * assignment, or (for API clients) the first one. Null when the account no longer exists or is disabled.
   */
  public Actor resolve(String username, Long chosenAssignment, String clientAddress) {
    Optional<UserAccount> account = account(username).filter(a -> a.isActive() && a.getPerson().isActive());
    if (account.isEmpty()) {
      return null;
    }
    var person = account.get().getPerson();
    List<RoleAssignment> all = assignments(person.getId());
    RoleAssignment acting =
        all.stream()
            .filter(r -> r.getId().equals(chosenAssignment))
            .findFirst()
            .orElse(all.isEmpty() ? null : all.get(0));
    if (acting == null) {
      return new Actor(
          person.getId(), username, person.getName(), null, null, null, null, null, clientAddress);
    }
    var org = acting.getOrganisation();
    return new Actor(
        person.getId(), username, person.getName(), acting.getId(), acting.getRole(), org.getId(),
        org.getPath(), org.getName(), clientAddress);
  }
}
