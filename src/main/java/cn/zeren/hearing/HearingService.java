package cn.zeren.hearing;

import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.PersonService;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationService;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.organisation.Position;
import cn.zeren.organisation.PositionKind;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.security.Role;
import cn.zeren.security.RoleHolder;
import cn.zeren.security.RoleHolders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scored meetings of the commission (YW-10.2 专题汇报会, YW-10.4 述职会议): set-up, start, live scoring, closing an
 * item and the session, results. Types, scale and trimming come from the rule pack's scored meetings.
 *
 * <p>Concurrency: a score and the chair's close of an item both lock the item row ({@code PESSIMISTIC_WRITE}, i.e.
 * {@code SELECT ... FOR UPDATE}) before they look at its status. They run one after the other: a score that gets
 * the lock first is stored and then counted by the close; one that waits for the close sees the item closed and is
 * refused. Scores of different scorers for one item queue on the same lock and are all stored; one scorer has one
 * score per item (unique key), which they change until the close. Reads run in a transaction too, so that a record
 * is read from one consistent state.
 */
@ApplicationScoped
@Transactional
public class HearingService {
  /** The roles of the commission whose holders may chair and score. */
  public static final Set<Role> COMMISSION_ROLES = Set.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER);
  static final String EVIDENCE_TYPE = "HEARING";
  private static final Map<Role, PositionKind> SPEAKER_POSTS =
      Map.of(Role.PRIMARY_LEADER, PositionKind.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, PositionKind.DISCIPLINE_HEAD);

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject RulePackRegistry rules;
  @Inject RoleHolders roleHolders;
  @Inject PersonService people;
  @Inject ObligationService obligations;

  /** The meetings of the caller's commission and below, latest first. */
  public List<HearingSession> list() {
    String scope = access.scopeFor(HearingAction.VIEW);
    return em.createQuery(
            "SELECT DISTINCT s FROM HearingSession s JOIN FETCH s.organisation o LEFT JOIN FETCH s.items"
                + " WHERE o.path LIKE :scope ORDER BY s.heldAt DESC, s.id DESC",
            HearingSession.class)
        .setParameter("scope", scope + "%")
        .getResultList();
  }

  public HearingSession get(long id) {
    HearingSession session = find(id);
    access.require(HearingAction.VIEW, session.getOrganisation());
    return session;
  }

  public HearingItem item(long itemId) {
    HearingItem item = em.find(HearingItem.class, itemId);
    if (item == null) {
      throw new NotFoundException("hearing.item", itemId);
    }
    access.require(HearingAction.VIEW, item.getSession().getOrganisation());
    return item;
  }

  /** The scored meetings the rule pack defines (the types a session can have). */
  public List<ScoredMeeting> meetingTypes() {
    return rules.active().section(ScoredMeetings.class).all();
  }

  /** The rule-pack entry of a session's type. */
  public ScoredMeeting meetingOf(HearingSession session) {
    return meeting(session.getMeetingCode());
  }

  /** Who may chair and score at the commission: the holders of its commission roles. */
  public List<RoleHolder> commissionMembers(long organisationId) {
    return roleHolders.at(organisationId, COMMISSION_ROLES);
  }

  /** The person holding the meeting type's speaker post in the unit (primary leader, discipline head), if any. */
  public Optional<Person> defaultSpeaker(String meetingCode, long unitId) {
    PositionKind post = SPEAKER_POSTS.get(meeting(meetingCode).speakerRole());
    return people.positionsOf(unitId).stream()
        .filter(p -> p.getKind() == post && p.isActive())
        .map(Position::getPerson)
        .findFirst();
  }

  @Transactional
  public HearingSession create(@Valid HearingForm form) {
    Organisation commission = organisation(form.organisationId());
    access.require(HearingAction.MANAGE, commission);
    HearingSession session = new HearingSession(commission);
    apply(session, form);
    em.persist(session);
    return session;
  }

  /** Changes the set-up of a session that has not started. */
  @Transactional
  public HearingSession update(long id, long expectedVersion, @Valid HearingForm form) {
    HearingSession session = find(id);
    access.require(HearingAction.MANAGE, session.getOrganisation());
    ConcurrentChangeException.check(expectedVersion, session.getVersion());
    requireDraft(session);
    if (!form.organisationId().equals(session.getOrganisation().getId())) {
      throw DomainException.onField("organisationId", "hearing.organisation.fixed");
    }
    apply(session, form);
    return session;
  }

  /** The chair starts the meeting: the set-up is fixed and every item takes scores until closed. */
  @Transactional
  public HearingSession start(long id, long expectedVersion) {
    HearingSession session = find(id);
    requireChair(session);
    ConcurrentChangeException.check(expectedVersion, session.getVersion());
    requireDraft(session);
    session.start(Instant.now());
    return session;
  }

  /**
   * A scorer's score for an item: stored, or changed when they scored it before, while the item is open. Locks the
   * item row first (see the class comment).
   */
  @Transactional
  public HearingScore score(long itemId, BigDecimal score) {
    HearingItem item = lockItem(itemId);
    HearingSession session = item.getSession();
    Actor actor = access.actor();
    access.require(HearingAction.SCORE, session.getOrganisation());
    if (!session.isScorer(actor.personId())) {
      throw new AccessDeniedException("hearing.score.notScorer");
    }
    ScoredMeeting meeting = meetingOf(session);
    if (item.getStatus() == ItemStatus.CLOSED) {
      throw DomainException.byRule(meeting.ruleId(), "hearing.item.closed");
    }
    if (item.getStatus() != ItemStatus.OPEN) {
      throw DomainException.byRule(meeting.ruleId(), "hearing.notStarted");
    }
    requireOnScale(meeting, score);
    HearingScore existing = scoreOf(item, actor.personId());
    if (existing != null) {
      existing.change(score);
      return existing;
    }
    HearingScore created = new HearingScore(item, em.getReference(Person.class, actor.personId()), score);
    em.persist(created);
    return created;
  }

  /** The chair closes an item: its scores are locked from now on (the lock orders it after any score under way). */
  @Transactional
  public HearingItem closeItem(long itemId) {
    HearingItem item = lockItem(itemId);
    requireChair(item.getSession());
    if (item.getStatus() != ItemStatus.OPEN) {
      throw DomainException.byRule(item.getSession().getRuleId(), "hearing.item.notOpen");
    }
    item.close(Instant.now());
    return item;
  }

  /**
   * The chair closes the session once every item is closed; the meeting counts as evidence for the commission's
   * obligation of the rule (YW-10.2 or YW-10.4) of the year it was held.
   */
  @Transactional
  public HearingSession close(long id, long expectedVersion) {
    HearingSession session = find(id);
    requireChair(session);
    ConcurrentChangeException.check(expectedVersion, session.getVersion());
    if (session.getStatus() != HearingStatus.OPEN) {
      throw DomainException.byRule(session.getRuleId(), "hearing.notOpen");
    }
    if (session.getItems().stream().anyMatch(i -> i.getStatus() != ItemStatus.CLOSED)) {
      throw DomainException.byRule(session.getRuleId(), "hearing.itemsStillOpen");
    }
    Instant now = Instant.now();
    session.close(now);
    Obligation obligation = obligationFor(session);
    obligations.recordEvidence(
        obligation.getId(), EVIDENCE_TYPE, "HS-" + session.getId(), session.getTitle(), session.getStartedAt());
    return session;
  }

  /** Every score of an item, lowest first. */
  public List<HearingScore> scoresOf(HearingItem item) {
    access.require(HearingAction.VIEW, item.getSession().getOrganisation());
    return em.createQuery(
            "SELECT c FROM HearingScore c JOIN FETCH c.scorer WHERE c.item = :item ORDER BY c.score, c.id",
            HearingScore.class)
        .setParameter("item", item)
        .getResultList();
  }

  /** The result of an item: sorted scores, the dropped ones, the average and the distribution (YW-10.2/10.4). */
  public ScoreSheet sheet(HearingItem item) {
    List<ScoreSheet.Given> given =
        scoresOf(item).stream().map(c -> new ScoreSheet.Given(c.getScorer().getName(), c.getScore())).toList();
    return ScoreSheet.of(given, meetingOf(item.getSession()));
  }

  /** The record of a session: every item with each scorer's score, the dropped ones and the result. */
  public HearingRecord record(long id) {
    HearingSession session = get(id);
    List<Person> scorers = session.getScorers().stream().map(HearingScorer::getPerson).toList();
    List<HearingRecord.Item> items = new ArrayList<>();
    for (HearingItem item : session.getItems()) {
      Map<Long, BigDecimal> byScorer =
          scoresOf(item).stream().collect(Collectors.toMap(c -> c.getScorer().getId(), HearingScore::getScore));
      List<BigDecimal> scores = scorers.stream().map(p -> byScorer.get(p.getId())).toList();
      items.add(
          new HearingRecord.Item(
              item.getId(), item.getSortOrder(), item.getUnit().getName(), item.getSpeaker().getName(),
              item.getStatus(), scores, sheet(item)));
    }
    ScoredMeeting meeting = meetingOf(session);
    String article = rules.active().rule(session.getRuleId()).map(ObligationRule::article).orElse("");
    return new HearingRecord(
        session.getId(), session.getVersion(), meeting.code(), meeting.title(), session.getRuleId(), article,
        session.getTitle(), session.getHeldAt(), session.getPlace(), commissionName(session.getOrganisation()),
        session.getChair().getName(), session.getStatus(), session.getClosedAt(),
        scorers.stream().map(Person::getName).toList(), List.copyOf(items));
  }

  /** The discipline commission's own name (示范市纪委监委) rather than its unit's, when the unit records one. */
  private static String commissionName(Organisation organisation) {
    String name = organisation.getDisciplineBodyName();
    return name == null || name.isBlank() ? organisation.getName() : name;
  }

  /** The record as a PDF for the upper commission. */
  public byte[] recordPdf(long id) {
    return new HearingRecordPdf().write(record(id));
  }

  /** Whether each item of a session is pending, open or closed, by item id (for the live pages). */
  public Map<Long, ItemStatus> itemStates(long sessionId) {
    return get(sessionId).getItems().stream().collect(Collectors.toMap(HearingItem::getId, HearingItem::getStatus));
  }

  /** The caller's own scores at a session, by item id. */
  public Map<Long, BigDecimal> myScores(long sessionId) {
    HearingSession session = get(sessionId);
    Long me = access.actor().personId();
    return em.createQuery(
            "SELECT c FROM HearingScore c WHERE c.item.session = :s AND c.scorer.id = :me", HearingScore.class)
        .setParameter("s", session)
        .setParameter("me", me)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(c -> c.getItem().getId(), HearingScore::getScore));
  }

  /** May the caller run the session (start it, close items, close it)? For pages; the service checks again. */
  public boolean isChair(long sessionId) {
    HearingSession session = get(sessionId);
    return access.permits(HearingAction.MANAGE, session.getOrganisation())
        && session.isChair(access.actor().personId());
  }

  /** Is the caller one of the session's scorers (and in a role that scores)? */
  public boolean isScorer(long sessionId) {
    HearingSession session = get(sessionId);
    return access.permits(HearingAction.SCORE, session.getOrganisation())
        && session.isScorer(access.actor().personId());
  }

  private void apply(HearingSession session, HearingForm form) {
    ScoredMeeting meeting = meeting(form.meetingCode());
    Set<Long> members =
        commissionMembers(session.getOrganisation().getId()).stream()
            .map(RoleHolder::personId)
            .collect(Collectors.toSet());
    if (!members.contains(form.chairPersonId())) {
      throw DomainException.onField("chairPersonId", "hearing.chair.notMember");
    }
    List<Person> scorers = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(form.scorerIds())) {
      if (!members.contains(id)) {
        throw DomainException.onField("scorerIds", "hearing.scorers.notMember");
      }
      scorers.add(em.find(Person.class, id));
    }
    session.describe(
        meeting.code(), meeting.ruleId(), form.title().trim(),
        form.heldAt().atZone(Deadlines.BEIJING).toInstant(), form.place().trim(), em.find(Person.class, form.chairPersonId()));
    session.replaceParticipants(scorers, items(session, form.items()));
  }

  private List<HearingItem> items(HearingSession session, List<HearingForm.Line> lines) {
    Set<Long> units = new HashSet<>();
    List<HearingItem> items = new ArrayList<>();
    for (HearingForm.Line line : lines) {
      Organisation unit = organisation(line.unitId());
      boolean below = session.getOrganisation().contains(unit) && !unit.getId().equals(session.getOrganisation().getId());
      if (!below || !units.add(unit.getId())) {
        throw DomainException.onField("items", "hearing.item.unitInvalid", unit.getName());
      }
      Person speaker = em.find(Person.class, line.speakerPersonId());
      if (speaker == null || !speaker.getOrganisation().getId().equals(unit.getId())) {
        throw DomainException.onField("items", "hearing.item.speakerInvalid", unit.getName());
      }
      items.add(new HearingItem(session, items.size() + 1, unit, speaker));
    }
    return items;
  }

  private Obligation obligationFor(HearingSession session) {
    int year = session.getStartedAt().atZone(Deadlines.BEIJING).getYear();
    return obligations.search(session.getOrganisation().getId(), year, session.getRuleId()).stream()
        .findFirst()
        .orElseThrow(
            () -> DomainException.byRule(session.getRuleId(), "hearing.noObligation", String.valueOf(year)));
  }

  private static void requireOnScale(ScoredMeeting meeting, BigDecimal score) {
    ScoredMeeting.Scale scale = meeting.scale();
    if (!scale.admits(score)) {
      throw DomainException.byRule(
          meeting.ruleId(), "hearing.score.offScale", plain(scale.min()), plain(scale.max()), plain(scale.step()),
          meeting.ruleId());
    }
  }

  private void requireChair(HearingSession session) {
    access.require(HearingAction.MANAGE, session.getOrganisation());
    if (!session.isChair(access.actor().personId()) && !access.actor().isSystem()) {
      throw new AccessDeniedException("hearing.chairOnly");
    }
  }

  private static void requireDraft(HearingSession session) {
    if (session.getStatus() != HearingStatus.DRAFT) {
      throw new DomainException("hearing.alreadyStarted");
    }
  }

  private HearingScore scoreOf(HearingItem item, Long personId) {
    return em.createQuery(
            "SELECT c FROM HearingScore c WHERE c.item = :item AND c.scorer.id = :p", HearingScore.class)
        .setParameter("item", item)
        .setParameter("p", personId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private HearingItem lockItem(long itemId) {
    HearingItem item = em.find(HearingItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
    if (item == null) {
      throw new NotFoundException("hearing.item", itemId);
    }
    return item;
  }

  private HearingSession find(long id) {
    HearingSession session = em.find(HearingSession.class, id);
    if (session == null) {
      throw new NotFoundException("hearing", id);
    }
    return session;
  }

  private Organisation organisation(long id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null) {
      throw new NotFoundException("organisation", id);
    }
    return organisation;
  }

  private ScoredMeeting meeting(String code) {
    return rules.active()
        .section(ScoredMeetings.class).meeting(code)
        .orElseThrow(() -> DomainException.onField("meetingCode", "hearing.meetingCode.unknown", code));
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
