package cn.zeren.report;

import cn.zeren.calendar.Deadlines;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.files.Download;
import cn.zeren.platform.files.FileStore;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.Owner;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.SignatureView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports (报告, YW-9.1, YW-10.1, YW-10.3) of the types the rule pack lists: a unit drafts one for an obligation
 * instance (or for an event, which opens its instance), fills in the type's sections and attaches the formal
 * document; the type's approving leader submits it — the server's clock stamps it, on time or late by the Beijing
 * cut-off — and the submission fulfils the instance; reviewers return it with a comment (the next submission is a
 * new version) or accept it. Every call is authorised here; every write is audited by the JPA listener.
 */
@ApplicationScoped
public class ReportService {
  static final String EVIDENCE_TYPE = "REPORT";
  private static final int SECTION_MAX = 10_000;
  private static final int COMMENT_MAX = 2_000;
  private static final int LIST_MAX = 2_000;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject ObligationService obligations;
  @Inject RulePackRegistry rules;
  @Inject FileStore files;
  @Inject Clock clock;
  @Inject SignatureService signatures;
  @Inject ReportVersionSource versionSource;

  // ---- reading ----

  /** The report types of the active rule pack, in the pack's order. */
  public List<ReportType> types() {
    return rules.active().section(ReportTypes.class).all();
  }

  /** The article the approver's signature of a submitted version enforces, as the pack names it. */
  public String signingRule() {
    return rules.active().section(ReportTypes.class).signingRuleId();
  }

  public ReportType type(String code) {
    return rules.active().section(ReportTypes.class).type(code)
        .orElseThrow(() -> new NotFoundException("report.type", code));
  }

  /** The types the acting role may draft for its unit. */
  public List<ReportType> draftableTypes() {
    Actor actor = access.actor();
    if (!access.permitsSomewhere(ReportAction.DRAFT)) {
      return List.of();
    }
    return types().stream().filter(t -> roles(t).mayDraft(actor)).toList();
  }

  /**
   * The obligation instances of the acting unit (a team member's own, YW-10.1b) that a new report of a periodic
   * type could fulfil: not waived and without a report yet, latest year first.
   */
  public List<Obligation> reportableInstances(String typeCode) {
    ReportType type = type(typeCode);
    Actor actor = requireDrafter(type);
    ObligationRule rule = roles(type).rule();
    List<Long> taken =
        em.createQuery("SELECT r.obligationId FROM Report r WHERE r.organisation.id = :o AND r.ruleId = :rule",
                Long.class)
            .setParameter("o", actor.orgId())
            .setParameter("rule", type.ruleId())
            .getResultList();
    return obligations.search(actor.orgId(), null, type.ruleId()).stream()
        .filter(o -> o.getStatus() != ObligationStatus.WAIVED && !taken.contains(o.getId()))
        .filter(o -> rule.owner() != Owner.TEAM_MEMBER || ownedBy(o, actor))
        .sorted((a, b) -> b.getDueAt().compareTo(a.getDueAt()))
        .toList();
  }

  public Report get(long id) {
    Report report = find(id);
    requireViewer(report);
    return report;
  }

  /** Every version, oldest first (the history keeps each one's content and document). */
  public List<ReportVersion> versions(long reportId) {
    Report report = get(reportId);
    return em.createQuery("SELECT v FROM ReportVersion v WHERE v.report = :r ORDER BY v.number", ReportVersion.class)
        .setParameter("r", report)
        .getResultList();
  }

  public ReportVersion currentVersion(long reportId) {
    Report report = get(reportId);
    return version(report, report.getCurrentVersion());
  }

  /** Every step with its comments, oldest first. */
  public List<ReportEvent> history(long reportId) {
    Report report = get(reportId);
    return em.createQuery("SELECT e FROM ReportEvent e WHERE e.report = :r ORDER BY e.occurredAt, e.id",
            ReportEvent.class)
        .setParameter("r", report)
        .getResultList();
  }

  /** The acting unit's reports that the acting role drafts or approves, newest first. */
  public List<Report> mine() {
    Actor actor = access.actor();
    if (!access.permitsSomewhere(ReportAction.VIEW)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    return em.createQuery(
            "SELECT r FROM Report r JOIN FETCH r.organisation o WHERE o.id = :org ORDER BY r.lastActivityAt DESC",
            Report.class)
        .setParameter("org", actor.orgId())
        .setMaxResults(LIST_MAX)
        .getResultList()
        .stream()
        .filter(r -> roles(r).isAuthorSide(actor, r) || roles(r).isApprover(actor, r))
        .toList();
  }

  /** Submitted, returned and accepted reports of the subtree of the types the acting role reviews. */
  public List<Report> forReview(ReportFilter filter) {
    String scope = access.scopeFor(ReportAction.REVIEW);
    Actor actor = access.actor();
    List<String> codes = types().stream().filter(t -> roles(t).isReviewer(actor) || actor.isSystem())
        .map(ReportType::code).toList();
    if (codes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT r FROM Report r JOIN FETCH r.organisation o WHERE o.path LIKE :scope AND r.typeCode IN :codes"
                + " AND r.firstSubmittedAt IS NOT NULL AND (:type IS NULL OR r.typeCode = :type)"
                + " AND (:year IS NULL OR r.year = :year) AND (:status IS NULL OR r.status = :status)"
                + " AND (:late IS NULL OR r.late = :late) ORDER BY r.lastSubmittedAt DESC",
            Report.class)
        .setParameter("scope", scope + "%")
        .setParameter("codes", codes)
        .setParameter("type", filter.typeCode())
        .setParameter("year", filter.year())
        .setParameter("status", filter.status())
        .setParameter("late", filter.late())
        .setMaxResults(LIST_MAX)
        .getResultList();
  }

  /** Reports of the subtree submitted late, most recent first (the second half of 逾期报告). */
  public List<Report> lateSubmissions() {
    String scope = access.scopeFor(ReportAction.OVERSEE);
    return em.createQuery(
            "SELECT r FROM Report r JOIN FETCH r.organisation o WHERE o.path LIKE :scope AND r.late = TRUE"
                + " ORDER BY r.firstSubmittedAt DESC",
            Report.class)
        .setParameter("scope", scope + "%")
        .setMaxResults(LIST_MAX)
        .getResultList();
  }

  /** Obligation instances of report rules in the subtree still open past their due time (first half of 逾期报告). */
  public List<Obligation> overdueInstances() {
    access.scopeFor(ReportAction.OVERSEE);
    List<String> ruleIds = types().stream().map(ReportType::ruleId).distinct().toList();
    return obligations.openPastDue(ruleIds, clock.instant(), LIST_MAX);
  }

  /**
   * For the assessment context (YW-13): the verdict of every report of a unit's subtree in a year — accepted or
   * not, on time or late, times returned.
   */
  public List<ReportVerdict> verdicts(long subtreeRootId, int year) {
    Organisation root = em.find(Organisation.class, subtreeRootId);
    if (root == null) {
      throw new NotFoundException("organisation", subtreeRootId);
    }
    access.require(ReportAction.OVERSEE, root);
    return em.createQuery(
            "SELECT r FROM Report r JOIN FETCH r.organisation o WHERE o.path LIKE :p AND r.year = :year"
                + " ORDER BY o.path, r.ruleId, r.periodKey",
            Report.class)
        .setParameter("p", root.getPath() + "%")
        .setParameter("year", year)
        .getResultList()
        .stream()
        .map(ReportVerdict::of)
        .toList();
  }

  /** The formal document of one version, for an authorised download. */
  public Download document(long reportId, int versionNumber) {
    Report report = get(reportId);
    ReportVersion version = version(report, versionNumber);
    if (!version.hasDocument()) {
      throw new NotFoundException("report.document", reportId + "/" + versionNumber);
    }
    return new Download(files.path(version.getFileSha256()), version.getFileName(), version.getFileType(),
        version.getFileSize());
  }

  /** What the acting role may do to the report now (pages show only these buttons; the steps check again). */
  public ReportActions actionsOn(Report report) {
    Actor actor = access.actor();
    ReportRoles roles = roles(report);
    ReportStatus status = report.getStatus();
    return new ReportActions(
        status.editable() && roles.isAuthorSide(actor, report)
            && access.permits(ReportAction.DRAFT, report.getOrganisation()),
        status == ReportStatus.AWAITING_APPROVAL && roles.isApprover(actor, report)
            && access.permits(ReportAction.APPROVE, report.getOrganisation()),
        status == ReportStatus.SUBMITTED && roles.isReviewer(actor)
            && access.permits(ReportAction.REVIEW, report.getOrganisation()));
  }

  // ---- the author ----

  /**
   * A new draft of the acting unit: for a periodic type, of the chosen obligation instance; for a per-event type
   * (YW-10.3d/e), for the event's date, which opens its own instance.
   */
  @Transactional
  public Report createDraft(String typeCode, Long obligationId, LocalDate eventDate) {
    ReportType type = type(typeCode);
    Actor actor = requireDrafter(type);
    Organisation unit = em.find(Organisation.class, actor.orgId());
    Obligation instance = type.eventDated() ? eventInstance(type, unit, eventDate) : chosenInstance(type, obligationId);
    Report report =
        new Report(type.code(), type.ruleId(), unit,
            ObligationFacts.of(instance, type.coversPreviousYear(), type.eventDated() ? eventDate : null),
            actor.personId(), actor.displayName());
    report.touch(clock.instant());
    em.persist(report);
    em.persist(new ReportVersion(report, 1));
    em.persist(new ReportEvent(report, ReportEventKind.CREATED, actor, null, clock.instant()));
    return report;
  }

  /** Saves the sections' text of a draft; required sections are checked at submission, not here. */
  @Transactional
  public Report saveDraft(long reportId, long expectedVersion, Map<String, String> sections) {
    Report report = editable(reportId, expectedVersion);
    ReportType type = type(report.getTypeCode());
    Map<String, String> kept = new LinkedHashMap<>();
    for (ReportType.Section section : type.sections()) {
      String text = sections.get(section.key());
      if (text != null && text.length() > SECTION_MAX) {
        throw DomainException.onField(fieldOf(section.key()), "report.section.tooLong", section.title(), SECTION_MAX);
      }
      if (text != null && !text.isBlank()) {
        kept.put(section.key(), text.strip());
      }
    }
    for (String key : sections.keySet()) {
      if (type.section(key).isEmpty()) {
        throw DomainException.onField(fieldOf(key), "report.section.unknown", key);
      }
    }
    version(report, report.getCurrentVersion()).setSections(kept);
    return touched(report);
  }

  /** Attaches the formal document to the current version, replacing an earlier one of the same version. */
  @Transactional
  public Report attach(long reportId, long expectedVersion, String fileName, InputStream content) {
    Report report = editable(reportId, expectedVersion);
    String name = cleanFileName(fileName);
    version(report, report.getCurrentVersion()).attach(name, files.store(name, content));
    return touched(report);
  }

  /**
   * Hands the draft in: to the approving leader when the type names one, otherwise straight to the reviewers.
   * Refused while a required section is empty or the formal document is missing (citing the type's rule).
   */
  @Transactional
  public Report submit(long reportId, long expectedVersion) {
    Report report = editable(reportId, expectedVersion);
    ReportType type = type(report.getTypeCode());
    requireComplete(type, version(report, report.getCurrentVersion()));
    if (type.approvedBy() == null) {
      return submitted(report);
    }
    report.awaitApproval();
    record(report, ReportEventKind.SENT_FOR_APPROVAL, null);
    return touched(report);
  }

  // ---- the approving leader ----

  /** Approves the draft: it is submitted now, stamped with the server's time (YW-10.1 lateness). */
  @Transactional
  public Report approve(long reportId, long expectedVersion) {
    Report report = awaitingApproval(reportId, expectedVersion);
    requireComplete(type(report.getTypeCode()), version(report, report.getCurrentVersion()));
    return submitted(report);
  }

  /** Sends the draft back to its author with the reason. */
  @Transactional
  public Report sendBack(long reportId, long expectedVersion, String comment) {
    Report report = awaitingApproval(reportId, expectedVersion);
    String reason = comment(comment, true);
    report.backToDraft();
    record(report, ReportEventKind.SENT_BACK, reason);
    return touched(report);
  }

  // ---- the signer (签字背书 of a work report, YW-11.3) ----

  /**
   * The report type's approving role of the report's own unit (the primary leader for the annual report, the
   * discipline organisation's head for its oversight reports) reviews a submitted version, writes an opinion and
   * signs it after re-entering the password. A submitted version is read-only already (a return makes a new one).
   */
  @Transactional
  public SignatureView sign(long reportId, int versionNumber, String opinion, char[] password) {
    Report report = find(reportId);
    access.require(ReportAction.APPROVE, report.getOrganisation());
    if (!roles(report).isApprover(access.actor(), report)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    ReportVersion version = version(report, versionNumber);
    String rule = signingRule();
    if (version.getSubmittedAt() == null) {
      throw DomainException.byRule(rule, "report.sign.notSubmitted", rule);
    }
    return signatures.sign(versionSource.content(version.getId()), rule, opinion, password);
  }

  /** May the acting role sign this version now (pages show the button only then; {@link #sign} checks again)? */
  public boolean maySign(Report report, ReportVersion version) {
    Actor actor = access.actor();
    return version.getSubmittedAt() != null
        && roles(report).isApprover(actor, report)
        && access.permits(ReportAction.APPROVE, report.getOrganisation())
        && signatures.forSubject(ReportVersionSource.SUBJECT_TYPE, version.getId()).stream()
            .noneMatch(s -> actor.personId() != null && s.signerId() == actor.personId());
  }

  /** The signatures of one version of a report the actor may read. */
  public List<SignatureView> signatures(long reportId, int versionNumber) {
    Report report = get(reportId);
    return signatures.forSubject(ReportVersionSource.SUBJECT_TYPE, version(report, versionNumber).getId());
  }

  // ---- the reviewers ----

  /** Returns the submission with a comment; the author's next submission will be a new version. */
  @Transactional
  public Report returnToAuthor(long reportId, long expectedVersion, String comment) {
    Report report = submittedForReview(reportId, expectedVersion);
    String reason = comment(comment, true);
    record(report, ReportEventKind.RETURNED, reason);
    ReportVersion next = version(report, report.getCurrentVersion()).next();
    report.returned();
    em.persist(next);
    return touched(report);
  }

  @Transactional
  public Report accept(long reportId, long expectedVersion, String comment) {
    Report report = submittedForReview(reportId, expectedVersion);
    String note = comment(comment, false);
    report.accepted(clock.instant());
    record(report, ReportEventKind.ACCEPTED, note);
    return touched(report);
  }

  // ---- steps ----

  private Report submitted(Report report) {
    Instant now = clock.instant();
    Lateness lateness = Lateness.of(now, report.getDueDate());
    boolean first = report.getFirstSubmittedAt() == null;
    version(report, report.getCurrentVersion()).submitted(now, lateness);
    report.submitted(now, lateness);
    record(report, ReportEventKind.SUBMITTED, null);
    if (first) {
      obligations.recordEvidence(report.getObligationId(), EVIDENCE_TYPE, String.valueOf(report.getId()),
          type(report.getTypeCode()).title(), now);
    }
    return touched(report);
  }

  private Obligation eventInstance(ReportType type, Organisation unit, LocalDate eventDate) {
    if (eventDate == null) {
      throw DomainException.onField("eventDate", "report.eventDate.required");
    }
    if (eventDate.isAfter(LocalDate.now(clock.withZone(Deadlines.BEIJING)))) {
      throw DomainException.onField("eventDate", "report.eventDate.future");
    }
    return obligations.openForEvent(type.ruleId(), unit.getId(), eventDate);
  }

  private Obligation chosenInstance(ReportType type, Long obligationId) {
    if (obligationId == null) {
      throw DomainException.onField("obligation", "report.obligation.required");
    }
    Obligation instance = obligations.get(obligationId);
    boolean fits = reportableInstances(type.code()).stream().anyMatch(o -> o.getId().equals(instance.getId()));
    if (!fits) {
      throw DomainException.onField("obligation", "report.obligation.notReportable");
    }
    return instance;
  }

  private void requireComplete(ReportType type, ReportVersion version) {
    Map<String, String> text = version.getSections();
    for (ReportType.Section section : type.sections()) {
      if (section.required() && text.getOrDefault(section.key(), "").isBlank()) {
        throw new ReportRuleException(type.ruleId(), fieldOf(section.key()), "report.section.required",
            section.title());
      }
    }
    if (type.formalDocumentRequired() && !version.hasDocument()) {
      throw new ReportRuleException(type.ruleId(), FileStore.FIELD, "report.file.required");
    }
  }

  private Report editable(long reportId, long expectedVersion) {
    Report report = find(reportId);
    Actor actor = access.actor();
    access.require(ReportAction.DRAFT, report.getOrganisation());
    if (!actor.isSystem() && !roles(report).isAuthorSide(actor, report)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    ConcurrentChangeException.check(expectedVersion, report.getVersion());
    if (!report.getStatus().editable()) {
      throw new DomainException("report.notEditable");
    }
    return report;
  }

  private Report awaitingApproval(long reportId, long expectedVersion) {
    Report report = find(reportId);
    Actor actor = access.actor();
    access.require(ReportAction.APPROVE, report.getOrganisation());
    if (!actor.isSystem() && !roles(report).isApprover(actor, report)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    ConcurrentChangeException.check(expectedVersion, report.getVersion());
    if (report.getStatus() != ReportStatus.AWAITING_APPROVAL) {
      throw new DomainException("report.notAwaitingApproval");
    }
    return report;
  }

  private Report submittedForReview(long reportId, long expectedVersion) {
    Report report = find(reportId);
    Actor actor = access.actor();
    access.require(ReportAction.REVIEW, report.getOrganisation());
    if (!actor.isSystem() && !roles(report).isReviewer(actor)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    ConcurrentChangeException.check(expectedVersion, report.getVersion());
    if (report.getStatus() != ReportStatus.SUBMITTED) {
      throw new DomainException("report.notSubmitted");
    }
    return report;
  }

  /**
   * Whether the acting person may read the report — its author side, its approver and its reviewers, as
   * {@link #get} allows; its signatures and their packages are shown on the same terms (issue 13).
   */
  public boolean mayRead(long reportId) {
    Report report = em.find(Report.class, reportId);
    if (report == null) {
      return false;
    }
    try {
      requireViewer(report);
      return true;
    } catch (AccessDeniedException refused) {
      return false;
    }
  }

  private void requireViewer(Report report) {
    Actor actor = access.actor();
    if (actor.isSystem()) {
      return;
    }
    access.require(ReportAction.VIEW, report.getOrganisation());
    ReportRoles roles = roles(report);
    boolean reviewer = roles.isReviewer(actor) && access.permits(ReportAction.REVIEW, report.getOrganisation());
    if (!roles.isAuthorSide(actor, report) && !roles.isApprover(actor, report) && !reviewer) {
      throw new AccessDeniedException("error.accessDenied");
    }
  }

  private Actor requireDrafter(ReportType type) {
    Actor actor = access.requireSignedIn();
    if (!access.permitsSomewhere(ReportAction.DRAFT) || !roles(type).mayDraft(actor)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    return actor;
  }

  /** Marks the step on the report, which raises its version, and writes it now so the caller sees the new one. */
  private Report touched(Report report) {
    report.touch(clock.instant());
    em.flush();
    return report;
  }

  private void record(Report report, ReportEventKind kind, String comment) {
    em.persist(new ReportEvent(report, kind, access.actor(), comment, clock.instant()));
  }

  private static String comment(String comment, boolean required) {
    String text = comment == null ? "" : comment.strip();
    if (required && text.isEmpty()) {
      throw DomainException.onField("comment", "report.comment.required");
    }
    if (text.length() > COMMENT_MAX) {
      throw DomainException.onField("comment", "report.comment.tooLong", COMMENT_MAX);
    }
    return text.isEmpty() ? null : text;
  }

  private static String cleanFileName(String fileName) {
    return FileStore.cleanName(fileName, FileStore.FIELD);
  }

  /** The form field of a section: "section-YW-6.12" → a component id without dots. */
  public static String fieldOf(String sectionKey) {
    return "section_" + sectionKey.replaceAll("[^A-Za-z0-9]", "_");
  }

  private ReportRoles roles(Report report) {
    return roles(type(report.getTypeCode()));
  }

  private ReportRoles roles(ReportType type) {
    ObligationRule rule = rules.active().rule(type.ruleId()).orElseThrow();
    return new ReportRoles(type, rule, obligations.carriedBy(rule.owner()));
  }

  private static boolean ownedBy(Obligation o, Actor actor) {
    return o.getOwnerPosition() != null && o.getOwnerPosition().getPerson().getId().equals(actor.personId());
  }

  private ReportVersion version(Report report, int number) {
    return em.createQuery("SELECT v FROM ReportVersion v WHERE v.report = :r AND v.number = :n", ReportVersion.class)
        .setParameter("r", report)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("report.version", report.getId() + "/" + number));
  }

  private Report find(long id) {
    Report report = em.find(Report.class, id);
    if (report == null) {
      throw new NotFoundException("report", id);
    }
    return report;
  }
}
