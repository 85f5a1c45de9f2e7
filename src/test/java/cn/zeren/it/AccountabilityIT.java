package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.accountability.AccountabilityCase;
import cn.zeren.accountability.AccountabilityService;
import cn.zeren.accountability.CaseCount;
import cn.zeren.accountability.CaseFilter;
import cn.zeren.accountability.CaseForm;
import cn.zeren.accountability.CaseStatus;
import cn.zeren.calendar.Deadlines;
import cn.zeren.it.support.Deployments;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationEvidence;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.organisation.OrganisationService;
import cn.zeren.organisation.PersonService;
import cn.zeren.organisation.Position;
import cn.zeren.organisation.PositionKind;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.rules.AccountabilityCatalogue.Body;
import cn.zeren.rules.AccountabilityCatalogue.Handler;
import cn.zeren.rules.AccountabilityCatalogue.Severity;
import cn.zeren.rules.AccountabilityCatalogue.Subject;
import cn.zeren.security.AccessDeniedException;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accountability cases inside Payara Micro on MariaDB (issue 6, YW-14 … YW-17, YW-9.9): recorded by the commission,
 * refused outside the YW-16 matrix, grounds of the wrong side and handlers outside YW-17 refused, sensitive reads
 * kept from the unit's clerk and leader and from other units, the subject and the unit's own discipline
 * organisation kept out (avoidance), a stale edit refused with nothing lost, the decision as YW-9.9 evidence.
 */
@ExtendWith(ArquillianExtension.class)
class AccountabilityIT {
  private static final LocalDate TODAY = LocalDate.now(Deadlines.BEIJING);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWith(AccountabilityIT.class);
  }

  @Inject AccountabilityService cases;
  @Inject OrganisationService organisations;
  @Inject PersonService people;
  @Inject ObligationService obligations;
  @Inject ActorResolver actors;

  @Test
  void theCommissionRecordsACaseAndAnOutcomeOutsideTheMatrixIsRefusedCitingYw16() throws Exception {
    Actor commission = actor("commission");
    long qsz = unit("QSZ");
    DomainException refused =
        assertThrows(DomainException.class, () -> as(commission, () -> cases.create(
            team(qsz, "YW-14.2", Severity.MINOR, List.of("CIRCULATED_CRITICISM"), Handler.DISCIPLINE_ORGANISATION))));
    assertEquals("YW-16", refused.getRuleId());
    assertEquals("outcomes", refused.getField());
    assertTrue(refused.getMessage().contains("只能给予“责令作出书面检查”"), refused.getMessage());

    AccountabilityCase created = as(commission, () -> cases.create(
        team(qsz, "YW-14.2", Severity.MINOR, List.of("WRITTEN_SELF_CRITICISM"), Handler.DISCIPLINE_ORGANISATION)));
    AccountabilityCase loaded = as(commission, () -> cases.get(created.getId()));
    assertEquals(List.of("YW-14.2"), loaded.getGrounds());
    assertEquals(List.of("WRITTEN_SELF_CRITICISM"), loaded.getOutcomes());
    assertEquals(CaseStatus.ESTABLISHING_FACTS, loaded.getStatus());

    DomainException wrongSide =
        assertThrows(DomainException.class, () -> as(commission, () -> cases.create(
            team(qsz, "YW-15.1", Severity.MINOR, List.of("WRITTEN_SELF_CRITICISM"), null))));
    assertEquals("YW-15.1", wrongSide.getRuleId());
    assertEquals("grounds", wrongSide.getField());
  }

  @Test
  void onlyTheCommissionTheDisciplineOrganisationAndTheOrganisationDepartmentReadCases() throws Exception {
    long qsz = unit("QSZ");
    AccountabilityCase created = as(actor("commission"), () -> cases.create(
        team(qsz, "YW-14.3", Severity.SERIOUS, List.of("CIRCULATED_CRITICISM"), null)));
    long id = created.getId();

    for (String outsider : List.of("clerk1", "leader1", "clerk2", "leader2")) {
      Actor a = actor(outsider);
      assertThrows(AccessDeniedException.class, () -> as(a, () -> cases.get(id)), outsider);
      assertThrows(AccessDeniedException.class, () -> as(a, () -> cases.list(CaseFilter.any())), outsider);
    }
    Actor discipline = actor("discipline1");
    assertEquals(Role.DISCIPLINE_HEAD, discipline.role());
    assertEquals(id, as(discipline, () -> cases.get(id)).getId());
    assertEquals(id, as(actor("orgdept"), () -> cases.get(id)).getId());
    assertEquals(id, as(actor("reviewer"), () -> cases.get(id)).getId());

    long czj = unit("CZJ");
    AccountabilityCase elsewhere = as(actor("commission"), () -> cases.create(
        team(czj, "YW-14.8", Severity.MINOR, List.of("WRITTEN_SELF_CRITICISM"), null)));
    assertThrows(AccessDeniedException.class, () -> as(discipline, () -> cases.get(elsewhere.getId())),
        "another unit's discipline head cannot read it");
    assertTrue(as(discipline, () -> cases.list(CaseFilter.any())).stream()
        .noneMatch(c -> c.getId().equals(elsewhere.getId())));
  }

  @Test
  void aStaleEditIsRefusedAndTheEarlierSaveIsKept() throws Exception {
    Actor commission = actor("commission");
    Actor reviewer = actor("reviewer");
    long qsz = unit("QSZ");
    AccountabilityCase created = as(commission, () -> cases.create(
        team(qsz, "YW-14.5", null, List.of(), null)));
    long loadedVersion = created.getVersion();
    as(commission, () -> cases.update(created.getId(), loadedVersion,
        team(qsz, "YW-14.5", Severity.GRAVE, List.of("REORGANISATION"), Handler.ORGANISATION_DEPARTMENT)));

    assertThrows(ConcurrentChangeException.class, () -> as(reviewer, () -> cases.update(created.getId(),
        loadedVersion, team(qsz, "YW-14.5", Severity.MINOR, List.of("WRITTEN_SELF_CRITICISM"), null))));
    AccountabilityCase kept = as(commission, () -> cases.get(created.getId()));
    assertEquals(Severity.GRAVE, kept.getSeverity());
    assertEquals(List.of("REORGANISATION"), kept.getOutcomes());
    assertTrue(kept.getVersion() > loadedVersion);
  }

  @Test
  void aDisciplineOrganisationIsHeldAccountableFromAboveAndItsMemberNeverReadsTheCase() throws Exception {
    Actor discipline = actor("discipline1");
    long qsz = unit("QSZ");
    DomainException self =
        assertThrows(DomainException.class, () -> as(discipline, () -> cases.create(new CaseForm(
            qsz, Body.DISCIPLINE_BODY, Subject.TEAM, null, List.of("YW-15.5"), "压案不查。", null, List.of(), null,
            TODAY))));
    assertEquals("body", self.getField());

    AccountabilityCase against = as(actor("commission"), () -> cases.create(new CaseForm(
        qsz, Body.DISCIPLINE_BODY, Subject.INDIVIDUAL, discipline.personId(), List.of("YW-15.3"),
        "发现同级党委班子成员违纪问题未报告。", Severity.SERIOUS, List.of("CIRCULATED_CRITICISM"), null, TODAY)));
    assertThrows(AccessDeniedException.class, () -> as(discipline, () -> cases.get(against.getId())));
    assertTrue(as(discipline, () -> cases.list(CaseFilter.any())).stream()
        .noneMatch(c -> c.getId().equals(against.getId())));

    long leaderOfQsz = actor("leader1").personId();
    DomainException notOfSide =
        assertThrows(DomainException.class, () -> as(actor("commission"), () -> cases.create(new CaseForm(
            qsz, Body.DISCIPLINE_BODY, Subject.INDIVIDUAL, leaderOfQsz, List.of("YW-15.3"), "事实。",
            Severity.SERIOUS, List.of("CIRCULATED_CRITICISM"), null, TODAY))));
    assertEquals("personId", notOfSide.getField());
  }

  @Test
  void theOrganisationDepartmentHandlesOrganisationalHandlingAndTheDecisionFulfilsYw99() throws Exception {
    Actor commission = actor("commission");
    Actor department = actor("orgdept");
    long czj = unit("CZJ");
    long member = as(Actor.system(), () -> people.positionsOf(czj)).stream()
        .filter(p -> p.isActive() && p.getKind() == PositionKind.TEAM_MEMBER)
        .map(Position::getPerson).findFirst().orElseThrow().getId();

    DomainException notItsCase =
        assertThrows(DomainException.class, () -> as(department, () -> cases.create(
            individual(czj, member, List.of("CRITICISM_EDUCATION"), Severity.MINOR, Handler.DISCIPLINE_ORGANISATION))));
    assertEquals("handledBy", notItsCase.getField());
    DomainException sanction =
        assertThrows(DomainException.class, () -> as(department, () -> cases.create(
            individual(czj, member, List.of("DISCIPLINARY_SANCTION"), Severity.GRAVE,
                Handler.ORGANISATION_DEPARTMENT))));
    assertEquals("YW-17", sanction.getRuleId());
    assertNotNull(as(department, () -> cases.create(
        individual(czj, member, List.of("TRANSFER"), Severity.GRAVE, Handler.ORGANISATION_DEPARTMENT))));

    LocalDate fourMonthsAgo = TODAY.minusMonths(4);
    CaseForm form = individual(czj, member, List.of("DISCIPLINARY_SANCTION", "TRANSFER"), Severity.GRAVE,
        Handler.JOINT);
    AccountabilityCase joint = as(commission, () -> cases.create(new CaseForm(form.organisationId(), form.body(),
        form.subjectType(), form.personId(), form.grounds(), form.facts(), form.severity(), form.outcomes(),
        form.handledBy(), fourMonthsAgo)));
    assertNotNull(joint.getObligationId(), "the commission's YW-9.9 instance is opened");
    Obligation open = as(Actor.system(), () -> obligations.get(joint.getObligationId()));
    assertEquals("YW-9.9", open.getRuleId());
    assertEquals(ObligationStatus.OPEN, open.getStatus());
    assertTrue(open.getDueDate().isAfter(fourMonthsAgo.plusMonths(3).minusDays(1)), "due 3 months after opening");

    AccountabilityCase decided =
        as(department, () -> cases.decide(joint.getId(), joint.getVersion(), TODAY));
    assertEquals(CaseStatus.DECIDED, decided.getStatus());
    Obligation done = as(Actor.system(), () -> obligations.get(joint.getObligationId()));
    assertEquals(ObligationStatus.DONE_LATE, done.getStatus(), "decided four months after opening: late");
    List<ObligationEvidence> evidence = as(Actor.system(), () -> obligations.evidenceOf(done.getId()));
    assertEquals("AC-" + joint.getId(), evidence.get(0).getEvidenceRef());

    DomainException closed =
        assertThrows(DomainException.class, () -> as(commission, () -> cases.update(decided.getId(),
            decided.getVersion(), individual(czj, member, List.of("TRANSFER"), Severity.GRAVE, Handler.JOINT))));
    assertEquals("accountability.decided", closed.getKey());

    List<CaseCount> counts = as(commission, () -> cases.statistics(
        new CaseFilter(TODAY.getYear(), czj, "YW-14.7", Severity.GRAVE, null)));
    assertTrue(counts.stream().allMatch(c -> c.ground().equals("YW-14.7") && c.severity() == Severity.GRAVE));
    assertTrue(counts.stream().mapToLong(CaseCount::count).sum() >= 1, counts.toString());
  }

  private static CaseForm team(long unit, String ground, Severity severity, List<String> outcomes, Handler handler) {
    return new CaseForm(unit, Body.PARTY_COMMITTEE, Subject.TEAM, null, List.of(ground), "查明的事实：" + ground,
        severity, outcomes, handler, TODAY);
  }

  private static CaseForm individual(
      long unit, long person, List<String> outcomes, Severity severity, Handler handler) {
    return new CaseForm(unit, Body.PARTY_COMMITTEE, Subject.INDIVIDUAL, person, List.of("YW-14.7"),
        "对直接管辖的下属疏于监督管理。", severity, outcomes, handler, TODAY);
  }

  private Actor actor(String username) {
    Actor actor = actors.resolve(username, null, "127.0.0.1");
    assertNotNull(actor, username);
    return actor;
  }

  private long unit(String code) throws Exception {
    return as(Actor.system(), organisations::visibleTree).stream()
        .filter(o -> o.getCode().equals(code)).findFirst().orElseThrow().getId();
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }
}
