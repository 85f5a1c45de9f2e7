package cn.zeren.lists;

import cn.zeren.interview.UnitSignals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problem list's part of the interview thresholds (YW-12.2: units with many problems found in supervision): the
 * problems of the current version of a unit's problem list for the year that are not yet rectified — a problem
 * counts as rectified when it has rectification items and every one of them has an approved write-off (销账).
 */
@ApplicationScoped
public class ProblemListSignals implements UnitSignals {
  @PersistenceContext EntityManager em;

  @Override
  public long openProblems(long organisationId, int year) {
    List<String> problems = currentItems(SignedListKind.PROBLEM, organisationId, year).stream()
        .map(row -> (String) row[0]).toList();
    if (problems.isEmpty()) {
      return 0;
    }
    Set<String> closed = new HashSet<>();
    em.createQuery(
            "SELECT c.list.id, c.itemKey FROM ItemClosing c WHERE c.status = :approved"
                + " AND c.list.organisation.id = :o AND c.list.year = :y", Object[].class)
        .setParameter("approved", ItemClosing.Status.APPROVED)
        .setParameter("o", organisationId)
        .setParameter("y", year)
        .getResultList()
        .forEach(row -> closed.add(row[0] + "/" + row[1]));
    Map<String, Boolean> allClosed = new HashMap<>();
    for (Object[] row : currentItems(SignedListKind.RECTIFICATION, organisationId, year)) {
      String problemKey = (String) row[1];
      if (problemKey != null) {
        boolean done = closed.contains(row[2] + "/" + row[0]);
        allClosed.merge(problemKey, done, Boolean::logicalAnd);
      }
    }
    return problems.stream().filter(key -> !allClosed.getOrDefault(key, false)).count();
  }

  /** Item key, problem key and list id of the items of the current versions of the unit's lists of a kind. */
  private List<Object[]> currentItems(SignedListKind kind, long organisationId, int year) {
    return em.createQuery(
            "SELECT i.itemKey, i.problemKey, l.id FROM ListItem i JOIN i.listVersion v JOIN v.list l"
                + " WHERE l.kind = :k AND l.organisation.id = :o AND l.year = :y AND v.number = l.currentVersion",
            Object[].class)
        .setParameter("k", kind)
        .setParameter("o", organisationId)
        .setParameter("y", year)
        .getResultList();
  }
}
