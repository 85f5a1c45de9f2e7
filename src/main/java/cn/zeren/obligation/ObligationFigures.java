package cn.zeren.obligation;

import cn.zeren.organisation.Organisation;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates of the obligation instances of a subtree for the commission's dashboard (监督看板): each figure two
 * GROUP BY statements — the instances by stored status, and the open ones past their due time at {@code now} (which
 * {@link Obligation#statusAt} shows as overdue) — however many units the subtree holds. (Counting by status with
 * {@code SUM(CASE …)} in one statement would need literals that EclipseLink binds as parameters, which H2 refuses to
 * sum.)
 */
@ApplicationScoped
public class ObligationFigures {
  private static final int STATES = ObligationStatus.values().length;
  private static final int DONE_ON_TIME = ObligationStatus.DONE_ON_TIME.ordinal();
  private static final int DONE_LATE = ObligationStatus.DONE_LATE.ordinal();
  private static final int OVERDUE = ObligationStatus.OVERDUE.ordinal();
  private static final int OPEN = ObligationStatus.OPEN.ordinal();
  private static final int WAIVED = ObligationStatus.WAIVED.ordinal();

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;

  /** The instances of one unit and one rule by status. */
  public record UnitRuleCount(long organisationId, String organisationName, String ruleId, long onTime, long late,
      long overdue, long open, long waived) {}

  /** The instances of one year by status. */
  public record YearCount(int year, long onTime, long late, long overdue, long open, long waived) {}

  /** Instances of a year in the active units of the subtree, by unit and rule. */
  public List<UnitRuleCount> byUnitAndRule(int year, Organisation root, Instant now) {
    access.require(ObligationAction.OVERSEE, root);
    String from =
        " FROM Obligation b JOIN b.organisation o WHERE b.year = :year AND o.active = TRUE AND o.path LIKE :p";
    Map<List<Object>, long[]> counts = new LinkedHashMap<>();
    Map<Long, String> names = new HashMap<>();
    for (Object[] r : em.createQuery("SELECT o.id, o.name, b.ruleId, b.status, COUNT(b)" + from
            + " GROUP BY o.id, o.name, b.ruleId, b.status", Object[].class)
        .setParameter("year", year)
        .setParameter("p", root.getPath() + "%")
        .getResultList()) {
      names.put((Long) r[0], (String) r[1]);
      counts.computeIfAbsent(List.of(r[0], r[2]), k -> new long[STATES])[((ObligationStatus) r[3]).ordinal()] +=
          ((Number) r[4]).longValue();
    }
    for (Object[] r : em.createQuery("SELECT o.id, b.ruleId, COUNT(b)" + from
            + " AND b.status = :open AND b.dueAt < :now GROUP BY o.id, b.ruleId", Object[].class)
        .setParameter("year", year)
        .setParameter("p", root.getPath() + "%")
        .setParameter("open", ObligationStatus.OPEN)
        .setParameter("now", now)
        .getResultList()) {
      overdue(counts.get(List.of(r[0], r[1])), ((Number) r[2]).longValue());
    }
    List<UnitRuleCount> result = new ArrayList<>();
    counts.forEach((key, c) -> result.add(new UnitRuleCount((Long) key.get(0), names.get((Long) key.get(0)),
        (String) key.get(1), c[DONE_ON_TIME], c[DONE_LATE], c[OVERDUE], c[OPEN], c[WAIVED])));
    return result;
  }

  /** Instances of every year that has any in the active units of the subtree, by year, earliest first. */
  public List<YearCount> byYear(Organisation root, Instant now) {
    access.require(ObligationAction.OVERSEE, root);
    String from = " FROM Obligation b JOIN b.organisation o WHERE o.active = TRUE AND o.path LIKE :p";
    Map<Integer, long[]> counts = new TreeMap<>();
    for (Object[] r : em.createQuery("SELECT b.year, b.status, COUNT(b)" + from + " GROUP BY b.year, b.status",
            Object[].class)
        .setParameter("p", root.getPath() + "%")
        .getResultList()) {
      counts.computeIfAbsent(((Number) r[0]).intValue(), k -> new long[STATES])[((ObligationStatus) r[1]).ordinal()] +=
          ((Number) r[2]).longValue();
    }
    for (Object[] r : em.createQuery("SELECT b.year, COUNT(b)" + from
            + " AND b.status = :open AND b.dueAt < :now GROUP BY b.year", Object[].class)
        .setParameter("p", root.getPath() + "%")
        .setParameter("open", ObligationStatus.OPEN)
        .setParameter("now", now)
        .getResultList()) {
      overdue(counts.get(((Number) r[0]).intValue()), ((Number) r[1]).longValue());
    }
    List<YearCount> result = new ArrayList<>();
    counts.forEach((year, c) -> result.add(new YearCount(year, c[DONE_ON_TIME], c[DONE_LATE], c[OVERDUE], c[OPEN],
        c[WAIVED])));
    return result;
  }

  /**
   * The instances behind a figure: a year's instances in the subtree, optionally of one unit (and its subtree), one
   * rule and one status as shown at {@code now} (OVERDUE: open past due; OPEN: open and not yet due), at most
   * {@code limit}, soonest due first, with unit and owner post loaded.
   */
  public List<Obligation> instances(int year, Organisation root, Organisation unit, String ruleId,
      ObligationStatus status, Instant now, int limit) {
    access.require(ObligationAction.OVERSEE, root);
    Organisation within = unit == null ? root : unit;
    access.require(ObligationAction.OVERSEE, within);
    String condition =
        status == null
            ? ""
            : switch (status) {
              case OVERDUE -> " AND b.status = :stored AND b.dueAt < :now";
              case OPEN -> " AND b.status = :stored AND b.dueAt >= :now";
              default -> " AND b.status = :stored";
            };
    TypedQuery<Obligation> query =
        em.createQuery("SELECT b FROM Obligation b JOIN FETCH b.organisation o LEFT JOIN FETCH b.ownerPosition p"
                    + " LEFT JOIN FETCH p.person WHERE b.year = :year AND o.active = TRUE AND o.path LIKE :p"
                    + " AND (:rule IS NULL OR b.ruleId = :rule)" + condition
                    + " ORDER BY b.dueAt, o.path, b.ruleId", Obligation.class)
            .setParameter("year", year)
            .setParameter("p", within.getPath() + "%")
            .setParameter("rule", ruleId)
            .setMaxResults(limit);
    if (status != null) {
      query.setParameter("stored", status == ObligationStatus.OVERDUE ? ObligationStatus.OPEN : status);
    }
    if (status == ObligationStatus.OVERDUE || status == ObligationStatus.OPEN) {
      query.setParameter("now", now);
    }
    return query.getResultList();
  }

  /** Moves the open instances past their due time from open to overdue. */
  private static void overdue(long[] counts, long pastDue) {
    if (counts != null) {
      counts[OPEN] -= pastDue;
      counts[OVERDUE] += pastDue;
    }
  }
}
