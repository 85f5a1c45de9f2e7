package cn.zeren.obligation;

import cn.zeren.calendar.CalendarService;
import cn.zeren.calendar.Period;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.rules.DueRule;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.Owner;
import cn.zeren.rules.Regulation;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import cn.zeren.security.RoleAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Obligation instances: reading them within the caller's subtree, a person's own open tasks across their roles,
 * recording what fulfils them, and waiving one with a reason.
 */
@ApplicationScoped
public class ObligationService {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject ActorResolver actors;
  @Inject RulePackRegistry rules;
  @Inject CalendarService calendar;

  public Obligation get(long id) {
    Obligation obligation = find(id);
    access.require(ObligationAction.VIEW, obligation.getOrganisation());
    return obligation;
  }

  /** Instances of the caller's subtree, optionally for one organisation, year and rule. */
  public List<Obligation> search(Long organisationId, Integer year, String ruleId) {
    String scope = access.scopeFor(ObligationAction.VIEW);
    return em.createQuery(
            "SELECT b FROM Obligation b JOIN FETCH b.organisation o LEFT JOIN FETCH b.ownerPosition p"
                + " LEFT JOIN FETCH p.person WHERE o.path LIKE :scope"
                + " AND (:org IS NULL OR o.id = :org) AND (:year IS NULL OR b.year = :year)"
                + " AND (:rule IS NULL OR b.ruleId = :rule)"
                + " ORDER BY b.dueAt, o.path, b.ruleId",
            Obligation.class)
        .setParameter("scope", scope + "%")
        .setParameter("org", organisationId)
        .setParameter("year", year)
        .setParameter("rule", ruleId)
        .setMaxResults(5000)
        .getResultList();
  }

  /**
   * The signed-in person's open obligations across all their roles (not only the active one), soonest due
   * first: those their roles carry in the organisations they hold them for, and their own team-member posts'.
   */
  public List<Obligation> myOpenTasks() {
    Actor actor = access.requireSignedIn();
    if (actor.personId() == null) {
      return List.of();
    }
    List<Obligation> tasks = new ArrayList<>();
    Map<Owner, Set<Role>> carried = rules.active().section(OwnerRoles.class).roles();
    for (RoleAssignment assignment : actors.assignments(actor.personId())) {
      List<Owner> owners =
          carried.entrySet().stream()
              .filter(e -> e.getValue().contains(assignment.getRole()))
              .map(Map.Entry::getKey)
              .toList();
      if (owners.isEmpty()) {
        continue;
      }
      tasks.addAll(
          em.createQuery(
                  "SELECT b FROM Obligation b JOIN FETCH b.organisation o LEFT JOIN b.ownerPosition p"
                      + " WHERE b.status = :open AND o.id = :org AND b.owner IN :owners"
                      + " AND (b.owner <> :member OR p.person.id = :person)",
                  Obligation.class)
              .setParameter("open", ObligationStatus.OPEN)
              .setParameter("org", assignment.getOrganisation().getId())
              .setParameter("owners", owners)
              .setParameter("member", Owner.TEAM_MEMBER)
              .setParameter("person", actor.personId())
              .getResultList());
    }
    return tasks.stream()
        .distinct()
        .sorted(Comparator.comparing(Obligation::getDueAt).thenComparing(Obligation::getRuleId))
        .toList();
  }

  /** The roles that carry an owner's obligations in its unit, as the pack's {@code owners} says (who is told). */
  public Set<Role> carriedBy(Owner owner) {
    return rules.active().section(OwnerRoles.class).carriedBy(owner);
  }

  /** Refuses a regulation in which no pack says who carries the obligations (start-up, before any generation). */
  public void requireOwners() {
    if (rules.active().section(OwnerRoles.class).roles().isEmpty()) {
      throw new IllegalStateException(
          "No rule pack in force defines \"owners\" (the roles that carry each owner's obligations): " + rules.active()
              .packs().stream().map(RulePack::label).toList());
    }
  }

  /**
   * The open instances of active units in the caller's subtree due on or before a day, soonest first, with unit
   * and owner post loaded — for the reminder job, which acts as the system.
   */
  public List<Obligation> openDueBy(LocalDate lastDueDate) {
    String scope = access.scopeFor(ObligationAction.OVERSEE);
    return em.createQuery(
            "SELECT b FROM Obligation b JOIN FETCH b.organisation o LEFT JOIN FETCH b.ownerPosition p"
                + " LEFT JOIN FETCH p.person WHERE b.status = :open AND b.dueDate <= :last"
                + " AND o.active = TRUE AND o.path LIKE :scope ORDER BY b.dueAt, o.path, b.ruleId",
            Obligation.class)
        .setParameter("open", ObligationStatus.OPEN)
        .setParameter("last", lastDueDate)
        .setParameter("scope", scope + "%")
        .getResultList();
  }

  /** Every instance of a year below the given organisation, for the compliance matrix. */
  public List<Obligation> forMatrix(int year, long subtreeRootId, String ruleId) {
    Organisation root = em.find(Organisation.class, subtreeRootId);
    if (root == null) {
      throw new NotFoundException("organisation", subtreeRootId);
    }
    access.require(ObligationAction.OVERSEE, root);
    return em.createQuery(
            "SELECT b FROM Obligation b JOIN FETCH b.organisation o WHERE b.year = :year AND o.path LIKE :p"
                + " AND (:rule IS NULL OR b.ruleId = :rule) ORDER BY o.path, b.ruleId, b.periodKey",
            Obligation.class)
        .setParameter("year", year)
        .setParameter("p", root.getPath() + "%")
        .setParameter("rule", ruleId)
        .getResultList();
  }

  public List<ObligationEvidence> evidenceOf(long obligationId) {
    Obligation obligation = get(obligationId);
    return em.createQuery(
            "SELECT e FROM ObligationEvidence e WHERE e.obligation = :b ORDER BY e.recordedAt",
            ObligationEvidence.class)
        .setParameter("b", obligation)
        .getResultList();
  }

  /**
   * Records what fulfils an obligation (called by the contexts that own reports, meeting records, signatures);
   * the instance becomes done on time or late when the evidence reaches its minimum count.
   */
  @Transactional
  public Obligation recordEvidence(long obligationId, String type, String ref, String note, Instant at) {
    Obligation obligation = find(obligationId);
    access.require(ObligationAction.FULFIL, obligation.getOrganisation());
    if (obligation.getStatus() == ObligationStatus.WAIVED) {
      throw new DomainException("obligation.waived");
    }
    em.persist(new ObligationEvidence(obligation, type, ref, note, at));
    obligation.recordEvidence(at);
    return obligation;
  }

  /**
   * Opens the instance of a per-event rule (YW-10.3d 交办事项办结, YW-10.3e 即时报告) for one unit and one event: due
   * the rule's {@code afterEvent} period after the event on the working-day calendar, keyed {@code E<yyyyMMdd>-<n>}
   * (the n-th event of that day). Audited like every JPA write.
   */
  @Transactional
  public Obligation openForEvent(String ruleId, long organisationId, LocalDate eventDate) {
    return openAfterEvent(ruleId, organisationId, eventDate, "E", after -> after.period());
  }

  /**
   * Opens the {@code round}-th repetition of a per-event rule that repeats (YW-6.12: written progress on the
   * rectification every three months after the feedback): due {@code round × repeatEvery} after the event on the
   * working-day calendar, keyed {@code P<yyyyMMdd>-<n>}.
   */
  @Transactional
  public Obligation openRepetition(String ruleId, long organisationId, LocalDate eventDate, int round) {
    if (round < 1) {
      throw new IllegalArgumentException("rounds count from 1");
    }
    return openAfterEvent(ruleId, organisationId, eventDate, "P", after -> {
      if (after.repeatEvery() == null) {
        throw DomainException.byRule(ruleId, "obligation.event.notRepeating", ruleId);
      }
      return new Period(after.repeatEvery().amount() * round, after.repeatEvery().unit());
    });
  }

  private Obligation openAfterEvent(String ruleId, long organisationId, LocalDate eventDate, String prefix,
      Function<DueRule.AfterEvent, Period> dueAfter) {
    Organisation organisation = em.find(Organisation.class, organisationId);
    if (organisation == null) {
      throw new NotFoundException("organisation", organisationId);
    }
    access.require(ObligationAction.FULFIL, organisation);
    Regulation regulation = rules.active();
    ObligationRule rule = regulation.rule(ruleId).orElseThrow(() -> new NotFoundException("rule", ruleId));
    if (!(rule.due() instanceof DueRule.AfterEvent after)) {
      throw DomainException.byRule(ruleId, "obligation.event.notPerEvent", ruleId);
    }
    String day = prefix + eventDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
    long sameDay =
        em.createQuery(
                "SELECT COUNT(b) FROM Obligation b WHERE b.organisation = :o AND b.ruleId = :r AND b.periodKey LIKE :d",
                Long.class)
            .setParameter("o", organisation)
            .setParameter("r", ruleId)
            .setParameter("d", day + "%")
            .getSingleResult();
    Obligation opened =
        new Obligation(regulation.packOf(ruleId).orElseThrow(), rule, organisation, day + (sameDay + 1), eventDate.getYear(),
            calendar.due(eventDate, dueAfter.apply(after)));
    em.persist(opened);
    em.flush();
    return opened;
  }

  /**
   * Open instances of the given rules in the caller's subtree whose due time has passed at {@code now}, longest
   * overdue first (for the overdue reports list).
   */
  public List<Obligation> openPastDue(Collection<String> ruleIds, Instant now, int limit) {
    String scope = access.scopeFor(ObligationAction.OVERSEE);
    return em.createQuery(
            "SELECT b FROM Obligation b JOIN FETCH b.organisation o LEFT JOIN FETCH b.ownerPosition p"
                + " LEFT JOIN FETCH p.person WHERE b.status = :open AND b.dueAt < :now AND b.ruleId IN :rules"
                + " AND o.active = TRUE AND o.path LIKE :scope ORDER BY b.dueAt, o.path, b.ruleId",
            Obligation.class)
        .setParameter("open", ObligationStatus.OPEN)
        .setParameter("now", now)
        .setParameter("rules", ruleIds)
        .setParameter("scope", scope + "%")
        .setMaxResults(limit)
        .getResultList();
  }

  /** Waives an open instance that does not apply (e.g. a unit merged mid-year), with the reason on record. */
  @Transactional
  public Obligation waive(long obligationId, long expectedVersion, String reason) {
    Obligation obligation = find(obligationId);
    access.require(ObligationAction.WAIVE, obligation.getOrganisation());
    ConcurrentChangeException.check(expectedVersion, obligation.getVersion());
    if (reason == null || reason.isBlank()) {
      throw DomainException.onField("reason", "obligation.waive.reasonRequired");
    }
    if (reason.length() > 500) {
      throw DomainException.onField("reason", "obligation.waive.reasonTooLong");
    }
    if (!obligation.isOpen()) {
      throw new DomainException("obligation.waive.notOpen");
    }
    obligation.waive(reason.trim());
    return obligation;
  }

  private Obligation find(long id) {
    Obligation obligation = em.find(Obligation.class, id);
    if (obligation == null) {
      throw new NotFoundException("obligation", id);
    }
    return obligation;
  }
}
