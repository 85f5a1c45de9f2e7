package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonForm;
import cn.zeren.directory.PersonService;
import cn.zeren.inspection.CoverageService;
import cn.zeren.inspection.DrawService;
import cn.zeren.inspection.DrawState;
import cn.zeren.inspection.InformationRequest;
import cn.zeren.inspection.InformationRequestService;
import cn.zeren.inspection.InspectionDraw;
import cn.zeren.inspection.InspectionRound;
import cn.zeren.inspection.PoolForm;
import cn.zeren.inspection.PoolKind;
import cn.zeren.inspection.PoolMember;
import cn.zeren.inspection.PoolService;
import cn.zeren.inspection.RoundForm;
import cn.zeren.inspection.RoundGroup;
import cn.zeren.inspection.RoundKind;
import cn.zeren.inspection.RoundService;
import cn.zeren.inspection.RoundState;
import cn.zeren.inspection.RoundTarget;
import cn.zeren.inspection.TermForm;
import cn.zeren.inspection.draw.AvoidanceKind;
import cn.zeren.inspection.draw.DrawOutcome;
import cn.zeren.inspection.draw.Exclusion;
import cn.zeren.inspection.draw.GroupResult;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.it.support.TestUnits;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.Person;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.rules.RuleVariantService;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Inspection (巡察, issue 15) inside Payara Micro on MariaDB: a round shorter than 20 working days is refused citing
 * JDZ-16 unless the leading group consented; the draw by lot excludes by avoidance (JDZ-13: post, place, declared
 * interest), staffs the groups, is audited and replays from its record — and a record changed behind the portal's
 * back no longer replays; a redraw needs a reason and keeps the first draw; only the office, the leading group and
 * the round's own group see a round; coverage of the term counts the round; under ZZ the minimum is gone and the
 * look-back kind with it. In the browser the office plans a round, seals its draw (an excluded candidate shown with
 * the rule and the fact), draws and verifies; the API refuses a unit's clerk and cites JDZ-16.
 */
@ExtendWith(ArquillianExtension.class)
class InspectionIT {
  /** 2 March – 27 March 2026: four weeks without a holiday, exactly 20 working days. */
  private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
  private static final LocalDate MARCH_27 = LocalDate.of(2026, 3, 27);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithClientTests(InspectionIT.class);
  }

  @ArquillianResource URL deployed;

  @Inject RoundService rounds;
  @Inject DrawService draws;
  @Inject PoolService pools;
  @Inject CoverageService coverage;
  @Inject OrganisationService organisations;
  @Inject PersonService people;
  @Inject ActorResolver actors;
  @Inject RulePackRegistry rules;
  @Inject RuleVariantService variants;
  @Inject InformationRequestService letters;
  @Inject ObligationService obligations;

  @Test
  void aRoundShorterThanTwentyWorkingDaysIsRefusedCitingJdz16UnlessTheLeadingGroupConsented() throws Exception {
    Actor office = actor("xcb");
    Organisation unit = newUnit("巡察时长镇");
    DomainException tooShort = assertThrows(DomainException.class,
        () -> as(office, () -> rounds.create(form("十九个工作日", RoundKind.REGULAR, MARCH_2, MARCH_27.minusDays(1),
            List.of(unit.getId()), 1, null))));
    assertEquals("JDZ-16", tooShort.getRuleId());
    assertEquals("endsOn", tooShort.getField());
    assertTrue(tooShort.getMessage().contains("19"), tooShort.getMessage());

    assertThrows(DomainException.class,
        () -> as(office, () -> rounds.create(form("专项也要二十天", RoundKind.SPECIAL, MARCH_2, MARCH_27.minusDays(1),
            List.of(unit.getId()), 1, null))), "JDZ-16: 每次巡察, not only regular ones");
    InspectionRound adjusted = as(office, () -> rounds.create(form("经同意缩短", RoundKind.SPECIAL, MARCH_2,
        MARCH_27.minusDays(5), List.of(unit.getId()), 1, "领导小组2026年第1次会议同意")));
    assertEquals(15, adjusted.getWorkingDays());
    InspectionRound regular = as(office, () -> rounds.create(form("二十个工作日", RoundKind.REGULAR, MARCH_2,
        MARCH_27, List.of(unit.getId()), 1, null)));
    assertEquals(20, regular.getWorkingDays());

    DomainException noOriginal = assertThrows(DomainException.class,
        () -> as(office, () -> rounds.create(form("回头看", RoundKind.LOOK_BACK, MARCH_2, MARCH_27,
            List.of(unit.getId()), 1, null))));
    assertEquals("lookBackOf", noOriginal.getField());
    DomainException moreGroups = assertThrows(DomainException.class,
        () -> as(office, () -> rounds.create(form("组多于单位", RoundKind.REGULAR, MARCH_2, MARCH_27,
            List.of(unit.getId()), 2, null))));
    assertEquals("groupCount", moreGroups.getField());
    assertThrows(AccessDeniedException.class,
        () -> as(actor("xcld"), () -> rounds.create(form("领导小组不制定", RoundKind.REGULAR, MARCH_2, MARCH_27,
            List.of(unit.getId()), 1, null))), "the leading group reads, the office plans");
  }

  @Test
  void theDrawExcludesByAvoidanceStaffsTheGroupsAndReplaysFromItsRecord() throws Exception {
    Actor office = actor("xcb");
    Organisation home = newUnit("本单位镇");
    Organisation declared = newUnit("申报镇");
    Person insider = person("回避甲", home);
    Person relative = person("回避乙", newUnit("他处镇"));
    Person local = person("回避丙", newUnit("另一镇"));
    as(office, () -> pools.add(new PoolForm(insider.getId(), PoolKind.LEADER, null, null, null, false, null)));
    as(office, () -> pools.add(new PoolForm(relative.getId(), PoolKind.LEADER, null, null, null, false, null)));
    as(office, () -> pools.declare(relative.getId(), declared.getId(), "配偶任职", "配偶任该镇党政办主任"));
    as(office, () -> pools.add(new PoolForm(local.getId(), PoolKind.LEADER, "示范市" + declared.getName(), null,
        null, false, null)));
    DomainException twice = assertThrows(DomainException.class,
        () -> as(office, () -> pools.add(new PoolForm(insider.getId(), PoolKind.LEADER, null, null, null, false, null))));
    assertEquals("personId", twice.getField());

    InspectionRound round = as(office, () -> rounds.create(form("抽签测试轮", RoundKind.REGULAR, MARCH_2, MARCH_27,
        List.of(home.getId(), declared.getId()), 2, null)));
    InspectionDraw sealed = as(office, () -> draws.seal(round.getId(), 0));
    assertEquals(DrawState.SEALED, sealed.getState());
    assertNull(sealed.getRevealedSeed(), "the seed stays secret until the draw");
    assertEquals(64, sealed.getCommitment().length());
    List<Exclusion> excluded = as(office, () -> draws.exclusions(sealed));
    assertExcluded(excluded, insider, home, AvoidanceKind.TENURE);
    assertExcluded(excluded, relative, declared, AvoidanceKind.OFFICIAL);
    assertExcluded(excluded, local, declared, AvoidanceKind.REGION);
    assertTrue(excluded.stream().filter(x -> x.personId() == insider.getId()).allMatch(x -> "JDZ-13".equals(x.ruleId())));
    assertThrows(DomainException.class, () -> as(office, () -> draws.seal(round.getId(), 0)), "one sealed draw");

    InspectionDraw drawn = as(office, () -> draws.perform(sealed.getId(), sealed.getVersion(), "见证：测试"));
    assertEquals(DrawState.DRAWN, drawn.getState());
    assertNotNull(drawn.getRevealedSeed());
    DrawOutcome outcome = as(office, () -> draws.outcome(drawn));
    for (GroupResult group : outcome.groups()) {
      if (group.targetIds().contains(home.getId())) {
        assertFalse(insider.getId().equals(group.leaderId()), "JDZ-13: nobody leads the group inspecting their unit");
      }
      if (group.targetIds().contains(declared.getId())) {
        assertFalse(relative.getId().equals(group.leaderId()));
        assertFalse(local.getId().equals(group.leaderId()));
      }
    }
    List<RoundTarget> targets = as(office, () -> rounds.targets(round.getId()));
    assertTrue(targets.stream().allMatch(t -> t.getGroup() != null), "every target has its group");
    assertTrue(as(office, () -> draws.verify(drawn.getId())).ok(), "the record replays to the same result");
    assertEquals(1, TestDatabase.count(
        "SELECT COUNT(*) FROM audit_entry WHERE action = 'INSPECTION_DRAW_SEALED' AND entity_id = ?",
        String.valueOf(sealed.getId())));
    assertEquals(1, TestDatabase.count(
        "SELECT COUNT(*) FROM audit_entry WHERE action = 'INSPECTION_DRAW_PERFORMED' AND entity_id = ?",
        String.valueOf(sealed.getId())));

    String original = TestDatabase.text("SELECT outcome_json FROM inspection_draw WHERE id = ?", drawn.getId());
    try {
      TestDatabase.update("UPDATE inspection_draw SET outcome_json = REPLACE(outcome_json, '\"G1\"', '\"G9\"')"
          + " WHERE id = ?", drawn.getId());
      assertFalse(as(office, () -> draws.verify(drawn.getId())).ok(), "a rewritten result no longer replays");
    } finally {
      TestDatabase.update("UPDATE inspection_draw SET outcome_json = ? WHERE id = ?", original, drawn.getId());
    }
    String commitment = drawn.getCommitment();
    try {
      // A rewrite of the whole record — a commitment to another seed — no longer matches the audit trail.
      TestDatabase.update("UPDATE inspection_draw SET commitment = ? WHERE id = ?",
          "0".repeat(64), drawn.getId());
      DrawService.Verification rewritten = as(office, () -> draws.verify(drawn.getId()));
      assertFalse(rewritten.audited() && rewritten.ok(), "the audited commitment is the one that counts");
    } finally {
      TestDatabase.update("UPDATE inspection_draw SET commitment = ? WHERE id = ?", commitment, drawn.getId());
    }
    assertTrue(as(office, () -> draws.verify(drawn.getId())).ok(), "restored");

    InspectionDraw current = as(office, () -> draws.get(drawn.getId()));
    DomainException noReason = assertThrows(DomainException.class,
        () -> as(office, () -> draws.supersede(current.getId(), current.getVersion(), " ")));
    assertEquals("reason", noReason.getField());
    as(office, () -> draws.supersede(current.getId(), current.getVersion(), "组长库补充人选后重新抽签"));
    assertEquals(RoundState.PLANNED, as(office, () -> rounds.get(round.getId())).getState());
    assertTrue(as(office, () -> rounds.groups(round.getId())).stream().allMatch(g -> g.getLeader() == null));
    InspectionDraw second = as(office, () -> draws.seal(round.getId(), 0));
    assertEquals(2, second.getSeq());
    List<InspectionDraw> record = as(office, () -> draws.draws(round.getId()));
    assertEquals(List.of(DrawState.SUPERSEDED, DrawState.SEALED), record.stream().map(InspectionDraw::getState).toList());
    assertEquals("组长库补充人选后重新抽签", record.get(0).getEndedReason(), "the first draw stays, with its reason");
  }

  @Test
  void pastPostsAreCheckedAndExcludeAndASealedDrawIsWithdrawnOnlyWithAReason() throws Exception {
    Actor office = actor("xcb");
    Organisation formerUnit = newUnit("曾任职镇");
    Person former = person("曾任甲", newUnit("现任职镇"));
    as(office, () -> pools.add(new PoolForm(former.getId(), PoolKind.LEADER, null, null, null, false, null)));
    DomainException backwards = assertThrows(DomainException.class, () -> as(office,
        () -> pools.addPastPost(former.getId(), formerUnit.getId(), "副镇长", MARCH_27, MARCH_2)));
    assertEquals("postTo", backwards.getField());
    DomainException current = assertThrows(DomainException.class, () -> as(office,
        () -> pools.addPastPost(former.getId(), formerUnit.getId(), "副镇长", MARCH_2, LocalDate.now().plusDays(30))));
    assertEquals("postTo", current.getField(), "a current post is the directory's");
    assertThrows(AccessDeniedException.class, () -> as(actor("xcld"),
        () -> pools.addPastPost(former.getId(), formerUnit.getId(), "副镇长", LocalDate.of(2019, 1, 1), MARCH_2)));
    var post = as(office,
        () -> pools.addPastPost(former.getId(), formerUnit.getId(), "副镇长", LocalDate.of(2019, 1, 1), MARCH_2));

    InspectionRound round = as(office, () -> rounds.create(form("曾任回避轮", RoundKind.REGULAR, MARCH_2, MARCH_27,
        List.of(formerUnit.getId()), 1, null)));
    InspectionDraw sealed = as(office, () -> draws.seal(round.getId(), 0));
    assertExcluded(as(office, () -> draws.exclusions(sealed)), former, formerUnit, AvoidanceKind.TENURE);
    DomainException noReason = assertThrows(DomainException.class,
        () -> as(office, () -> draws.cancel(sealed.getId(), sealed.getVersion(), "")));
    assertEquals("reason", noReason.getField());
    as(office, () -> draws.cancel(sealed.getId(), sealed.getVersion(), "被巡察单位调整，重新封存"));
    assertEquals(DrawState.CANCELLED, as(office, () -> draws.get(sealed.getId())).getState());
    InspectionDraw again = as(office, () -> draws.seal(round.getId(), 0));
    assertEquals(2, again.getSeq(), "the withdrawn draw stays in the record");

    as(office, () -> {
      pools.removePastPost(post.getId());
      return null;
    });
    assertTrue(as(office, () -> pools.pastPosts(former.getId())).isEmpty());
    assertExcluded(as(office, () -> draws.exclusions(again)), former, formerUnit, AvoidanceKind.TENURE);
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'INSPECTION_PAST_POST_REMOVED'"
        + " AND entity_id = ?", String.valueOf(post.getId())));
  }

  @Test
  void onlyTheOfficeTheLeadingGroupAndTheRoundsOwnGroupSeeARound() throws Exception {
    Actor office = actor("xcb");
    Organisation target = newUnit("可见性镇");
    Person chosen = person("组长可见", newUnit("组长单位镇"));
    PoolMember own = as(office, () -> pools.add(new PoolForm(chosen.getId(), PoolKind.LEADER, null, null, null, false,
        null)));
    // Everyone else out of the leader pool for this draw, so that the draw must make this person leader (and no demo
    // account gets a second role); put back afterwards.
    List<PoolMember> others = as(office, () -> pools.members(PoolKind.LEADER, false)).stream()
        .filter(m -> !m.getId().equals(own.getId()))
        .toList();
    InspectionRound round;
    try {
      for (PoolMember m : others) {
        as(office, () -> pools.setActive(m.getId(), m.getVersion(), false));
      }
      round = as(office, () -> rounds.create(form("可见性测试轮", RoundKind.REGULAR, MARCH_2, MARCH_27,
          List.of(target.getId()), 1, null)));
      InspectionDraw sealed = as(office, () -> draws.seal(round.getId(), 0));
      as(office, () -> draws.perform(sealed.getId(), sealed.getVersion(), null));
    } finally {
      for (PoolMember m : others) {
        PoolMember now = as(office, () -> pools.get(m.getId()));
        as(office, () -> pools.setActive(now.getId(), now.getVersion(), true));
      }
    }
    RoundGroup group = as(office, () -> rounds.groups(round.getId())).get(0);
    assertEquals(chosen.getId(), group.getLeader().getId(), "the only candidate left is drawn");

    String username = "it-zz-" + UUID.randomUUID().toString().substring(0, 8);
    long assignment = ActorContext.supplyAs(Actor.system(), () -> {
      people.createAccount(chosen.getId(), username, TestDatabase.TEST_PASSWORD.toCharArray());
      return people.assignRole(chosen.getId(), organisations.root().getId(), Role.INSPECTION_GROUP_LEADER).getId();
    });
    Actor leader = actors.resolve(username, assignment, "127.0.0.1");
    assertEquals(Role.INSPECTION_GROUP_LEADER, leader.role());
    assertEquals(round.getId(), as(leader, () -> rounds.get(round.getId())).getId(), "the group sees its round");
    assertTrue(as(leader, () -> rounds.rounds()).stream().anyMatch(r -> r.getId().equals(round.getId())),
        "its round is in its list");
    InspectionRound other = as(office, () -> rounds.create(form("别组的轮次", RoundKind.REGULAR, MARCH_2, MARCH_27,
        List.of(newUnit("别组镇").getId()), 1, null)));
    assertThrows(AccessDeniedException.class, () -> as(leader, () -> rounds.get(other.getId())),
        "not drawn into it, not shown");
    assertThrows(AccessDeniedException.class, () -> as(leader, () -> draws.seal(other.getId(), 0)));

    assertEquals(round.getId(), as(actor("xcld"), () -> rounds.get(round.getId())).getId(), "the leading group");
    assertThrows(AccessDeniedException.class, () -> as(actor("xcld"), () -> draws.seal(other.getId(), 0)));
    for (String outsider : List.of("clerk1", "leader1", "commission", "reviewer", "admin", "orgdept")) {
      Actor a = actor(outsider);
      assertThrows(AccessDeniedException.class, () -> as(a, () -> rounds.rounds()), outsider);
      assertThrows(AccessDeniedException.class, () -> as(a, () -> rounds.get(round.getId())), outsider);
      assertThrows(AccessDeniedException.class, () -> as(a, () -> rounds.get(Long.MAX_VALUE)),
          outsider + ": refused, not told that it does not exist");
      assertThrows(AccessDeniedException.class, () -> as(a, () -> draws.draws(round.getId())), outsider);
      assertThrows(AccessDeniedException.class, () -> as(a, () -> pools.members(PoolKind.LEADER, false)), outsider);
      assertThrows(AccessDeniedException.class, () -> as(a, () -> coverage.terms()), outsider);
    }
  }

  @Test
  void theTermsCoverageCountsTheRoundAndTermsDoNotOverlap() throws Exception {
    Actor office = actor("xcb");
    var term = as(office, () -> coverage.currentTerm()).orElseThrow(() -> new AssertionError("the demo term"));
    Organisation inspected = newUnit("已巡察镇");
    Organisation due = newUnit("待巡察镇");
    as(office, () -> rounds.create(form("覆盖测试轮", RoundKind.REGULAR, MARCH_2, MARCH_27,
        List.of(inspected.getId()), 1, null)));
    CoverageService.Coverage c = as(office, () -> coverage.coverage(term.getId()));
    assertEquals("JDZ-16", c.required().orElseThrow().ruleId());
    assertTrue(c.units().stream().anyMatch(u -> u.unit().getId().equals(inspected.getId()) && u.covered()),
        "inspected in the term");
    assertTrue(c.units().stream().anyMatch(u -> u.unit().getId().equals(due.getId()) && !u.covered()));
    assertEquals(c.units().size(), c.covered() + c.due());
    DomainException overlap = assertThrows(DomainException.class,
        () -> as(office, () -> coverage.createTerm(new TermForm("重叠届次", term.getStartsOn().plusDays(1),
            term.getEndsOn().plusYears(1)))));
    assertEquals("startsOn", overlap.getField());
  }

  @Test
  void underZzTheMinimumAndTheLookBackKindAreGone() throws Exception {
    Actor admin = actor("admin");
    Actor office = actor("xcb");
    Organisation unit = newUnit("株洲办法镇");
    long seen = variants.choice("inspection").map(c -> c.getVersion()).orElse(-1L);
    as(admin, () -> variants.choose("inspection", "zz-2017", seen));
    try {
      InspectionRound shortRound = as(office, () -> rounds.create(form("十天巡察", RoundKind.REGULAR, MARCH_2,
          MARCH_2.plusDays(11), List.of(unit.getId()), 1, null)));
      assertEquals(10, shortRound.getWorkingDays(), "ZZ sets no minimum");
      DomainException kind = assertThrows(DomainException.class,
          () -> as(office, () -> rounds.create(form("回头看", RoundKind.LOOK_BACK, MARCH_2, MARCH_27,
              List.of(unit.getId()), 1, null))));
      assertEquals("kind", kind.getField());
    } finally {
      long now = variants.choice("inspection").orElseThrow().getVersion();
      as(admin, () -> variants.choose("inspection", "jdz-2017", now));
    }
    assertTrue(rules.active().rule("JDZ-34a").isPresent(), "switched back for the other tests");
  }

  @Test
  void lettersBeforeEntryBecomeTheRecipientsTasksDueFiveWorkingDaysLaterAndALateAnswerIsLate() throws Exception {
    Actor office = actor("xcb");
    Actor reviewer = actor("reviewer");
    InspectionRound round = as(office, () -> rounds.create(form("函询测试轮", RoundKind.REGULAR, MARCH_2, MARCH_27,
        List.of(newUnit("函询对象镇").getId()), 1, null)));
    long city = organisations.root().getId();
    long orgDept = TestDatabase.organisationId("ZZB");
    Map<String, Long> recipients = new LinkedHashMap<>();
    recipients.put("DISCIPLINE_COMMISSION", city);
    recipients.put("ORGANISATION_DEPARTMENT", orgDept);
    recipients.put("STATISTICS_BUREAU", null);
    assertThrows(AccessDeniedException.class,
        () -> as(reviewer, () -> letters.send(round.getId(), recipients, MARCH_2.minusDays(7))));
    List<InformationRequest> sent = as(office, () -> letters.send(round.getId(), recipients, MARCH_2.minusDays(7)));
    assertEquals(2, sent.size(), "a recipient without a unit gets no letter");
    InformationRequest toCommission = sent.get(0);
    InformationRequest toOrgDept = sent.get(1);
    assertEquals("XC-3.2b", toCommission.getRuleId(), "the city's commission");
    assertEquals("XC-3.2a", toOrgDept.getRuleId(), "another unit");
    assertEquals(LocalDate.of(2026, 2, 28), toCommission.getDueDate(),
        "XC-3.2: received on 23 Feb, the last day of the Spring Festival holiday; five working days later is"
            + " Saturday 28 Feb, a working day in lieu");
    DomainException twice = assertThrows(DomainException.class,
        () -> as(office, () -> letters.send(round.getId(), Map.of("DISCIPLINE_COMMISSION", city), MARCH_2)));
    assertEquals("recipients", twice.getField());

    assertTrue(as(reviewer, () -> letters.addressedToMe()).stream()
        .anyMatch(q -> q.getId().equals(toCommission.getId())), "the commission's letter reaches the reviewer");
    assertTrue(as(reviewer, () -> letters.addressedToMe()).stream()
        .noneMatch(q -> q.getId().equals(toOrgDept.getId())), "not the organisation department's");
    assertThrows(AccessDeniedException.class, () -> as(reviewer, () -> letters.get(toOrgDept.getId())));
    assertThrows(AccessDeniedException.class, () -> as(reviewer, () -> rounds.get(round.getId())),
        "the recipient reads its letter, not the round");
    assertThrows(AccessDeniedException.class, () -> as(actor("clerk1"), () -> letters.get(toCommission.getId())));
    assertTrue(as(reviewer, () -> obligations.myOpenTasks()).stream()
        .anyMatch(t -> t.getId() == toCommission.getObligationId()), "the letter is a task of the recipient");

    InformationRequest current = as(reviewer, () -> letters.get(toCommission.getId()));
    DomainException empty = assertThrows(DomainException.class,
        () -> as(reviewer, () -> letters.answer(current.getId(), current.getVersion(), " ")));
    assertEquals("answer", empty.getField());
    InformationRequest answered = as(reviewer,
        () -> letters.answer(current.getId(), current.getVersion(), "被巡察单位政治生态总体良好，近三年信访举报 3 件，均已办结。"));
    assertTrue(answered.isLate(), "answered long after 2 March");
    assertEquals(ObligationStatus.DONE_LATE,
        as(Actor.system(), () -> obligations.get(toCommission.getObligationId())).getStatus());
    assertThrows(DomainException.class,
        () -> as(reviewer, () -> letters.answer(answered.getId(), answered.getVersion(), "再答一次")));
    assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'INSPECTION_REQUEST_SENT'"
        + " AND entity_id IN (?, ?)", String.valueOf(toCommission.getId()), String.valueOf(toOrgDept.getId())));
    assertEquals(2, as(office, () -> letters.ofRound(round.getId())).size(), "the office follows its letters");
  }

  @Test
  @RunAsClient
  void aReviewerAnswersTheCommissionsLetterFromTheTaskList() throws Exception {
    PortalClient api = new PortalClient(Deployments.local(deployed));
    String office = api.token("xcb");
    long target = TestDatabase.organisationId("JTJ");
    HttpResponse<String> planned = api.send(api.jsonRequest("api/v1/inspection/rounds", office)
        .POST(PortalClient.body("{\"name\":\"浏览器函询轮" + UUID.randomUUID().toString().substring(0, 4) + "\","
            + "\"kind\":\"REGULAR\",\"startsOn\":\"2026-03-02\",\"endsOn\":\"2026-03-27\","
            + "\"authorisedBy\":\"市委书记专题会议\",\"authorisedOn\":\"2026-02-20\",\"targetIds\":[" + target
            + "],\"groupCount\":1}"))
        .build());
    assertEquals(201, planned.statusCode(), planned.body());
    long roundId = PortalClient.json(planned).getJsonNumber("id").longValue();
    String today = LocalDate.now(cn.zeren.calendar.Deadlines.BEIJING).toString();
    HttpResponse<String> sent = api.send(api.jsonRequest("api/v1/inspection/rounds/" + roundId + "/requests", office)
        .POST(PortalClient.body("{\"recipients\":{\"DISCIPLINE_COMMISSION\":"
            + TestDatabase.organisationId("SFS") + "},\"sentOn\":\"" + today + "\"}"))
        .build());
    assertEquals(201, sent.statusCode(), sent.body());
    long letterId = jakarta.json.Json.createReader(new java.io.StringReader(sent.body())).readArray()
        .getJsonObject(0).getJsonNumber("id").longValue();

    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("reviewer", TestDatabase.DEMO_PASSWORD);
      browser.go("tasks.xhtml");
      assertTrue(browser.has(By.linkText("答复巡察办商请函")), "the letter is in the reviewer's tasks");
      browser.go("inspection-request.xhtml?id=" + letterId);
      assertTrue(browser.textOf("provides").contains("政治生态"), browser.textOf("provides"));
      browser.type("answerForm:answer", "政治生态总体良好，附近三年信访举报统计。");
      browser.confirmAndWait("answerForm:submitAnswer");
      assertTrue(browser.text().contains("已答复，任务已完成。"), browser.text());
      assertTrue(browser.textOf("state").contains("已按时答复"), browser.textOf("state"));
      browser.screenshot("inspection-letter-answered");
    }
  }

  @Test
  @RunAsClient
  void theApiRefusesAUnitsClerkAndCitesJdz16() throws Exception {
    PortalClient client = new PortalClient(Deployments.local(deployed));
    String clerk = client.token("clerk1");
    HttpResponse<String> refused = client.send(client.withToken("api/v1/inspection/rounds", clerk).GET().build());
    assertEquals(403, refused.statusCode(), refused.body());
    String office = client.token("xcb");
    HttpResponse<String> list = client.send(client.withToken("api/v1/inspection/rounds", office).GET().build());
    assertEquals(200, list.statusCode(), list.body());
    long target = TestDatabase.organisationId("QSZ");
    HttpResponse<String> tooShort = client.send(client.jsonRequest("api/v1/inspection/rounds", office)
        .POST(PortalClient.body("{\"name\":\"接口短轮\",\"kind\":\"REGULAR\",\"startsOn\":\"2026-03-02\","
            + "\"endsOn\":\"2026-03-20\",\"authorisedBy\":\"市委书记专题会议\",\"authorisedOn\":\"2026-02-20\","
            + "\"targetIds\":[" + target + "],\"groupCount\":1}"))
        .build());
    assertEquals(422, tooShort.statusCode(), tooShort.body());
    JsonObject problem = PortalClient.json(tooShort);
    assertEquals("JDZ-16", problem.getString("ruleId"), tooShort.body());
  }

  @Test
  @RunAsClient
  void theOfficePlansARoundSealsItsDrawSeesWhoIsExcludedDrawsAndVerifies() throws Exception {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("xcb", TestDatabase.DEMO_PASSWORD);
      assertTrue(browser.menu().contains("巡察轮次"), browser.menu().toString());
      browser.go("inspection-rounds.xhtml");
      assertTrue(browser.text().contains("本届第一轮巡察"), "the demo rounds are listed");
      browser.type("planForm:name", "浏览器测试轮");
      browser.type("planForm:authorisedBy", "市委书记专题会议");
      browser.setValue("planForm:startsOn_input", "2026-03-02");
      browser.setValue("planForm:endsOn_input", "2026-03-27");
      browser.setValue("planForm:authorisedOn_input", "2026-02-20");
      browser.selectOptions("planForm:targetIds", "白沙镇", "市住房和城乡建设局");
      browser.clickAndWait("planForm:planRound");
      assertTrue(browser.path().endsWith("/inspection-round.xhtml"), browser.path() + " " + browser.text());
      assertTrue(browser.text().contains("已制定“浏览器测试轮”"), browser.text());

      browser.confirmAndWait("drawForm:seal");
      String sealed = browser.textOf("drawForm:sealed");
      assertTrue(sealed.contains("地域回避") && sealed.contains("JDZ-13") && sealed.contains("白沙镇"), sealed);
      assertTrue(sealed.contains("公务回避") && sealed.contains("配偶任职"), sealed);
      browser.screenshot("inspection-draw-sealed");
      browser.type("drawForm:witness", "浏览器测试见证");
      browser.confirmAndWait("drawForm:perform");
      assertTrue(browser.text().contains("已抽签，各巡察组已按结果组建"), browser.text());
      assertTrue(browser.textOf("drawForm:drawn").contains("第一巡察组"), browser.textOf("drawForm:drawn"));
      browser.click(By.cssSelector("button[id$=':verify']"));
      browser.waitForText("drawForm:record", "复核一致");
      browser.screenshot("inspection-draw-verified");
    }
  }

  @Test
  @RunAsClient
  void theOfficePutsSomeoneInThePoolRecordsWhatAvoidanceNeedsAndSeesTheTermsCoverage() throws Exception {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("xcb", TestDatabase.DEMO_PASSWORD);
      browser.go("inspection-pools.xhtml");
      assertTrue(browser.textOf("poolForm:members").contains("外省某市"), "the demo's leader pool");
      String name = TestDatabase.text("SELECT p.name FROM person p JOIN organisation o ON o.id = p.organisation_id"
          + " LEFT JOIN user_account a ON a.person_id = p.id LEFT JOIN inspection_pool_member m ON m.person_id = p.id"
          + " WHERE o.code = 'LXZ' AND a.id IS NULL AND m.id IS NULL ORDER BY p.id LIMIT 1");
      browser.type("addForm:personQuery", name);
      browser.clickAndWait("addForm:find");
      browser.choose("addForm:personId", name + "（柳溪镇", By.id("addForm:addMember"));
      browser.clickAndWait("addForm:addMember");
      assertTrue(browser.text().contains("已将" + name + "纳入人选库"), browser.text());
      browser.type("memberForm:nativePlace", "示范市白沙镇");
      browser.type("memberForm:placesWorked", "柳溪镇、石桥镇");
      browser.clickAndWait("memberForm:saveMember");
      assertTrue(browser.text().contains("已保存"), browser.text());
      assertTrue(browser.textOf("poolForm:members").contains("示范市白沙镇"), browser.textOf("poolForm:members"));
      browser.screenshot("inspection-pools");

      browser.go("inspection-coverage.xhtml");
      assertTrue(browser.text().contains("中共示范市第八届委员会"), browser.text());
      assertTrue(browser.textOf("coverageRule").contains("JDZ-16"), browser.textOf("coverageRule"));
      assertTrue(browser.textOf("units").contains("尚未巡察") && browser.textOf("units").contains("已巡察"),
          "the demo rounds covered some units, others are due");
      browser.screenshot("inspection-coverage");
    }
  }

  // ---- helpers ----

  private static void assertExcluded(List<Exclusion> excluded, Person person, Organisation target,
      AvoidanceKind kind) {
    assertTrue(excluded.stream().anyMatch(x -> x.personId() == person.getId() && x.targetId() == target.getId()
        && x.kind() == kind && x.fact() != null && !x.fact().isBlank()),
        person.getName() + " excluded from " + target.getName() + " by " + kind + ": " + excluded);
  }

  private static RoundForm form(String name, RoundKind kind, LocalDate from, LocalDate to, List<Long> targets,
      int groups, String adjustment) {
    return new RoundForm(name + UUID.randomUUID().toString().substring(0, 4), kind, null, from, to, "市委书记专题会议",
        from.minusDays(10), targets, groups, adjustment);
  }

  private Organisation newUnit(String name) throws Exception {
    Organisation draft = TestUnits.township("XC", name);
    return as(actor("admin"), () -> organisations.create(draft, organisations.root().getId()));
  }

  private Person person(String name, Organisation unit) throws Exception {
    return as(actor("admin"), () -> people.create(new PersonForm(name, unit.getId(), "干部", null, null)));
  }

  private Actor actor(String username) {
    Actor actor = actors.resolve(username, null, "127.0.0.1");
    assertNotNull(actor, "account " + username);
    return actor;
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }
}
