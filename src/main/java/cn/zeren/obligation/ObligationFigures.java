package cn.zeren.obligation;

import cn.zeren.organisation.Organisation;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Action;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * Aggregates of the obligation instances of a subtree for the commission's dashboard (监督看板): each a single GROUP BY
 * statement, however many units the subtree holds. An instance is overdue when it is open past its due time at
 * {@code now}, as {@link Obligation#statusAt} shows it.
 */
@ApplicationScoped
public class ObligationFigures {
  private static final String COUNTS =
      "SUM(CASE WHEN b.status = :onTime THEN 1 ELSE 0 END), SUM(CASE WHEN b.status = :late THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN b.status = :open AND b.dueAt < :now THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN b.status = :open AND b.dueAt >= :now THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN b.status = :waived THEN 1 ELSE 0 END)";

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;

  /** The instances of one unit and one rule by status. */
  public record UnitRuleCount(long organisationId, String organisationName, String ruleId, long onTime, long late,
      long overdue, long open, long waived) {}

  /** The instances of one year by status. */
  public record YearCount(int year, long onTime, long late, long overdue, long open, long waived) {}

  /** Instances of a year in the active units of the subtree, by unit and rule. */
  public List<UnitRuleCount> byUnitAndRule(int year, Organisation root, Instant now) {
    access.require(Action.OBLIGATION_OVERSEE, root);
    List<Object[]> rows =
        counted("SELECT o.id, o.name, b.ruleId, " + COUNTS + " FROM Obligation b JOIN b.organisation o"
                + " WHERE b.year = :year AND o.active = TRUE AND o.path LIKE :p GROUP BY o.id, o.name, b.ruleId",
            root, now)
            .setParameter("year", year)
            .getResultList();
    return rows.stream()
        .map(r -> new UnitRuleCount(((Number) r[0]).longValue(), (String) r[1], (String) r[2], n(r[3]), n(r[4]),
            n(r[5]), n(r[6]), n(r[7])))
        .toList();
  }

  /** Instances of every year that has any in the active units of the subtree, by year, earliest first. */
  public List<YearCount> byYear(Organisation root, Instant now) {
    access.require(Action.OBLIGATION_OVERSEE, root);
    List<Object[]> rows =
        counted("SELECT b.year, " + COUNTS + " FROM Obligation b JOIN b.organisation o"
                + " WHERE o.active = TRUE AND o.path LIKE :p GROUP BY b.year ORDER BY b.year", root, now)
            .getResultList();
    return rows.stream()
        .map(r -> new YearCount(((Number) r[0]).intValue(), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])))
        .toList();
  }

  /**
   * The instances behind a figure: a year's instances in the subtree, optionally of one unit (and its subtree), one
   * rule and one status as shown at {@code now} (OVERDUE: open past due; OPEN: open and not yet due), at most
   * {@code limit}, soonest due first, with unit and owner post loaded.
   */
  public List<Obligation> instances(int year, Organisation root, Organisation unit, String ruleId,
      ObligationStatus status, Instant now, int limit) {
    access.require(Action.OBLIGATION_OVERSEE, root);
    Organisation within = unit == null ? root : unit;
    access.require(Action.OBLIGATION_OVERSEE, within);
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

  private TypedQuery<Object[]> counted(String jpql, Organisation root, Instant now) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("onTime", ObligationStatus.DONE_ON_TIME)
        .setParameter("late", ObligationStatus.DONE_LATE)
        .setParameter("open", ObligationStatus.OPEN)
        .setParameter("waived", ObligationStatus.WAIVED)
        .setParameter("now", now)
        .setParameter("p", root.getPath() + "%");
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
