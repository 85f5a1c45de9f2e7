package cn.zeren.accountability;

import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.accountability.AccountabilityCatalogue.Handler;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.PersonService;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.organisation.Position;
import cn.zeren.organisation.PositionKind;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.files.Download;
import cn.zeren.platform.files.FileStore;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accountability cases (责任追究, YW-14 … YW-17). Grounds, outcomes, the YW-16 matrix and the YW-17 handling bodies
 * come from the rule pack's catalogue ({@link CaseRules}); who may do what from {@link AccessPolicy}
 * ({@link AccountabilityAction}) plus two rules of avoidance (回避) applied to every
 * read and write: nobody reads a case of which they are the subject, and a case against a unit's discipline
 * organisation (YW-15) is handled from above, never by that organisation itself. The organisation department
 * manages only the cases it handles (YW-17: organisational handling). A case registered by a discipline organisation
 * opens its YW-9.9 obligation instance ("hold accountable", per event); the decision is its evidence.
 */
@ApplicationScoped
@Transactional
public class AccountabilityService {
  private static final Set<Handler> ORGANISATION_DEPARTMENT_HANDLES =
      EnumSet.of(Handler.ORGANISATION_DEPARTMENT, Handler.JOINT);
  private static final Map<Body, Set<PositionKind>> POSTS =
      Map.of(
          Body.PARTY_COMMITTEE, EnumSet.of(PositionKind.PRIMARY_LEADER, PositionKind.TEAM_MEMBER),
          Body.DISCIPLINE_BODY, EnumSet.of(PositionKind.DISCIPLINE_HEAD, PositionKind.DISCIPLINE_MEMBER));

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject RulePackRegistry rules;
  @Inject PersonService people;
  @Inject Event<CaseRegistered> registered;
  @Inject Event<CaseDecided> decided;
  @Inject FileStore files;
  @Inject Clock clock;

  public AccountabilityCatalogue catalogue() {
    return rules.active().section(AccountabilityCatalogue.class);
  }

  // ---- reading ----

  /** The cases the caller may read in their subtree, filtered, latest first. */
  public List<AccountabilityCase> list(CaseFilter filter) {
    String scope = access.scopeFor(AccountabilityAction.VIEW);
    StringBuilder jpql =
        new StringBuilder("SELECT c FROM AccountabilityCase c JOIN FETCH c.organisation o LEFT JOIN FETCH c.person"
            + " WHERE o.path LIKE :scope");
    Organisation unit = filter.organisationId() == null ? null : organisation(filter.organisationId());
    if (unit != null) {
      jpql.append(" AND o.path LIKE :unit");
    }
    if (filter.year() != null) {
      jpql.append(" AND c.openedOn >= :from AND c.openedOn < :to");
    }
    if (filter.severity() != null) {
      jpql.append(" AND c.severity = :severity");
    }
    if (filter.status() != null) {
      jpql.append(" AND c.status = :status");
    }
    jpql.append(" ORDER BY c.openedOn DESC, c.id DESC");
    TypedQuery<AccountabilityCase> query =
        em.createQuery(jpql.toString(), AccountabilityCase.class).setParameter("scope", scope + "%");
    if (unit != null) {
      query.setParameter("unit", unit.getPath() + "%");
    }
    if (filter.year() != null) {
      query.setParameter("from", LocalDate.of(filter.year(), 1, 1))
          .setParameter("to", LocalDate.of(filter.year() + 1, 1, 1));
    }
    if (filter.severity() != null) {
      query.setParameter("severity", filter.severity());
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    return query.getResultList().stream()
        .filter(this::visible)
        .filter(c -> filter.ground() == null || c.getGrounds().contains(filter.ground()))
        .toList();
  }

  public AccountabilityCase get(long id) {
    AccountabilityCase found = find(id);
    if (!visible(found)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    return found;
  }

  /**
   * Counts by year opened, unit, ground and severity of the cases the caller may read; a case with two grounds
   * counts under each (only under the filtered ground when one is chosen).
   */
  public List<CaseCount> statistics(CaseFilter filter) {
    AccountabilityCatalogue catalogue = catalogue();
    Map<List<Object>, CaseCount> counts = new LinkedHashMap<>();
    for (AccountabilityCase c : list(filter)) {
      for (String ground : c.getGrounds()) {
        if (filter.ground() != null && !filter.ground().equals(ground)) {
          continue;
        }
        Organisation unit = c.getOrganisation();
        String title =
            catalogue.ground(ground).map(AccountabilityCatalogue.Ground::title).orElse(ground);
        List<Object> key = java.util.Arrays.asList(c.getOpenedOn().getYear(), unit.getId(), ground, c.getSeverity());
        counts.merge(
            key,
            new CaseCount(c.getOpenedOn().getYear(), unit.getId(), unit.getName(), ground, title, c.getSeverity(), 1),
            (a, b) -> new CaseCount(a.year(), a.organisationId(), a.organisationName(), a.ground(), a.groundTitle(),
                a.severity(), a.count() + 1));
      }
    }
    List<String> order = catalogue.grounds().stream().map(AccountabilityCatalogue.Ground::ruleId).toList();
    return counts.values().stream()
        .sorted(Comparator.comparing(CaseCount::year).reversed()
            .thenComparing(CaseCount::organisationName)
            .thenComparing(c -> order.indexOf(c.ground()))
            .thenComparing(c -> c.severity() == null ? -1 : c.severity().ordinal()))
        .toList();
  }

  /** The posts of the side in the unit whose holders a case may hold accountable (班子成员 / 纪委成员). */
  public List<Position> subjectsOf(long organisationId, Body body) {
    access.require(AccountabilityAction.MANAGE, organisation(organisationId));
    Set<PositionKind> kinds = POSTS.get(body);
    return people.positionsOf(organisationId).stream()
        .filter(p -> p.isActive() && kinds.contains(p.getKind()))
        .toList();
  }

  /** May the caller record a case at all (for menus and the 新建 button)? */
  public boolean canCreate() {
    return access.permitsSomewhere(AccountabilityAction.MANAGE);
  }

  /** May the caller change this case (still establishing facts) or attach its document? */
  public boolean canManage(AccountabilityCase c) {
    return manages(c.getOrganisation(), c.getHandledBy()) && visible(c);
  }

  public Download document(long id) {
    AccountabilityCase c = get(id);
    if (!c.hasDocument()) {
      throw new NotFoundException("accountability.document", id);
    }
    return new Download(files.path(c.getFileSha256()), c.getFileName(), c.getFileType(), c.getFileSize());
  }

  // ---- writing ----

  @Transactional
  public AccountabilityCase create(@Valid CaseForm form) {
    Organisation unit = organisation(form.organisationId());
    requireManage(unit, form.handledBy());
    requireNotAbove(unit, form.body());
    AccountabilityCase created = new AccountabilityCase(unit);
    apply(created, form);
    em.persist(created);
    em.flush();
    registered.fire(new CaseRegistered(created.getId(), created.getOpenedOn(), created::linkObligation));
    return created;
  }

  /** Changes a case that is still establishing its facts; the editor's version must be the current one. */
  @Transactional
  public AccountabilityCase update(long id, long expectedVersion, @Valid CaseForm form) {
    AccountabilityCase c = editable(id, expectedVersion);
    if (!form.organisationId().equals(c.getOrganisation().getId())) {
      throw DomainException.onField("organisationId", "accountability.organisation.fixed");
    }
    requireManage(c.getOrganisation(), form.handledBy());
    requireNotAbove(c.getOrganisation(), form.body());
    apply(c, form);
    return touched(c);
  }

  /**
   * Takes the decision (YW-17: after the facts): severity, outcomes of the YW-16 cell and the handling body must be
   * set; the decision date lies between the opening and today. The decision is the evidence of the YW-9.9 instance.
   */
  @Transactional
  public AccountabilityCase decide(long id, long expectedVersion, LocalDate decisionDate) {
    AccountabilityCase c = editable(id, expectedVersion);
    if (c.getSeverity() == null) {
      throw DomainException.onField("severity", "accountability.severity.required", catalogue().matrix().ruleId());
    }
    if (c.getOutcomes().isEmpty()) {
      throw DomainException.onField("outcomes", "accountability.outcomes.required");
    }
    if (c.getHandledBy() == null) {
      throw DomainException.onField(
          "handledBy", "accountability.handledBy.required", catalogue().procedure().ruleId());
    }
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.BEIJING));
    if (decisionDate == null) {
      throw DomainException.onField("decisionDate", "accountability.decisionDate.required");
    }
    if (decisionDate.isAfter(today) || decisionDate.isBefore(c.getOpenedOn())) {
      throw DomainException.onField("decisionDate", "accountability.decisionDate.range");
    }
    CaseRules check = new CaseRules(catalogue());
    check.checkOutcomes(c.getSubjectType(), c.getSeverity(), c.getOutcomes());
    check.checkHandler(c.getOutcomes(), c.getHandledBy());
    c.decide(decisionDate);
    touched(c);
    if (c.getObligationId() != null) {
      decided.fire(new CaseDecided(c.getId(), c.getObligationId(), decisionDate, clock.instant()));
    }
    return c;
  }

  /** Attaches the decision document (PDF, OFD, DOCX, images — checked by content), replacing an earlier one. */
  @Transactional
  public AccountabilityCase attach(long id, long expectedVersion, String fileName, InputStream content) {
    AccountabilityCase c = find(id);
    requireCanManage(c);
    ConcurrentChangeException.check(expectedVersion, c.getVersion());
    String name = cleanFileName(fileName);
    c.attach(name, files.store(name, content));
    return touched(c);
  }

  // ---- rules ----

  private void apply(AccountabilityCase c, CaseForm form) {
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.BEIJING));
    if (form.openedOn().isAfter(today)) {
      throw DomainException.onField("openedOn", "accountability.openedOn.future");
    }
    AccountabilityCatalogue catalogue = catalogue();
    CaseRules check = new CaseRules(catalogue);
    check.checkGrounds(form.body(), form.grounds());
    check.checkOutcomes(form.subjectType(), form.severity(), form.outcomes());
    check.checkHandler(form.outcomes(), form.handledBy());
    Person subject = subjectPerson(c.getOrganisation(), form);
    List<String> groundOrder = catalogue.grounds().stream().map(AccountabilityCatalogue.Ground::ruleId).toList();
    List<String> outcomeOrder = catalogue.outcomes().stream().map(AccountabilityCatalogue.Outcome::code).toList();
    c.apply(
        new CaseForm(
            form.organisationId(), form.body(), form.subjectType(), subject == null ? null : subject.getId(),
            form.grounds().stream().distinct().sorted(Comparator.comparing(groundOrder::indexOf)).toList(),
            form.facts(), form.severity(),
            form.outcomes().stream().distinct().sorted(Comparator.comparing(outcomeOrder::indexOf)).toList(),
            form.handledBy(), form.openedOn()),
        subject);
  }

  /** An individual case names a holder of a post of the side in the unit; a team case names nobody. */
  private Person subjectPerson(Organisation unit, CaseForm form) {
    if (form.subjectType() == Subject.TEAM) {
      return null;
    }
    if (form.personId() == null) {
      throw DomainException.onField("personId", "accountability.person.required");
    }
    Set<PositionKind> kinds = POSTS.get(form.body());
    return people.positionsOf(unit.getId()).stream()
        .filter(p -> p.isActive() && kinds.contains(p.getKind()) && p.getPerson().getId().equals(form.personId()))
        .map(Position::getPerson)
        .findFirst()
        .orElseThrow(() -> DomainException.onField("personId", "accountability.person.notOfSide"));
  }

  private boolean visible(AccountabilityCase c) {
    Actor actor = access.actor();
    if (!access.permits(AccountabilityAction.VIEW, c.getOrganisation())) {
      return false;
    }
    if (actor.isSystem()) {
      return true;
    }
    boolean subject = c.getPerson() != null && c.getPerson().getId().equals(actor.personId());
    boolean ownDisciplineBody =
        c.getBody() == Body.DISCIPLINE_BODY && c.getOrganisation().getPath().equals(actor.orgPath());
    return !subject && !ownDisciplineBody;
  }

  private boolean manages(Organisation unit, Handler handledBy) {
    if (!access.permits(AccountabilityAction.MANAGE, unit)) {
      return false;
    }
    return access.actor().role() != Role.ORGANISATION_DEPARTMENT
        || ORGANISATION_DEPARTMENT_HANDLES.contains(handledBy);
  }

  private void requireManage(Organisation unit, Handler handledBy) {
    access.require(AccountabilityAction.MANAGE, unit);
    if (!manages(unit, handledBy)) {
      throw DomainException.onField(
          "handledBy", "accountability.handler.organisationDepartment", catalogue().procedure().ruleId());
    }
  }

  /** A unit's discipline organisation is held accountable from above (回避), never by itself. */
  private void requireNotAbove(Organisation unit, Body body) {
    Actor actor = access.actor();
    if (body == Body.DISCIPLINE_BODY && !actor.isSystem() && unit.getPath().equals(actor.orgPath())) {
      throw DomainException.onField("body", "accountability.body.ownDisciplineBody");
    }
  }

  private void requireCanManage(AccountabilityCase c) {
    if (!canManage(c)) {
      throw new AccessDeniedException("error.accessDenied");
    }
  }

  private AccountabilityCase editable(long id, long expectedVersion) {
    AccountabilityCase c = find(id);
    requireCanManage(c);
    ConcurrentChangeException.check(expectedVersion, c.getVersion());
    if (c.getStatus() == CaseStatus.DECIDED) {
      throw new DomainException("accountability.decided");
    }
    return c;
  }

  /** Every change raises the version, also one of the document alone, so that a stale editor is refused. */
  private AccountabilityCase touched(AccountabilityCase c) {
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    return c;
  }

  private AccountabilityCase find(long id) {
    AccountabilityCase c = em.find(AccountabilityCase.class, id);
    if (c == null) {
      throw new NotFoundException("accountability", id);
    }
    return c;
  }

  private Organisation organisation(long id) {
    Organisation org = em.find(Organisation.class, id);
    if (org == null) {
      throw new NotFoundException("organisation", id);
    }
    return org;
  }

  private static String cleanFileName(String fileName) {
    return FileStore.cleanName(fileName, "file");
  }
}
