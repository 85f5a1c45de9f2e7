package cn.zeren.lists;

import cn.zeren.calendar.CalendarService;
import cn.zeren.calendar.CalendarYearMissingException;
import cn.zeren.calendar.Deadlines;
import cn.zeren.calendar.Period;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationService;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.files.Download;
import cn.zeren.platform.files.FileStore;
import cn.zeren.rules.DueRule;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rectification (整改, YW-11.2, YW-6.12) of the items of a unit's rectification list: dated plan and progress
 * entries with evidence, the write-off (销账) asked for with evidence and decided by the discipline organisation
 * (or the commission), overdue items, the one-page trace of a problem, and the obligation instances that follow
 * upper-level feedback — plan within a month, written progress every three months until written off. Entries and
 * write-offs are rows of their own keyed by the item's key: they never change the signed list.
 */
@ApplicationScoped
public class RectificationService {
  static final String EVIDENCE_PLAN = "RECTIFICATION_PLAN";
  static final String EVIDENCE_PROGRESS = "RECTIFICATION_PROGRESS";
  static final String EVIDENCE_CLOSED = "RECTIFICATION_CLOSED";
  private static final int TEXT_MAX = 2_000;
  private static final int LIST_MAX = 2_000;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject ListStore store;
  @Inject RulePackRegistry rules;
  @Inject ObligationService obligations;
  @Inject CalendarService calendar;
  @Inject FileStore files;
  @Inject Clock clock;

  // ---- reading ----

  /** Every item of a rectification list version with its state, entries and write-offs. */
  public List<RectificationLine> lines(long listId, int number) {
    SignedList list = viewable(listId);
    if (list.getKind() != SignedListKind.RECTIFICATION) {
      return List.of();
    }
    return store.items(store.version(list, number)).stream().map(i -> line(list, i)).toList();
  }

  /** One problem with everything that answers it (一张清单到底). */
  public ProblemTrace trace(long problemListId, String problemKey) {
    SignedList problems = viewable(problemListId);
    if (problems.getKind() != SignedListKind.PROBLEM) {
      throw new NotFoundException("list.problem", problemListId + "/" + problemKey);
    }
    ListItem problem = store.item(store.current(problems), problemKey)
        .orElseThrow(() -> new NotFoundException("list.problem", problemListId + "/" + problemKey));
    List<RectificationLine> answers =
        store.find(problems.getOrganisation().getId(), SignedListKind.RECTIFICATION, problems.getYear())
            .map(r -> store.items(store.current(r)).stream()
                .filter(i -> problemKey.equals(i.getProblemKey()))
                .map(i -> line(r, i))
                .toList())
            .orElse(List.of());
    FeedbackTracking tracking = tracking(problems, problemKey).orElse(null);
    String source = rules.active().section(SignedLists.class).source(problem.getSourceCode()).map(ProblemSource::title)
        .orElse(problem.getSourceCode());
    return new ProblemTrace(problems, problem, source, answers, tracking,
        tracking == null || tracking.getPlanObligationId() == null
            ? null : obligations.get(tracking.getPlanObligationId()),
        tracking == null || tracking.getProgressObligationId() == null
            ? null : obligations.get(tracking.getProgressObligationId()));
  }

  /** Rectification items of the subtree past their deadline and not written off, longest overdue first. */
  public List<OverdueItem> overdue() {
    String scope = access.scopeFor(ListAction.VIEW);
    LocalDate today = today();
    List<ListItem> late =
        em.createQuery(
                "SELECT i FROM ListItem i JOIN FETCH i.listVersion v JOIN FETCH v.list l JOIN FETCH l.organisation o"
                    + " WHERE l.kind = :kind AND v.number = l.currentVersion AND i.deadline < :today"
                    + " AND o.path LIKE :scope ORDER BY i.deadline, o.path, i.itemKey",
                ListItem.class)
            .setParameter("kind", SignedListKind.RECTIFICATION)
            .setParameter("today", today)
            .setParameter("scope", scope + "%")
            .setMaxResults(LIST_MAX)
            .getResultList();
    List<OverdueItem> open = new ArrayList<>();
    for (ListItem item : late) {
      ItemState state = state(item.getListVersion().getList(), item.getItemKey());
      if (state != ItemState.CLOSED) {
        open.add(overdueItem(item, state, today));
      }
    }
    return open;
  }

  public ItemState state(SignedList list, String itemKey) {
    List<ItemClosing.Status> statuses =
        em.createQuery("SELECT c.status FROM ItemClosing c WHERE c.list = :l AND c.itemKey = :k",
                ItemClosing.Status.class)
            .setParameter("l", list)
            .setParameter("k", itemKey)
            .getResultList();
    if (statuses.contains(ItemClosing.Status.APPROVED)) {
      return ItemState.CLOSED;
    }
    return statuses.contains(ItemClosing.Status.REQUESTED) ? ItemState.CLOSING_REQUESTED : ItemState.OPEN;
  }

  public boolean mayUpdate(SignedList list) {
    Actor actor = access.actor();
    return access.permits(RectificationAction.UPDATE, list.getOrganisation())
        && (actor.isSystem() || rule().editorRoles().contains(actor.role()));
  }

  public boolean mayApprove(SignedList list) {
    Actor actor = access.actor();
    return access.permits(RectificationAction.APPROVE, list.getOrganisation())
        && (actor.isSystem() || rule().approverRoles().contains(actor.role()));
  }

  /** The evidence file of an entry, for an authorised download. */
  public Download entryFile(long entryId) {
    RectificationEntry entry = em.find(RectificationEntry.class, entryId);
    if (entry == null || !entry.hasFile()) {
      throw new NotFoundException("list.evidence", entryId);
    }
    viewable(entry.getList().getId());
    return new Download(files.path(entry.getFileSha256()), entry.getFileName(), entry.getFileType(),
        entry.getFileSize());
  }

  /** The evidence file of a write-off request, for an authorised download. */
  public Download closingFile(long closingId) {
    ItemClosing closing = closing(closingId);
    viewable(closing.getList().getId());
    return new Download(files.path(closing.getFileSha256()), closing.getFileName(), closing.getFileType(),
        closing.getFileSize());
  }

  // ---- writing ----

  /**
   * Records a dated plan or progress entry of an item not yet written off, with an optional evidence file. For a
   * problem from upper-level feedback it is the evidence of the YW-6.12 instance it answers: the plan's, or the
   * progress report now due — which opens the next one, three months later.
   */
  @Transactional
  public RectificationEntry addEntry(long listId, String itemKey, RectificationEntry.Kind kind, LocalDate entryDate,
      String text, String fileName, InputStream file) {
    SignedList list = updatable(listId);
    ListItem item = currentItem(list, itemKey);
    requireNotClosed(list, itemKey);
    if (kind == null) {
      throw DomainException.onField("kind", "list.entry.kind");
    }
    if (entryDate == null) {
      throw DomainException.onField("entryDate", "list.item.required");
    }
    if (entryDate.isAfter(today())) {
      throw DomainException.onField("entryDate", "list.entry.future");
    }
    String body = text(text, "text");
    FileStore.StoredFile stored = file == null ? null : files.store(fileName(fileName), file);
    Actor actor = access.actor();
    RectificationEntry entry =
        new RectificationEntry(list, itemKey, kind, entryDate, body, stored == null ? null : fileName(fileName),
            stored, actor, clock.instant());
    em.persist(entry);
    em.flush();
    trackingOf(list, item).ifPresent(t -> evidence(t, entry));
    return entry;
  }

  /** Asks for the write-off of an item: a note and the evidence file are both required (YW-11.2). */
  @Transactional
  public ItemClosing requestClosing(long listId, String itemKey, String note, String fileName, InputStream file) {
    SignedList list = updatable(listId);
    currentItem(list, itemKey);
    ItemState state = state(list, itemKey);
    if (state != ItemState.OPEN) {
      throw DomainException.byRule(rule().ruleId(), state == ItemState.CLOSED ? "list.closing.closed"
          : "list.closing.pending");
    }
    String text = text(note, "note");
    if (file == null) {
      String rule = rule().ruleId();
      throw new ListRuleException(rule, FileStore.FIELD, "list.closing.evidenceRequired", rule);
    }
    String name = fileName(fileName);
    ItemClosing closing =
        new ItemClosing(list, itemKey, text, name, files.store(name, file), access.actor(), clock.instant());
    em.persist(closing);
    em.flush();
    return closing;
  }

  /**
   * Approves or rejects a write-off request (the discipline organisation, or the commission; never the person who
   * asked). An approval that closes the last open item of an upper-level feedback problem ends its YW-6.12
   * progress reports: the write-off is the last written report.
   */
  @Transactional
  public ItemClosing decideClosing(long closingId, long expectedVersion, boolean approve, String comment) {
    ItemClosing closing = closing(closingId);
    SignedList list = closing.getList();
    access.require(RectificationAction.APPROVE, list.getOrganisation());
    Actor actor = access.actor();
    if (!actor.isSystem() && !rule().approverRoles().contains(actor.role())) {
      throw new AccessDeniedException("error.accessDenied");
    }
    ConcurrentChangeException.check(expectedVersion, closing.getVersion());
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    if (!approve && note == null) {
      throw DomainException.onField("comment", "list.closing.reasonRequired");
    }
    if (note != null && note.length() > TEXT_MAX) {
      throw DomainException.onField("comment", "list.item.tooLong", TEXT_MAX);
    }
    closing.decide(approve, note, actor, clock.instant(), rule().ruleId());
    em.flush();
    if (approve) {
      ListItem item = currentItem(list, closing.getItemKey());
      trackingOf(list, item).ifPresent(t -> closeIfRectified(t, list, item.getProblemKey(), closing));
    }
    return closing;
  }

  /**
   * YW-6.12 for a signed problem list: every problem from feedback of the upper level not yet followed opens, from
   * the feedback's date, the instance of its rectification plan and that of its first written progress report.
   * Observed in the signing transaction.
   */
  void openFollowUps(@Observes ProblemListSigned signed) {
    SignedList problemList = signed.list();
    for (ListItem problem : signed.problems()) {
      Optional<ProblemSource> source = rules.active().section(SignedLists.class).source(problem.getSourceCode());
      if (source.isEmpty() || !source.get().followedUp() || tracking(problemList, problem.getItemKey()).isPresent()) {
        continue;
      }
      FeedbackTracking tracking = new FeedbackTracking(problemList, problem.getItemKey(),
          source.get().followUpRuleId(), problem.getFoundOn());
      em.persist(tracking);
      openDue(tracking);
    }
    em.flush();
  }

  /**
   * Opens the YW-6.12 instances that could not be opened so far because their due date fell in a year whose holiday
   * calendar was not loaded yet (a feedback in November: its progress report is due next year). Run every night by
   * {@link FollowUpJob}, as the system.
   */
  @Transactional
  public int openPendingFollowUps() {
    List<FeedbackTracking> pending =
        em.createQuery(
                "SELECT t FROM FeedbackTracking t WHERE t.finished = FALSE AND (t.planObligationId IS NULL"
                    + " OR t.progressObligationId IS NULL)", FeedbackTracking.class)
            .getResultList();
    int opened = 0;
    for (FeedbackTracking tracking : pending) {
      opened += openDue(tracking);
    }
    return opened;
  }

  // ---- YW-6.12 ----

  /** Opens the plan and the current round's instance where missing and computable; returns how many it opened. */
  private int openDue(FeedbackTracking tracking) {
    if (tracking.isFinished()) {
      return 0;
    }
    DueRule.AfterEvent after = (DueRule.AfterEvent) rules.active().rule(tracking.getRuleId()).orElseThrow().due();
    long unit = tracking.getProblemList().getOrganisation().getId();
    int opened = 0;
    if (tracking.getPlanObligationId() == null && computable(tracking.getFeedbackDate(), after.period())) {
      tracking.planOpened(obligations.openForEvent(tracking.getRuleId(), unit, tracking.getFeedbackDate()).getId());
      opened++;
    }
    Period round = new Period(after.repeatEvery().amount() * tracking.getProgressRound(), after.repeatEvery().unit());
    if (tracking.getProgressObligationId() == null && computable(tracking.getFeedbackDate(), round)) {
      tracking.progressOpened(obligations.openRepetition(tracking.getRuleId(), unit, tracking.getFeedbackDate(),
          tracking.getProgressRound()).getId());
      opened++;
    }
    return opened;
  }

  /** Whether the holiday calendar of the due date's year is loaded (checked here, outside any transaction boundary). */
  private boolean computable(LocalDate from, Period period) {
    try {
      Deadlines.due(calendar.calendar(), from, period);
      return true;
    } catch (CalendarYearMissingException e) {
      return false;
    }
  }

  private void evidence(FeedbackTracking tracking, RectificationEntry entry) {
    openDue(tracking);
    String ref = String.valueOf(entry.getId());
    if (entry.getKind() == RectificationEntry.Kind.PLAN) {
      if (tracking.getPlanObligationId() != null && obligations.get(tracking.getPlanObligationId()).isOpen()) {
        obligations.recordEvidence(tracking.getPlanObligationId(), EVIDENCE_PLAN, ref, excerpt(entry.getText()),
            entry.getRecordedAt());
      }
      return;
    }
    if (tracking.getProgressObligationId() == null || !entry.getEntryDate().isAfter(periodStart(tracking))) {
      return;
    }
    obligations.recordEvidence(tracking.getProgressObligationId(), EVIDENCE_PROGRESS, ref, excerpt(entry.getText()),
        entry.getRecordedAt());
    tracking.roundDone();
    openDue(tracking);
  }

  /** A progress report counts for the round whose three months it falls in, not for an earlier one. */
  private LocalDate periodStart(FeedbackTracking tracking) {
    DueRule.AfterEvent after = (DueRule.AfterEvent) rules.active().rule(tracking.getRuleId()).orElseThrow().due();
    long previousRound = tracking.getProgressRound() - 1L;
    return switch (after.repeatEvery().unit()) {
      case MONTHS -> tracking.getFeedbackDate().plusMonths(previousRound * after.repeatEvery().amount());
      case DAYS, WORKING_DAYS -> tracking.getFeedbackDate().plusDays(previousRound * after.repeatEvery().amount());
    };
  }

  private void closeIfRectified(FeedbackTracking tracking, SignedList list, String problemKey, ItemClosing closing) {
    boolean allClosed = store.items(store.current(list)).stream()
        .filter(i -> problemKey.equals(i.getProblemKey()))
        .allMatch(i -> state(list, i.getItemKey()) == ItemState.CLOSED);
    if (!allClosed) {
      return;
    }
    if (tracking.getProgressObligationId() != null) {
      obligations.recordEvidence(tracking.getProgressObligationId(), EVIDENCE_CLOSED,
          String.valueOf(closing.getId()), excerpt(closing.getNote()), closing.getDecidedAt());
    }
    tracking.finish();
  }

  private Optional<FeedbackTracking> trackingOf(SignedList rectificationList, ListItem item) {
    return store.find(rectificationList.getOrganisation().getId(), SignedListKind.PROBLEM, rectificationList.getYear())
        .flatMap(problems -> tracking(problems, item.getProblemKey()));
  }

  private Optional<FeedbackTracking> tracking(SignedList problemList, String problemKey) {
    return em.createQuery(
            "SELECT t FROM FeedbackTracking t WHERE t.problemList = :l AND t.problemKey = :k", FeedbackTracking.class)
        .setParameter("l", problemList)
        .setParameter("k", problemKey)
        .getResultStream()
        .findFirst();
  }

  // ---- checks ----

  private RectificationLine line(SignedList list, ListItem item) {
    ItemState state = state(list, item.getItemKey());
    List<RectificationEntry> entries =
        em.createQuery("SELECT e FROM RectificationEntry e WHERE e.list = :l AND e.itemKey = :k"
                + " ORDER BY e.entryDate, e.id", RectificationEntry.class)
            .setParameter("l", list)
            .setParameter("k", item.getItemKey())
            .getResultList();
    List<ItemClosing> closings =
        em.createQuery("SELECT c FROM ItemClosing c WHERE c.list = :l AND c.itemKey = :k ORDER BY c.requestedAt",
                ItemClosing.class)
            .setParameter("l", list)
            .setParameter("k", item.getItemKey())
            .getResultList();
    return new RectificationLine(list, item, state,
        ListRules.overdue(item.getDeadline(), state == ItemState.CLOSED, today()), entries, closings);
  }

  private OverdueItem overdueItem(ListItem item, ItemState state, LocalDate today) {
    SignedList list = item.getListVersion().getList();
    return new OverdueItem(list.getId(), list.getOrganisation().getId(), list.getOrganisationName(), list.getYear(),
        item.getItemKey(), item.getProblemKey(), item.getMeasure(), item.getOwnerName(), item.getDeadline(),
        ChronoUnit.DAYS.between(item.getDeadline(), today), state);
  }

  private SignedList viewable(long listId) {
    SignedList list = store.list(listId);
    access.require(ListAction.VIEW, list.getOrganisation());
    return list;
  }

  private SignedList updatable(long listId) {
    SignedList list = store.list(listId);
    access.require(RectificationAction.UPDATE, list.getOrganisation());
    if (list.getKind() != SignedListKind.RECTIFICATION) {
      throw new DomainException("list.entry.notRectification");
    }
    Actor actor = access.actor();
    if (!actor.isSystem() && !rule().editorRoles().contains(actor.role())) {
      throw new AccessDeniedException("error.accessDenied");
    }
    return list;
  }

  private ListItem currentItem(SignedList list, String itemKey) {
    return store.item(store.current(list), itemKey == null ? "" : itemKey)
        .orElseThrow(() -> new NotFoundException("list.item", list.getId() + "/" + itemKey));
  }

  private void requireNotClosed(SignedList list, String itemKey) {
    if (state(list, itemKey) == ItemState.CLOSED) {
      throw DomainException.byRule(rule().ruleId(), "list.closing.closed");
    }
  }

  private ItemClosing closing(long id) {
    ItemClosing closing = em.find(ItemClosing.class, id);
    if (closing == null) {
      throw new NotFoundException("list.closing", id);
    }
    return closing;
  }

  /** The article a write-off (销账) enforces: the rectification list's own, as the pack names it. */
  public String closingRule() {
    return rule().ruleId();
  }

  private SignedListRule rule() {
    return rules.active().section(SignedLists.class).rule(SignedListKind.RECTIFICATION)
        .orElseThrow(() -> new NotFoundException("list.kind", SignedListKind.RECTIFICATION));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Deadlines.BEIJING));
  }

  private static String text(String value, String field) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw DomainException.onField(field, "list.item.required");
    }
    if (text.length() > TEXT_MAX) {
      throw DomainException.onField(field, "list.item.tooLong", TEXT_MAX);
    }
    return text;
  }

  private static String excerpt(String text) {
    return text.length() <= 100 ? text : text.substring(0, 99) + "…";
  }

  /** The last part of an uploaded name (some browsers send a whole path), checked for length and control chars. */
  private static String fileName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
      throw DomainException.onField(FileStore.FIELD, "report.file.name");
    }
    return name;
  }
}
