package cn.zeren.obligation;

import cn.zeren.organisation.Organisation;
import cn.zeren.platform.NotFoundException;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The obligation instances of a year below an organisation, for the assessment (考核评价, YW-13.2): two statements
 * whatever the number of units — the instances of the asked rules, and their evidence (the first one of each).
 */
@ApplicationScoped
public class ObligationFacts {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject Clock clock;

  public List<ObligationFact> forYear(int year, long subtreeRootId, Collection<String> ruleIds) {
    Organisation root = em.find(Organisation.class, subtreeRootId);
    if (root == null) {
      throw new NotFoundException("organisation", subtreeRootId);
    }
    access.require(ObligationAction.OVERSEE, root);
    if (ruleIds.isEmpty()) {
      return List.of();
    }
    Map<Long, Object[]> evidence = new HashMap<>();
    em.createQuery(
            "SELECT e.obligation.id, e.evidenceType, e.evidenceRef FROM ObligationEvidence e"
                + " WHERE e.obligation.year = :year AND e.obligation.organisation.path LIKE :p"
                + " AND e.obligation.ruleId IN :rules ORDER BY e.recordedAt, e.id",
            Object[].class)
        .setParameter("year", year)
        .setParameter("p", root.getPath() + "%")
        .setParameter("rules", ruleIds)
        .getResultList()
        .forEach(row -> evidence.putIfAbsent((Long) row[0], row));
    Instant now = clock.instant();
    return em.createQuery(
            "SELECT b FROM Obligation b JOIN FETCH b.organisation o LEFT JOIN FETCH b.ownerPosition pos"
                + " LEFT JOIN FETCH pos.person WHERE b.year = :year AND o.path LIKE :p AND b.ruleId IN :rules",
            Obligation.class)
        .setParameter("year", year)
        .setParameter("p", root.getPath() + "%")
        .setParameter("rules", ruleIds)
        .getResultList()
        .stream()
        .map(b -> {
          Object[] e = evidence.get(b.getId());
          return new ObligationFact(b.getId(), b.getOrganisation().getId(), b.getRuleId(), b.getPeriodKey(),
              b.getOwnerPosition() == null ? null : b.getOwnerPosition().getPerson().getName(), b.getDueAt(),
              b.statusAt(now), b.getCompletedAt(), e == null ? null : (String) e[1], e == null ? null : (String) e[2]);
        })
        .toList();
  }
}
