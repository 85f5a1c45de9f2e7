package cn.zeren.ledger;

import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.PersonService;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.files.Download;
import cn.zeren.platform.files.FileStore;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.Owner;
import cn.zeren.rules.Regulation;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.rules.Scope;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The work ledger (工作台账, YW-13.1): a unit records the activities its obligations ask for, and each record
 * fulfils the obligation instance its kind (→ rule, from the rule pack) and date (→ period) pick, on time or late
 * by the activity's date. Who records is who carries the rule's obligation in the unit
 * ({@link ObligationService#carriedBy}; a team member only for their own post); the unit's roles and the levels
 * above read it. A record is never deleted: its evidence on the instance stays, and a wrong record is corrected
 * by editing its topic, participants and minutes (kind and date are fixed once saved).
 */
@ApplicationScoped
public class LedgerService {
  static final String EVIDENCE_TYPE = "LEDGER";
  static final String FILE_FIELD = "file";
  private static final int ATTACHMENTS_MAX = 20;
  private static final int LIST_MAX = 2_000;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject ObligationService obligations;
  @Inject RulePackRegistry rules;
  @Inject PersonService people;
  @Inject FileStore files;
  @Inject Clock clock;

  // ---- reading ----

  /** Every activity kind of the active rule pack, in the pack's order. */
  public List<LedgerActivity> activities() {
    return rules.active().section(LedgerActivities.class).all();
  }

  /** The kinds the acting role records for its own unit. */
  public List<LedgerActivity> recordableActivities() {
    Actor actor = access.actor();
    if (actor.orgId() == null || !access.permitsSomewhere(LedgerAction.RECORD)) {
      return List.of();
    }
    Organisation unit = em.find(Organisation.class, actor.orgId());
    return activities().stream().filter(a -> carries(actor, unit, rule(a))).toList();
  }

  /** The active people of the acting unit, to choose participants from. */
  public List<Person> participantChoices() {
    Actor actor = access.requireSignedIn();
    return actor.orgId() == null ? List.of() : people.search(actor.orgId(), null, false);
  }

  /** Records of the caller's subtree, optionally of one unit, one year and one kind, newest first. */
  public List<LedgerRecord> search(Long organisationId, Integer year, String activityCode) {
    String scope = access.scopeFor(LedgerAction.VIEW);
    return em.createQuery(
            "SELECT r FROM LedgerRecord r JOIN FETCH r.organisation o WHERE o.path LIKE :scope"
                + " AND (:org IS NULL OR o.id = :org) AND (:kind IS NULL OR r.activityCode = :kind)"
                + " AND r.activityDate >= :from AND r.activityDate <= :to"
                + " ORDER BY r.activityDate DESC, r.id DESC",
            LedgerRecord.class)
        .setParameter("scope", scope + "%")
        .setParameter("org", organisationId)
        .setParameter("kind", activityCode == null || activityCode.isBlank() ? null : activityCode)
        .setParameter("from", year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1))
        .setParameter("to", year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31))
        .setMaxResults(LIST_MAX)
        .getResultList();
  }

  public LedgerRecord get(long id) {
    LedgerRecord record = find(id);
    access.require(LedgerAction.VIEW, record.getOrganisation());
    return record;
  }

  public List<LedgerAttachment> attachments(long recordId) {
    LedgerRecord record = get(recordId);
    return em.createQuery(
            "SELECT a FROM LedgerAttachment a WHERE a.record = :r ORDER BY a.uploadedAt, a.id", LedgerAttachment.class)
        .setParameter("r", record)
        .getResultList();
  }

  /** An attachment of a record the caller may read, for an authorised download. */
  public Download attachment(long recordId, long attachmentId) {
    LedgerRecord record = get(recordId);
    LedgerAttachment a = em.find(LedgerAttachment.class, attachmentId);
    if (a == null || !a.getRecord().getId().equals(record.getId())) {
      throw new NotFoundException("ledger.attachment", recordId + "/" + attachmentId);
    }
    return new Download(files.path(a.getFileSha256()), a.getFileName(), a.getFileType(), a.getFileSize());
  }

  /** The obligation instance a record fulfils, as the caller may see it. */
  public Obligation instanceOf(LedgerRecord record) {
    return obligations.get(record.getObligationId());
  }

  /** May the acting role edit this record now (pages show the form only then; the writes check again)? */
  public boolean mayEdit(LedgerRecord record) {
    Actor actor = access.actor();
    return access.permits(LedgerAction.RECORD, record.getOrganisation()) && isAuthorSide(actor, record);
  }

  /** The activity kind whose records fulfil an instance's rule, if the ledger keeps that rule at all. */
  public Optional<LedgerActivity> activityFor(Obligation instance) {
    return activities().stream().filter(a -> a.ruleId().equals(instance.getRuleId())).findFirst();
  }

  public LedgerActivity activity(String code) {
    return rules.active().section(LedgerActivities.class).activity(code)
        .orElseThrow(() -> new NotFoundException("ledger.activity", code));
  }

  // ---- writing ----

  /**
   * Records an activity of the acting unit and counts it as evidence on the instance its kind and date pick; the
   * instance is done (on time or late) when its rule's minimum count of records is reached.
   */
  @Transactional
  public LedgerRecord create(@Valid LedgerForm form) {
    Actor actor = access.requireSignedIn();
    Organisation unit = actor.orgId() == null ? null : em.find(Organisation.class, actor.orgId());
    access.require(LedgerAction.RECORD, unit);
    LedgerPlacement placement = placement(form);
    if (actor.personId() == null || !carries(actor, unit, placement.rule())) {
      throw new AccessDeniedException("error.accessDenied");
    }
    Obligation instance = instance(actor, unit, placement, form.obligationId());
    LedgerRecord record =
        new LedgerRecord(unit, placement.activity().code(), placement.rule().ruleId(), instance.getId(),
            instance.getPeriodKey(), form.activityDate(), actor.personId(), actor.displayName());
    describe(record, form);
    em.persist(record);
    em.flush();
    obligations.recordEvidence(instance.getId(), EVIDENCE_TYPE, String.valueOf(record.getId()),
        placement.activity().title(), LedgerPlacement.evidenceTime(form.activityDate()));
    return record;
  }

  /** Corrects topic, participants and minutes; kind and date stay as recorded (they fixed the evidence). */
  @Transactional
  public LedgerRecord update(long id, long expectedVersion, @Valid LedgerForm form) {
    LedgerRecord record = editable(id, expectedVersion);
    if (!record.getActivityCode().equals(form.activityCode())) {
      throw DomainException.onField("activityCode", "ledger.fixed");
    }
    if (!record.getActivityDate().equals(form.activityDate())) {
      throw DomainException.onField("activityDate", "ledger.fixed");
    }
    describe(record, form);
    return touched(record);
  }

  /** Adds a file (PDF, OFD, DOCX, JPEG, PNG, checked by content) to a record. */
  @Transactional
  public LedgerRecord attach(long id, long expectedVersion, String fileName, InputStream content) {
    LedgerRecord record = editable(id, expectedVersion);
    long count =
        em.createQuery("SELECT COUNT(a) FROM LedgerAttachment a WHERE a.record = :r", Long.class)
            .setParameter("r", record)
            .getSingleResult();
    if (count >= ATTACHMENTS_MAX) {
      throw DomainException.onField(FILE_FIELD, "ledger.attachments.tooMany", ATTACHMENTS_MAX);
    }
    String name = cleanFileName(fileName);
    em.persist(new LedgerAttachment(record, name, files.store(name, content), clock.instant(),
        access.actor().displayName()));
    return touched(record);
  }

  // ---- steps ----

  private LedgerPlacement placement(LedgerForm form) {
    LedgerPlacement placement =
        LedgerPlacement.of(rules.active(), form.activityCode(), form.activityDate())
            .orElseThrow(() -> DomainException.onField("activityCode", "ledger.activity.unknown", form.activityCode()));
    if (form.activityDate().isAfter(LocalDate.now(clock.withZone(Deadlines.BEIJING)))) {
      throw DomainException.onField("activityDate", "ledger.date.future");
    }
    return placement;
  }

  /**
   * The instance of the placement's rule and period for the unit (a team member's own post for YW-8). When the
   * record was started from a task, that task's instance must be the one the date picks.
   */
  private Obligation instance(Actor actor, Organisation unit, LedgerPlacement placement, Long chosenId) {
    ObligationRule rule = placement.rule();
    String period = placement.period().key();
    if (chosenId != null) {
      Obligation chosen = obligations.get(chosenId);
      if (!chosen.getRuleId().equals(rule.ruleId()) || !chosen.getOrganisation().getId().equals(unit.getId())) {
        throw DomainException.onField("obligationId", "ledger.instance.mismatch");
      }
      if (!chosen.getPeriodKey().equals(period)) {
        throw new LedgerRuleException(rule.ruleId(), "activityDate", "ledger.date.outsidePeriod",
            chosen.getPeriodKey(), rule.ruleId());
      }
    }
    Obligation instance =
        obligations.search(unit.getId(), placement.period().year(), rule.ruleId()).stream()
            .filter(o -> o.getPeriodKey().equals(period))
            .filter(o -> rule.owner() != Owner.TEAM_MEMBER || ownPost(o, actor))
            .findFirst()
            .orElseThrow(() -> new LedgerRuleException(rule.ruleId(), "activityDate", "ledger.instance.none",
                rule.ruleId(), period));
    if (instance.getStatus() == ObligationStatus.WAIVED) {
      throw new LedgerRuleException(rule.ruleId(), "activityDate", "ledger.instance.waived", rule.ruleId(), period);
    }
    return instance;
  }

  private void describe(LedgerRecord record, LedgerForm form) {
    List<Long> ids = form.participants().stream().filter(Objects::nonNull).distinct().toList();
    List<Person> participants =
        ids.stream()
            .map(id -> em.find(Person.class, id))
            .filter(p -> p != null && p.getOrganisation().getId().equals(record.getOrganisation().getId()))
            .toList();
    if (participants.size() != ids.size()) {
      throw DomainException.onField("participantIds", "ledger.participants.notOfUnit");
    }
    record.describe(form.topic().strip(), blankToNull(form.minutes()), participants,
        blankToNull(form.otherParticipants()));
  }

  private LedgerRecord editable(long id, long expectedVersion) {
    LedgerRecord record = find(id);
    access.require(LedgerAction.RECORD, record.getOrganisation());
    if (!isAuthorSide(access.actor(), record)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    ConcurrentChangeException.check(expectedVersion, record.getVersion());
    return record;
  }

  /** Raises the record's version even when only its participants or attachments changed, and writes it now. */
  private LedgerRecord touched(LedgerRecord record) {
    em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    return record;
  }

  /** The roles carrying the rule's obligation in the record's own unit; a team member only their own records. */
  private boolean isAuthorSide(Actor actor, LedgerRecord record) {
    ObligationRule rule = rules.active().rule(record.getRuleId()).orElse(null);
    return rule != null
        && actor.personId() != null
        && record.getOrganisation().getId().equals(actor.orgId())
        && obligations.carriedBy(rule.owner()).contains(actor.role())
        && (rule.owner() != Owner.TEAM_MEMBER || actor.personId() == record.getAuthorPersonId());
  }

  /** Does the actor's role carry the rule's obligation in its unit, and does the rule apply to that unit at all? */
  private boolean carries(Actor actor, Organisation unit, ObligationRule rule) {
    boolean root = unit.getParent() == null;
    boolean applies = rule.scope() == Scope.ALL || (rule.scope() == Scope.CITY) == root;
    return applies && actor.role() != null && obligations.carriedBy(rule.owner()).contains(actor.role());
  }

  private ObligationRule rule(LedgerActivity activity) {
    Regulation pack = rules.active();
    return pack.rule(activity.ruleId()).orElseThrow();
  }

  private static boolean ownPost(Obligation o, Actor actor) {
    return o.getOwnerPosition() != null && o.getOwnerPosition().getPerson().getId().equals(actor.personId());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String cleanFileName(String fileName) {
    return FileStore.cleanName(fileName, FILE_FIELD);
  }

  private LedgerRecord find(long id) {
    LedgerRecord record = em.find(LedgerRecord.class, id);
    if (record == null) {
      throw new NotFoundException("ledger.record", id);
    }
    return record;
  }
}
