package cn.zeren.interview;

import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.PersonAction;
import cn.zeren.notification.Notices;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.Years;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.Role;
import cn.zeren.security.RoleHolder;
import cn.zeren.security.RoleHolders;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.SignatureView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Interviews (约谈提醒, YW-12): scheduling with reminders to both sides, the minutes, the interviewee's explanation
 * (情况说明) and the interviewing leader's signature on it (签字背书) that returns it as the reply; the figures per unit
 * and year whose thresholds suggest an interview; and the coverage of the yearly interview of each lower-level head.
 * Types, roles and thresholds come from the rule pack.
 */
@ApplicationScoped
@Transactional
public class InterviewService {
  static final String TOPIC = "INTERVIEW";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject RulePackRegistry rules;
  @Inject RoleHolders roleHolders;
  @Inject SignatureService signatures;
  @Inject ExplanationSource explanationSource;
  @Inject Notices notices;
  @Inject Clock clock;
  @Inject @Any Instance<UnitSignals> problemSources;

  /** The person acting now, or -1 (the system). */
  public long currentPersonId() {
    Long id = access.actor().personId();
    return id == null ? -1 : id;
  }

  // ---- types ----

  public List<InterviewType> types() {
    return rules.active().section(InterviewCatalogue.class).types();
  }

  /** The thresholds of the pack that suggest an interview (YW-12.2 in Yiwu's). */
  public List<InterviewTrigger> triggers() {
    return catalogue().triggers();
  }

  /** The types the acting role may schedule. */
  public List<InterviewType> schedulableTypes() {
    Role role = access.actor().role();
    return types().stream().filter(t -> InterviewRules.maySchedule(t, role)).toList();
  }

  /** The article on the interviewee's explanation and its signed reply (签字背书), as the pack names it. */
  public String explanationRule() {
    return catalogue().explanationRuleId();
  }

  private InterviewCatalogue catalogue() {
    return rules.active().section(InterviewCatalogue.class);
  }

  public InterviewType type(String code) {
    return rules.active().section(InterviewCatalogue.class).type(code)
        .orElseThrow(() -> new NotFoundException("interview.type", code));
  }

  // ---- reading ----

  /** The interviews the actor oversees (the commission's subtree) or takes part in, latest first. */
  public List<Interview> list() {
    Actor actor = access.requireSignedIn();
    String scope = access.permitsSomewhere(InterviewAction.OVERSEE) ? access.scopeFor(InterviewAction.OVERSEE) : null;
    return em.createQuery(
            "SELECT i FROM Interview i JOIN FETCH i.organisation o JOIN FETCH i.interviewer JOIN FETCH i.interviewee"
                + " WHERE (:scope IS NOT NULL AND o.path LIKE :like) OR i.interviewer.id = :p OR i.interviewee.id = :p"
                + " OR i.scheduledByPersonId = :p ORDER BY i.scheduledAt DESC, i.id DESC",
            Interview.class)
        .setParameter("scope", scope)
        .setParameter("like", (scope == null ? "-" : scope) + "%")
        .setParameter("p", actor.personId() == null ? -1L : actor.personId())
        .getResultList();
  }

  public Interview get(long id) {
    Interview interview = find(id);
    if (!mayView(interview)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    return interview;
  }

  public Optional<Explanation> explanation(long interviewId) {
    return explanationOf(get(interviewId));
  }

  public List<SignatureView> signatures(long interviewId) {
    return explanation(interviewId)
        .map(e -> signatures.forSubject(ExplanationSource.SUBJECT_TYPE, e.getId()))
        .orElse(List.of());
  }

  /** What the actor may do with an interview now (pages show the buttons only then; each write checks again). */
  public InterviewActions actionsOn(Interview interview) {
    Actor actor = access.actor();
    Long me = actor.personId();
    boolean open = interview.getStatus() == InterviewStatus.SCHEDULED;
    boolean held = interview.getStatus() == InterviewStatus.HELD;
    boolean leader = me != null && me.equals(interview.getInterviewer().getId())
        && access.permits(InterviewAction.CONDUCT, interview.getOrganisation());
    boolean interviewee = me != null && me.equals(interview.getInterviewee().getId())
        && access.permits(InterviewAction.EXPLAIN, interview.getOrganisation());
    boolean explained = explanationOf(interview).isPresent();
    return new InterviewActions(
        open && (leader || isScheduler(interview, actor)),
        open && isScheduler(interview, actor),
        held && interviewee,
        held && leader && explained);
  }

  // ---- scheduling ----

  /** The active units in which the actor may schedule interviews (their subtree), in tree order. */
  public List<Organisation> schedulableUnits() {
    String scope = access.scopeFor(InterviewAction.SCHEDULE);
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.path LIKE :scope AND o.active = TRUE ORDER BY o.path",
            Organisation.class)
        .setParameter("scope", scope + "%")
        .getResultList();
  }

  /** Who may lead an interview of the type at the unit: its conducting roles there (and above, unless forwarded). */
  public List<RoleHolder> interviewerChoices(String typeCode, long unitId) {
    InterviewType type = type(typeCode);
    List<RoleHolder> choices = new ArrayList<>();
    for (Organisation o = organisation(unitId); o != null; o = type.forwarded() ? null : o.getParent()) {
      if (access.permits(PersonAction.VIEW, o)) {
        roleHolders.at(o.getId(), Set.copyOf(type.conductedBy())).stream()
            .filter(h -> choices.stream().noneMatch(c -> c.personId() == h.personId()))
            .forEach(choices::add);
      }
    }
    return choices;
  }

  /** Who may be interviewed: the heads named by the type, or every active person of the unit. */
  public List<RoleHolder> intervieweeChoices(String typeCode, long unitId) {
    InterviewType type = type(typeCode);
    Organisation unit = organisation(unitId);
    if (!type.intervieweeRoles().isEmpty()) {
      return roleHolders.at(unit.getId(), Set.copyOf(type.intervieweeRoles()));
    }
    access.require(PersonAction.VIEW, unit);
    return em.createQuery(
            "SELECT p FROM Person p WHERE p.organisation.id = :o AND p.active = TRUE ORDER BY p.name", Person.class)
        .setParameter("o", unitId)
        .getResultStream()
        .map(p -> new RoleHolder(p.getId(), p.getName(), null, false))
        .toList();
  }

  /**
   * Schedules an interview and tells both sides at once (inbox, and e-mail when they want it). A time that has come
   * is a talk already held, recorded with its minutes (谈话记录) in the same step: the interviewee is asked for the
   * explanation. A time to come refuses minutes, as {@link #recordMinutes} does; a past time without them is refused
   * rather than announced to both sides as an interview to attend.
   */
  public Interview schedule(@Valid ScheduleForm form) {
    Actor actor = access.actor();
    InterviewType type = rules.active().section(InterviewCatalogue.class).type(form.typeCode())
        .orElseThrow(() -> DomainException.onField("typeCode", "interview.type.required"));
    Organisation unit = organisation(form.organisationId());
    access.require(InterviewAction.SCHEDULE, unit);
    if (!actor.isSystem() && !InterviewRules.maySchedule(type, actor.role())) {
      throw new InterviewRuleException(type.ruleId(), "typeCode", "interview.type.notYours");
    }
    Person interviewee = person(form.intervieweeId(), "intervieweeId");
    if (!InterviewRules.mayBeInterviewed(type, rolesAt(interviewee, unit), memberOf(interviewee, unit))) {
      throw type.intervieweeRoles().isEmpty()
          ? new InterviewRuleException(type.ruleId(), "intervieweeId", "interview.interviewee.notOfUnit")
          : new InterviewRuleException(type.ruleId(), "intervieweeId", "interview.interviewee.notHead", type.ruleId());
    }
    Person interviewer = interviewer(type, unit, form.interviewerId());
    Suggestion suggestion = form.suggestionId() == null ? null : openSuggestion(form.suggestionId(), unit);
    Years.require("scheduledAt", form.scheduledAt().getYear());
    Instant at = beijing(form);
    Instant now = clock.instant();
    String minutes = form.minutes() == null ? "" : form.minutes().strip();
    boolean held = isHeld(type, at, now, minutes);
    Interview interview = new Interview(unit, type.code(), type.ruleId(), interviewee, actor.personId(),
        actor.orgId(), suggestion == null ? null : suggestion.getId());
    interview.plan(interviewer, at, form.place().strip(), form.topic().strip());
    if (held) {
      interview.recordMinutes(minutes, now.truncatedTo(ChronoUnit.SECONDS));
    }
    em.persist(interview);
    ActorContext.runAs(actor, em::flush);
    if (suggestion != null) {
      suggestion.scheduled(interview.getId());
    }
    if (held) {
      notify(interview.getInterviewee(), interview, "interview.notice.explain");
    } else {
      tellBothSides(interview, "interview.notice.scheduled");
    }
    return interview;
  }

  /** Cancels a scheduled interview (its scheduler); both sides are told. */
  public Interview cancel(long id, long expectedVersion) {
    Interview interview = find(id);
    if (!isScheduler(interview, access.actor())) {
      throw new AccessDeniedException("error.accessDenied");
    }
    ConcurrentChangeException.check(expectedVersion, interview.getVersion());
    requireStatus(interview, InterviewStatus.SCHEDULED, "interview.notScheduled");
    interview.cancel();
    tellBothSides(interview, "interview.notice.cancelled");
    return interview;
  }

  /** The record of the talk (谈话记录), by the interviewing leader or the scheduler, once its time has come. */
  public Interview recordMinutes(long id, long expectedVersion, String minutes) {
    Interview interview = find(id);
    Actor actor = access.actor();
    boolean leader = isInterviewer(interview, actor)
        && access.permits(InterviewAction.CONDUCT, interview.getOrganisation());
    if (!leader && !isScheduler(interview, actor)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    ConcurrentChangeException.check(expectedVersion, interview.getVersion());
    requireStatus(interview, InterviewStatus.SCHEDULED, "interview.notScheduled");
    String text = minutes == null ? "" : minutes.strip();
    if (text.isEmpty()) {
      throw DomainException.onField("minutes", "interview.minutes.required");
    }
    if (text.length() > Interview.MINUTES_LENGTH) {
      throw DomainException.onField("minutes", "interview.minutes.size", Interview.MINUTES_LENGTH);
    }
    Instant now = clock.instant();
    if (now.isBefore(interview.getScheduledAt())) {
      throw new InterviewRuleException(interview.getRuleId(), "minutes", "interview.minutes.notYet");
    }
    interview.recordMinutes(text, now.truncatedTo(ChronoUnit.SECONDS));
    notify(interview.getInterviewee(), interview, "interview.notice.explain");
    return interview;
  }

  // ---- explanation and reply (YW-12.1) ----

  /**
   * The interviewee writes or corrects their explanation after the talk, until it is signed. {@code expectedVersion}
   * is the version of the explanation they edited, or null when they wrote a first one.
   */
  public Explanation explain(long id, Long expectedVersion, String text) {
    Interview interview = find(id);
    Actor actor = access.actor();
    if (!isInterviewee(interview, actor)) {
      throw new AccessDeniedException("interview.explain.notInterviewee");
    }
    access.require(InterviewAction.EXPLAIN, interview.getOrganisation());
    if (interview.getStatus() == InterviewStatus.REPLIED) {
      throw new InterviewRuleException(interview.getRuleId(), "explanation", "interview.explain.signed");
    }
    requireStatus(interview, InterviewStatus.HELD, "interview.explain.notYet");
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw DomainException.onField("explanation", "interview.explain.required");
    }
    if (body.length() > Explanation.TEXT_LENGTH) {
      throw DomainException.onField("explanation", "interview.explain.size", Explanation.TEXT_LENGTH);
    }
    Optional<Explanation> existing = explanationOf(interview);
    Explanation explanation;
    if (existing.isPresent()) {
      explanation = existing.get();
      if (signatures.isSigned(ExplanationSource.SUBJECT_TYPE, explanation.getId())) {
        throw new InterviewRuleException(interview.getRuleId(), "explanation", "interview.explain.signed");
      }
      ConcurrentChangeException.check(expectedVersion == null ? -1 : expectedVersion, explanation.getVersion());
    } else {
      if (expectedVersion != null) {
        throw new ConcurrentChangeException();
      }
      explanation = new Explanation(interview);
      em.persist(explanation);
    }
    explanation.write(body, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    ActorContext.runAs(actor, em::flush);
    notify(interview.getInterviewer(), interview, "interview.notice.explained");
    return explanation;
  }

  /**
   * The interviewing leader signs the explanation (签字背书) with an opinion after re-entering the password; it is
   * then fixed and returned as the reply to the interviewee and, for a forwarded report, to the commission.
   */
  public SignatureView sign(long id, String opinion, char[] password) {
    Interview interview = find(id);
    Actor actor = access.actor();
    if (!isInterviewer(interview, actor)) {
      throw new AccessDeniedException("interview.sign.notInterviewer");
    }
    access.require(InterviewAction.CONDUCT, interview.getOrganisation());
    if (interview.getStatus() == InterviewStatus.REPLIED) {
      throw DomainException.byRule(interview.getRuleId(), "interview.sign.already");
    }
    requireStatus(interview, InterviewStatus.HELD, "interview.explain.notYet");
    Explanation explanation = explanationOf(interview)
        .orElseThrow(() -> DomainException.byRule(interview.getRuleId(), "interview.sign.noExplanation"));
    SignatureView signed =
        signatures.sign(explanationSource.content(explanation.getId()), explanationRule(), opinion, password);
    interview.replied(Instant.now());
    notify(interview.getInterviewee(), interview, "interview.notice.replied");
    if (type(interview.getTypeCode()).forwarded() && interview.getScheduledByPersonId() != null) {
      recipient(interview.getScheduledByPersonId())
          .ifPresent(r -> send(r, interview, "interview.notice.replied"));
    }
    return signed;
  }

  // ---- reminders the day before ----

  /**
   * Reminds both sides of each interview held on the Beijing day after {@code now}, once; one scheduled on that day
   * before had its notice already. Runs as the system (the hourly job, tests with their own clock).
   */
  public int remindDayBefore(Instant now) {
    LocalDate tomorrow = LocalDate.ofInstant(now, Deadlines.BEIJING).plusDays(1);
    Instant from = tomorrow.atStartOfDay(Deadlines.BEIJING).toInstant();
    Instant to = tomorrow.plusDays(1).atStartOfDay(Deadlines.BEIJING).toInstant();
    List<Interview> due = em.createQuery(
            "SELECT i FROM Interview i WHERE i.status = :s AND i.dayBeforeSent = FALSE"
                + " AND i.scheduledAt >= :from AND i.scheduledAt < :to",
            Interview.class)
        .setParameter("s", InterviewStatus.SCHEDULED)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
    int sent = 0;
    for (Interview interview : due) {
      if (interview.getCreatedAt().isBefore(tomorrow.minusDays(1).atStartOfDay(Deadlines.BEIJING).toInstant())) {
        tellBothSides(interview, "interview.notice.tomorrow");
        sent++;
      }
      interview.dayBeforeSent();
    }
    return sent;
  }

  // ---- figures and suggested interviews (YW-12.2) ----

  public Optional<UnitFigures> figures(long organisationId, int year) {
    access.require(InterviewAction.OVERSEE, organisation(organisationId));
    return figuresOf(organisationId, year);
  }

  /**
   * Records a unit's figures for a year and puts a suggested interview in the queue for every threshold they
   * cross. {@code expectedVersion} is null for a first record. The figures' own constraints (a year of the portal,
   * counts not negative, a percentage with two decimals) are checked when they are written.
   */
  public UnitFigures recordFigures(long organisationId, int year, Long expectedVersion, int otherProblems,
      int petitions, int cases, BigDecimal satisfaction) {
    Organisation unit = organisation(organisationId);
    access.require(InterviewAction.OVERSEE, unit);
    Optional<UnitFigures> existing = figuresOf(organisationId, year);
    if (existing.isPresent()) {
      ConcurrentChangeException.check(expectedVersion == null ? -1 : expectedVersion, existing.get().getVersion());
    } else if (expectedVersion != null) {
      throw new ConcurrentChangeException();
    }
    UnitFigures figures = existing.orElseGet(() -> new UnitFigures(unit, year));
    figures.set(otherProblems, petitions, cases, satisfaction);
    if (existing.isEmpty()) {
      em.persist(figures); // once set: persisting validates them, as flushing an update does
    }
    ActorContext.runAs(access.actor(), em::flush);
    evaluate(unit, year);
    return figures;
  }

  /** Evaluates the thresholds for every unit of the subtree with recorded figures or problems (e.g. after the lists changed). */
  public int evaluateAll(int year) {
    String scope = access.scopeFor(InterviewAction.OVERSEE);
    List<Organisation> units = em.createQuery(
            "SELECT o FROM Organisation o WHERE o.path LIKE :scope AND o.active = TRUE AND o.parent IS NOT NULL",
            Organisation.class)
        .setParameter("scope", scope + "%")
        .getResultList();
    return units.stream().mapToInt(u -> evaluate(u, year)).sum();
  }

  /** A unit's figures for the year as the thresholds see them: problems of every source, petitions, cases, %. */
  public Map<InterviewTrigger.Signal, BigDecimal> signals(long organisationId, int year) {
    Map<InterviewTrigger.Signal, BigDecimal> signals = new EnumMap<>(InterviewTrigger.Signal.class);
    long problems = problemSources.stream().mapToLong(s -> s.openProblems(organisationId, year)).sum();
    signals.put(InterviewTrigger.Signal.PROBLEMS, BigDecimal.valueOf(problems));
    figuresOf(organisationId, year).ifPresent(f -> {
      signals.put(InterviewTrigger.Signal.PETITIONS, BigDecimal.valueOf(f.getPetitions()));
      signals.put(InterviewTrigger.Signal.CASES, BigDecimal.valueOf(f.getCases()));
      if (f.getSatisfaction() != null) {
        signals.put(InterviewTrigger.Signal.SATISFACTION, f.getSatisfaction());
      }
    });
    return signals;
  }

  /** The open suggested interviews of the subtree for the year. */
  public List<Suggestion> suggestions(int year) {
    String scope = access.scopeFor(InterviewAction.OVERSEE);
    return em.createQuery(
            "SELECT s FROM Suggestion s JOIN FETCH s.organisation o WHERE o.path LIKE :scope AND s.year = :y"
                + " AND s.status = :st ORDER BY o.path, s.triggerCode",
            Suggestion.class)
        .setParameter("scope", scope + "%")
        .setParameter("y", year)
        .setParameter("st", Suggestion.Status.OPEN)
        .getResultList();
  }

  public Suggestion suggestion(long id) {
    Suggestion suggestion = em.find(Suggestion.class, id);
    if (suggestion == null) {
      throw new NotFoundException("interview.suggestion", id);
    }
    access.require(InterviewAction.OVERSEE, suggestion.getOrganisation());
    return suggestion;
  }

  public Suggestion dismiss(long id, long expectedVersion) {
    Suggestion suggestion = suggestion(id);
    ConcurrentChangeException.check(expectedVersion, suggestion.getVersion());
    if (suggestion.getStatus() != Suggestion.Status.OPEN) {
      throw DomainException.byRule(suggestion.getRuleId(), "interview.suggestion.notOpen");
    }
    suggestion.dismiss();
    return suggestion;
  }

  public InterviewTrigger trigger(String code) {
    return rules.active().section(InterviewCatalogue.class).trigger(code)
        .orElseThrow(() -> new NotFoundException("interview.trigger", code));
  }

  // ---- coverage of the yearly interview (YW-12.2) ----

  /**
   * The committee heads and commission heads of the units directly below the actor's organisation, with whether a
   * yearly-coverage interview of them took place (minutes recorded) or is scheduled in the Beijing year.
   */
  public List<CoverageRow> coverage(int year) {
    Actor actor = access.actor();
    access.scopeFor(InterviewAction.OVERSEE);
    List<Organisation> lower = em.createQuery(
            "SELECT o FROM Organisation o WHERE o.parent.id = :org AND o.active = TRUE ORDER BY o.sortOrder, o.name",
            Organisation.class)
        .setParameter("org", actor.orgId())
        .getResultList();
    List<String> yearly = types().stream().filter(InterviewType::yearlyCoverage).map(InterviewType::code).toList();
    Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Deadlines.BEIJING).toInstant();
    Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(Deadlines.BEIJING).toInstant();
    List<CoverageRow> rows = new ArrayList<>();
    for (Organisation unit : lower) {
      for (Role role : catalogue().heads()) {
        for (RoleHolder head : roleHolders.at(unit.getId(), Set.of(role))) {
          List<Interview> talks = yearly.isEmpty() ? List.of() : em.createQuery(
                  "SELECT i FROM Interview i WHERE i.interviewee.id = :p AND i.typeCode IN :types"
                      + " AND i.status <> :cancelled AND i.scheduledAt >= :from AND i.scheduledAt < :to"
                      + " ORDER BY i.scheduledAt",
                  Interview.class)
              .setParameter("p", head.personId())
              .setParameter("types", yearly)
              .setParameter("cancelled", InterviewStatus.CANCELLED)
              .setParameter("from", from)
              .setParameter("to", to)
              .getResultList();
          Interview held = talks.stream().filter(i -> i.getStatus() != InterviewStatus.SCHEDULED).findFirst().orElse(null);
          Interview planned = talks.stream().filter(i -> i.getStatus() == InterviewStatus.SCHEDULED).findFirst().orElse(null);
          rows.add(new CoverageRow(unit.getId(), unit.getName(), head.personId(), head.name(), role,
              held == null ? null : held.getId(), held == null ? null : held.getScheduledAt(),
              planned == null ? null : planned.getId(), planned == null ? null : planned.getScheduledAt()));
        }
      }
    }
    return rows;
  }

  // ---- helpers ----

  private int evaluate(Organisation unit, int year) {
    int created = 0;
    List<InterviewTrigger> triggers = rules.active().section(InterviewCatalogue.class).triggers();
    for (InterviewRules.Firing firing : InterviewRules.firings(triggers, signals(unit.getId(), year))) {
      InterviewTrigger trigger = firing.trigger();
      Suggestion suggestion = em.createQuery(
              "SELECT s FROM Suggestion s WHERE s.organisation.id = :o AND s.year = :y AND s.triggerCode = :t",
              Suggestion.class)
          .setParameter("o", unit.getId())
          .setParameter("y", year)
          .setParameter("t", trigger.code())
          .getResultStream()
          .findFirst()
          .orElse(null);
      if (suggestion == null) {
        suggestion = new Suggestion(unit, year, trigger.code(), trigger.ruleId());
        em.persist(suggestion);
        created++;
      }
      if (suggestion.getStatus() == Suggestion.Status.OPEN) {
        suggestion.observe(firing.figure(), trigger.threshold());
      }
    }
    ActorContext.runAs(access.actor(), em::flush);
    return created;
  }

  private Person interviewer(InterviewType type, Organisation unit, long personId) {
    Person person = person(personId, "interviewerId");
    List<Role> held = new ArrayList<>();
    for (Organisation o = unit; o != null; o = type.forwarded() ? null : o.getParent()) {
      held.addAll(rolesAt(person, o));
    }
    if (!InterviewRules.mayConduct(type, held)) {
      throw type.forwarded()
          ? new InterviewRuleException(
              type.ruleId(), "interviewerId", "interview.interviewer.notUnitLeader", type.ruleId())
          : new InterviewRuleException(type.ruleId(), "interviewerId", "interview.interviewer.notLeader");
    }
    return person;
  }

  private List<Role> rolesAt(Person person, Organisation unit) {
    return EnumSet.allOf(Role.class).stream()
        .filter(r -> roleHolders.holds(person.getId(), unit.getId(), Set.of(r)))
        .toList();
  }

  private static boolean memberOf(Person person, Organisation unit) {
    return person.getOrganisation() != null && person.getOrganisation().getId().equals(unit.getId());
  }

  private Suggestion openSuggestion(long id, Organisation unit) {
    Suggestion suggestion = suggestion(id);
    if (suggestion.getStatus() != Suggestion.Status.OPEN || !suggestion.getOrganisation().getId().equals(unit.getId())) {
      throw DomainException.onField("organisationId", "interview.suggestion.notOpen");
    }
    return suggestion;
  }

  /** A time that has come is a talk already held and needs its minutes; a time to come refuses them. */
  private static boolean isHeld(InterviewType type, Instant at, Instant now, String minutes) {
    boolean held = !now.isBefore(at);
    if (held && minutes.isEmpty()) {
      throw new InterviewRuleException(type.ruleId(), "minutes", "interview.held.minutesRequired");
    }
    if (!held && !minutes.isEmpty()) {
      throw new InterviewRuleException(type.ruleId(), "minutes", "interview.minutes.notYet");
    }
    return held;
  }

  private static Instant beijing(ScheduleForm form) {
    return form.scheduledAt().truncatedTo(ChronoUnit.MINUTES).atZone(Deadlines.BEIJING).toInstant();
  }

  boolean mayView(Interview interview) {
    Actor actor = access.actor();
    return access.permits(InterviewAction.OVERSEE, interview.getOrganisation())
        || isInterviewer(interview, actor) || isInterviewee(interview, actor) || isScheduler(interview, actor);
  }

  private static boolean isInterviewer(Interview interview, Actor actor) {
    return actor.personId() != null && actor.personId().equals(interview.getInterviewer().getId());
  }

  private static boolean isInterviewee(Interview interview, Actor actor) {
    return actor.personId() != null && actor.personId().equals(interview.getInterviewee().getId());
  }

  private static boolean isScheduler(Interview interview, Actor actor) {
    return actor.personId() != null && actor.personId().equals(interview.getScheduledByPersonId());
  }

  private static void requireStatus(Interview interview, InterviewStatus status, String key) {
    if (interview.getStatus() != status) {
      throw DomainException.byRule(interview.getRuleId(), key);
    }
  }

  private Optional<Explanation> explanationOf(Interview interview) {
    return em.createQuery("SELECT e FROM Explanation e WHERE e.interview = :i", Explanation.class)
        .setParameter("i", interview)
        .getResultStream()
        .findFirst();
  }

  private Optional<UnitFigures> figuresOf(long organisationId, int year) {
    return em.createQuery(
            "SELECT f FROM UnitFigures f WHERE f.organisation.id = :o AND f.year = :y", UnitFigures.class)
        .setParameter("o", organisationId)
        .setParameter("y", year)
        .getResultStream()
        .findFirst();
  }

  private Interview find(long id) {
    Interview interview = em.find(Interview.class, id);
    if (interview == null) {
      throw new NotFoundException("interview", id);
    }
    return interview;
  }

  private Organisation organisation(Long id) {
    Organisation organisation = id == null ? null : em.find(Organisation.class, id);
    if (organisation == null) {
      throw DomainException.onField("organisationId", "interview.unit.required");
    }
    return organisation;
  }

  private Person person(Long id, String field) {
    Person person = id == null ? null : em.find(Person.class, id);
    if (person == null || !person.isActive()) {
      throw DomainException.onField(field, field.equals("interviewerId")
          ? "interview.interviewer.required" : "interview.interviewee.required");
    }
    return person;
  }

  private void tellBothSides(Interview interview, String key) {
    notify(interview.getInterviewer(), interview, key);
    notify(interview.getInterviewee(), interview, key);
  }

  private void notify(Person person, Interview interview, String key) {
    recipient(person.getId()).ifPresent(r -> send(r, interview, key));
  }

  private Optional<RoleHolder> recipient(long personId) {
    return roleHolders.person(personId);
  }

  private void send(RoleHolder recipient, Interview interview, String key) {
    String typeTitle = type(interview.getTypeCode()).title();
    String when = WHEN.format(interview.getScheduledAt().atZone(Deadlines.BEIJING));
    String subject = Texts.zh(key + ".subject", typeTitle, when);
    String body = Texts.zh("interview.notice.body", typeTitle, interview.getRuleId(),
        interview.getInterviewer().getName(), interview.getInterviewee().getName(), when, interview.getPlace(),
        interview.getTopic(), Texts.zh(key + ".what", explanationRule()));
    notices.send(recipient, TOPIC, interview.getId(), subject, body, "/interview.xhtml?id=" + interview.getId());
  }
}
