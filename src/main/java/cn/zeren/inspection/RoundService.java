package cn.zeren.inspection;

import cn.zeren.audit.AuditLog;
import cn.zeren.calendar.CalendarService;
import cn.zeren.directory.OrganisationService;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rounds of inspection (巡察轮次): planned by the office with their targets and number of groups, read by the office,
 * the leading group and — for their own round only — the group's staff. A round shorter than the pack's
 * minimum (JDZ-16: 原则上每次巡察不少于20个工作日, counted on the working-day calendar) is refused with the rule's id
 * unless the leading group's consent to another duration is recorded with it.
 */
@ApplicationScoped
public class RoundService {
  static final String[] GROUP_NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;
  @Inject CalendarService calendar;
  @Inject InspectionRules rules;
  @Inject AuditLog audit;

  // ---- reading ----

  /** The rounds the caller may see, latest first: all of them for the office and the leading group, else one's own. */
  public List<InspectionRound> rounds() {
    if (access.permits(InspectionAction.VIEW_ALL, organisations.root())) {
      return em.createQuery(
              "SELECT r FROM InspectionRound r ORDER BY r.startsOn DESC, r.id DESC", InspectionRound.class)
          .getResultList();
    }
    Actor actor = requireStaff();
    return em.createQuery(
            "SELECT DISTINCT r FROM RoundGroup g JOIN g.round r LEFT JOIN g.leader l LEFT JOIN g.members m"
                + " WHERE l.id = :person OR m.id = :person ORDER BY r.startsOn DESC, r.id DESC",
            InspectionRound.class)
        .setParameter("person", actor.personId())
        .getResultList();
  }

  public InspectionRound get(long id) {
    boolean all = maySeeAll();
    if (!all) {
      requireStaff();
    }
    InspectionRound round = em.find(InspectionRound.class, id);
    if (round == null && all) {
      throw new NotFoundException("inspection.round", id);
    }
    if (round == null || !maySee(round)) {
      // To anyone else a round is refused whether it exists or not: even its existence is inspection material.
      throw new AccessDeniedException("error.accessDenied");
    }
    return round;
  }

  /** May the caller read this round: the office and leading group always, a group's staff only their own round. */
  public boolean maySee(InspectionRound round) {
    if (access.permits(InspectionAction.VIEW_ALL, organisations.root())) {
      return true;
    }
    Actor actor = access.actor();
    return actor.personId() != null
        && access.permitsSomewhere(InspectionAction.VIEW_OWN)
        && groupsOf(round).stream().anyMatch(g -> g.includes(actor.personId()));
  }

  public boolean mayManage() {
    return access.permits(InspectionAction.MANAGE, organisations.root());
  }

  public boolean maySeeAll() {
    return access.permits(InspectionAction.VIEW_ALL, organisations.root());
  }

  public List<RoundTarget> targets(long roundId) {
    InspectionRound round = get(roundId);
    return em.createQuery(
            "SELECT t FROM RoundTarget t JOIN FETCH t.organisation o LEFT JOIN FETCH t.group"
                + " WHERE t.round = :round ORDER BY o.sortOrder, o.name, o.id",
            RoundTarget.class)
        .setParameter("round", round)
        .getResultList();
  }

  public List<RoundGroup> groups(long roundId) {
    return groupsOf(get(roundId));
  }

  /** The units a round may inspect: every active unit below the city, in the tree's order. */
  public List<Organisation> targetChoices() {
    access.require(InspectionAction.MANAGE, organisations.root());
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.parent IS NOT NULL AND o.active = TRUE ORDER BY o.path",
            Organisation.class)
        .getResultList();
  }

  /** Rounds a 回头看 may look back at: every earlier round. */
  public List<InspectionRound> lookBackChoices() {
    access.require(InspectionAction.MANAGE, organisations.root());
    return em.createQuery("SELECT r FROM InspectionRound r ORDER BY r.startsOn DESC, r.id DESC", InspectionRound.class)
        .getResultList();
  }

  // ---- planning ----

  @Transactional
  public InspectionRound create(@Valid RoundForm form) {
    access.require(InspectionAction.MANAGE, organisations.root());
    if (form.endsOn().isBefore(form.startsOn())) {
      throw DomainException.onField("endsOn", "inspection.round.endsBeforeStart");
    }
    if (rules.roundKindRule(form.kind()).isEmpty()) {
      throw DomainException.onField("kind", "inspection.round.kind.notInForce");
    }
    InspectionRound lookBackOf = null;
    if (form.kind() == RoundKind.LOOK_BACK) {
      if (form.lookBackOfId() == null) {
        throw DomainException.onField("lookBackOf", "inspection.round.lookBackOf.required");
      }
      lookBackOf = em.find(InspectionRound.class, form.lookBackOfId());
      if (lookBackOf == null || !lookBackOf.getStartsOn().isBefore(form.startsOn())) {
        throw DomainException.onField("lookBackOf", "inspection.round.lookBackOf.earlier");
      }
    }
    Set<Long> targetIds = new LinkedHashSet<>(form.targetIds());
    if (form.groupCount() > targetIds.size()) {
      throw DomainException.onField("groupCount", "inspection.round.groupCount.moreThanTargets",
          String.valueOf(targetIds.size()));
    }
    int workingDays = calendar.calendar().countWorkingDays(form.startsOn(), form.endsOn());
    boolean adjusted = form.durationAdjustment() != null && !form.durationAdjustment().isBlank();
    rules.roundMinimum().ifPresent(minimum -> {
      // JDZ-16: 原则上每次巡察不少于20个工作日 — every round, unless the leading group consented to another duration.
      if (workingDays < minimum.workingDays() && !(adjusted && minimum.adjustable())) {
        throw new InspectionRuleException(minimum.ruleId(), "endsOn", "inspection.round.tooShort",
            String.valueOf(workingDays), String.valueOf(minimum.workingDays()), minimum.ruleId());
      }
    });
    List<Organisation> targets = targetIds.stream().map(this::target).toList();
    InspectionRound round = new InspectionRound(form, lookBackOf, workingDays, access.actor().displayName());
    em.persist(round);
    for (int i = 0; i < form.groupCount(); i++) {
      em.persist(new RoundGroup(round, "G" + (i + 1), "第" + GROUP_NUMERALS[i] + "巡察组"));
    }
    for (Organisation target : targets) {
      em.persist(new RoundTarget(round, target));
    }
    em.flush();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", round.getName());
    details.put("kind", round.getKind().name());
    details.put("from", round.getStartsOn().toString());
    details.put("to", round.getEndsOn().toString());
    details.put("workingDays", workingDays);
    details.put("authorisedBy", round.getAuthorisedBy());
    details.put("durationAdjustment", String.valueOf(round.getDurationAdjustment()));
    details.put("targets", targets.stream().map(Organisation::getName).toList());
    details.put("groups", form.groupCount());
    audit.record("INSPECTION_ROUND_PLANNED", "InspectionRound", round.getId(), details);
    return round;
  }

  List<RoundGroup> groupsOf(InspectionRound round) {
    return em.createQuery(
            "SELECT g FROM RoundGroup g LEFT JOIN FETCH g.leader WHERE g.round = :round ORDER BY g.id", RoundGroup.class)
        .setParameter("round", round)
        .getResultList();
  }

  private Organisation target(long id) {
    Organisation unit = em.find(Organisation.class, id);
    if (unit == null || unit.getParent() == null || !unit.isActive()) {
      throw DomainException.onField("targetIds", "inspection.round.targetUnknown", String.valueOf(id));
    }
    return unit;
  }

  private Actor requireStaff() {
    Actor actor = access.requireSignedIn();
    if (!access.permitsSomewhere(InspectionAction.VIEW_OWN)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    return actor;
  }
}
