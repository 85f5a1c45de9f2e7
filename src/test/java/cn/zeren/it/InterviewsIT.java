package cn.zeren.it;

import static cn.zeren.it.support.TestDatabase.count;
import static cn.zeren.it.support.TestDatabase.text;
import static cn.zeren.it.support.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Deadlines;
import cn.zeren.interview.CoverageRow;
import cn.zeren.interview.Interview;
import cn.zeren.interview.InterviewReminderJob;
import cn.zeren.interview.InterviewService;
import cn.zeren.interview.InterviewStatus;
import cn.zeren.interview.ScheduleForm;
import cn.zeren.interview.Suggestion;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.SignatureReaders;
import cn.zeren.it.support.SmtpSink;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.Failures;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.SignatureView;
import cn.zeren.signature.Verification;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
 * Interviews on MariaDB (YW-12): scheduling reminds both sides (inbox and e-mail) and again the day before; only the
 * interviewee writes the explanation, only after the talk, with a stale edit refused; only the interviewing leader
 * signs it, a wrong password signs nothing; a signed explanation refuses edits and verifies, and a changed
 * character of its row makes the signature invalid; a forwarded report goes to the unit's own leader and its reply
 * back to the commission; thresholds suggest interviews; the coverage of the yearly interview of the heads.
 *
 * <p>From outside ({@link RunAsClient}): an interview in the browser from scheduling to the signed reply (YW-12.1,
 * YW-12.2): the commission sees 李青山 of 青山镇 not yet interviewed this year, schedules the yearly interview with
 * him, records the minutes; he writes his explanation; the commission signs it with the password (a wrong one
 * refused next to its field); he sees the signed reply, and the coverage view no longer lists him as not
 * interviewed. Then the API's problems for the same steps.
 */
@ExtendWith(ArquillianExtension.class)
class InterviewsIT {
  private static final int SMTP_PORT = Integer.parseInt(System.getenv().getOrDefault("ZEREN_MAIL_PORT", "9125"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithClientTests(InterviewsIT.class, SmtpSink.class, SmtpSink.Mail.class);
  }

  @ArquillianResource URL deployed;

  @Inject InterviewService interviews;
  @Inject InterviewReminderJob reminderJob;
  @Inject SignatureService signatures;
  @Inject ActorResolver actors;

  @Test
  void fromSchedulingToTheSignedReply() throws Exception {
    Actor leader = newActor("SFS", Role.COMMISSION_LEADER);
    Actor head = newActor("QSZ", Role.PRIMARY_LEADER);
    String leaderMail = mail(leader);
    String headMail = mail(head);
    Interview interview;
    try (SmtpSink smtp = SmtpSink.start(SMTP_PORT)) {
      interview = as(leader, () -> interviews.schedule(form("YEARLY_HEADS", "QSZ", leader, head, inHours(1))));
      assertEquals("YW-12.2", interview.getRuleId());
      assertTrue(smtp.to(leaderMail).stream().anyMatch(m -> m.subject().startsWith("约谈提醒")), "mail to the leader");
      assertTrue(smtp.to(headMail).stream().anyMatch(m -> m.body().contains("YW-12.2")), "mail to the interviewee");
    }
    assertEquals(1, inbox(leader, interview.getId()), "the leader's inbox");
    assertEquals(1, inbox(head, interview.getId()), "the interviewee's inbox");

    DomainException early = assertThrows(DomainException.class,
        () -> as(head, () -> interviews.explain(interview.getId(), null, "说明")));
    assertEquals("interview.explain.notYet", early.getKey());
    heldAnHourAgo(interview.getId());
    as(leader, () -> interviews.recordMinutes(interview.getId(), interview.getVersion(), "指出问题三项，提出整改要求。"));

    assertThrows(AccessDeniedException.class,
        () -> as(leader, () -> interviews.explain(interview.getId(), null, "代写的说明")), "the leader does not write it");
    long first = as(head, () -> interviews.explain(interview.getId(), null, "关于约谈所指问题的情况说明。")).getVersion();
    long second = as(head, () -> interviews.explain(interview.getId(), first, "关于约谈所指三项问题的情况说明。")).getVersion();
    assertThrows(ConcurrentChangeException.class,
        () -> as(head, () -> interviews.explain(interview.getId(), first, "过时的修改")), "a stale edit is refused");
    assertEquals("关于约谈所指三项问题的情况说明。",
        text("SELECT text FROM interview_explanation WHERE interview_id = ?", interview.getId()), "nothing lost");

    assertThrows(AccessDeniedException.class,
        () -> as(head, () -> interviews.sign(interview.getId(), "同意", password())), "the interviewee cannot sign");
    Actor otherLeader = newActor("SFS", Role.COMMISSION_LEADER);
    assertThrows(AccessDeniedException.class,
        () -> as(otherLeader, () -> interviews.sign(interview.getId(), "同意", password())),
        "nor another commission leader");
    DomainException wrong = assertThrows(DomainException.class,
        () -> as(leader, () -> interviews.sign(interview.getId(), "同意", "not-the-password".toCharArray())));
    assertEquals("password", wrong.getField());
    assertEquals(0, as(leader, () -> interviews.signatures(interview.getId())).size(), "nothing signed");

    SignatureView signed = as(leader, () -> interviews.sign(interview.getId(), "情况属实，同意。", password()));
    assertEquals("INTERVIEW_EXPLANATION", signed.subjectType());
    assertEquals(InterviewStatus.REPLIED, as(head, () -> interviews.get(interview.getId())).getStatus());
    assertValid(as(head, () -> signatures.verify(signed.id())));
    Actor unitClerk = newActor("QSZ", Role.UNIT_CLERK);
    assertThrows(AccessDeniedException.class, () -> as(unitClerk, () -> interviews.get(interview.getId())),
        "the unit's clerk is no party to the interview");
    SignatureReaders.assertRefused(signatures, unitClerk, signed.id(), "the unit's clerk (issue 13, finding 1)");
    assertEquals(signed.id(), as(leader, () -> signatures.find(signed.id())).id(), "the interviewing leader does");
    assertEquals(1, count("SELECT COUNT(*) FROM inbox_message WHERE person_id = ? AND reference_id = ?"
        + " AND topic = 'INTERVIEW' AND subject LIKE '情况说明已签字回复%'", head.personId(), interview.getId()),
        "the reply reaches the interviewee");

    InterviewRuleCheck.refused(assertThrows(DomainException.class,
        () -> as(head, () -> interviews.explain(interview.getId(), second, "签字后的修改"))), "YW-12.2", "explanation");

    String original = text("SELECT text FROM interview_explanation WHERE interview_id = ?", interview.getId());
    update("UPDATE interview_explanation SET text = ? WHERE interview_id = ?", original.replace("三", "四"),
        interview.getId());
    try {
      Verification tampered = as(head, () -> signatures.verify(signed.id()));
      assertFalse(tampered.valid());
      assertEquals("signature.invalid.contentChanged", tampered.reasonKey());
    } finally {
      update("UPDATE interview_explanation SET text = ? WHERE interview_id = ?", original, interview.getId());
    }
    assertValid(as(head, () -> signatures.verify(signed.id())));
  }

  @Test
  void bothSidesAreRemindedOnceTheDayBefore() throws Exception {
    Actor leader = newActor("SFS", Role.COMMISSION_LEADER);
    Actor head = newActor("QSZ", Role.DISCIPLINE_HEAD);
    LocalDate day = LocalDate.now(Deadlines.BEIJING).plusDays(10);
    Interview interview =
        as(leader, () -> interviews.schedule(form("YEARLY_HEADS", "QSZ", leader, head, day.atTime(9, 30))));
    Instant dayBefore = day.minusDays(1).atTime(8, 0).atZone(Deadlines.BEIJING).toInstant();
    reminderJob.runAt(dayBefore.minus(Duration.ofDays(1)));
    assertEquals(1, inbox(head, interview.getId()), "two days before: only the notice of scheduling");
    reminderJob.runAt(dayBefore);
    reminderJob.runAt(dayBefore.plus(Duration.ofHours(3)));
    assertEquals(2, inbox(leader, interview.getId()), "the day before, once");
    assertEquals(2, inbox(head, interview.getId()));
    assertEquals(1, count("SELECT COUNT(*) FROM inbox_message WHERE person_id = ? AND reference_id = ?"
        + " AND subject LIKE '明天约谈%'", head.personId(), interview.getId()));
  }

  @Test
  void aForwardedReportIsTakenUpByTheUnitsOwnLeaderAndItsReplyReturnsToTheCommission() throws Exception {
    Actor reviewer = newActor("SFS", Role.COMMISSION_REVIEWER);
    Actor commissionLeader = newActor("SFS", Role.COMMISSION_LEADER);
    Actor unitLeader = newActor("QSZ", Role.PRIMARY_LEADER);
    Actor cadre = newActor("QSZ", Role.TEAM_MEMBER);
    DomainException notUnit = assertThrows(DomainException.class, () -> as(reviewer,
        () -> interviews.schedule(form("FORWARDED_REPORT", "QSZ", commissionLeader, cadre, inHours(2)))));
    InterviewRuleCheck.refused(notUnit, "YW-12.1", "interviewerId");
    DomainException notSchedulable = assertThrows(DomainException.class, () -> as(unitLeader,
        () -> interviews.schedule(form("YEARLY_HEADS", "QSZ", unitLeader, cadre, inHours(2)))));
    InterviewRuleCheck.refused(notSchedulable, "YW-12.2", "typeCode");

    Interview interview = as(reviewer,
        () -> interviews.schedule(form("FORWARDED_REPORT", "QSZ", unitLeader, cadre, inHours(2))));
    heldAnHourAgo(interview.getId());
    as(unitLeader, () -> interviews.recordMinutes(interview.getId(), interview.getVersion(), "转来问题反映，当面谈话。"));
    as(cadre, () -> interviews.explain(interview.getId(), null, "对反映问题的说明。"));
    as(unitLeader, () -> interviews.sign(interview.getId(), "经核实，同意。", password()));
    assertEquals(1, count("SELECT COUNT(*) FROM inbox_message WHERE person_id = ? AND reference_id = ?"
        + " AND subject LIKE '情况说明已签字回复%'", reviewer.personId(), interview.getId()),
        "the commission that forwarded the report gets the reply");
    assertEquals(1, as(reviewer, () -> interviews.signatures(interview.getId())).size(), "and sees it");
  }

  @Test
  void thresholdsOfTheRulePackPutSuggestedInterviewsInTheCommissionsQueue() throws Exception {
    Actor reviewer = newActor("SFS", Role.COMMISSION_REVIEWER);
    int year = 2030 + (int) (Math.random() * 60);
    long unit = TestDatabase.organisationId("CZJ");
    as(reviewer, () -> interviews.recordFigures(unit, year, null, 4, 9, 2, new BigDecimal("80")));
    assertEquals(List.of(), codes(reviewer, year, unit), "just below every threshold");
    long version = as(reviewer, () -> interviews.figures(unit, year)).orElseThrow().getVersion();
    as(reviewer, () -> interviews.recordFigures(unit, year, version, 5, 10, 2, new BigDecimal("79.5")));
    assertEquals(List.of("LOW_SATISFACTION", "MANY_PETITIONS", "MANY_PROBLEMS"), codes(reviewer, year, unit));
    assertThrows(ConcurrentChangeException.class,
        () -> as(reviewer, () -> interviews.recordFigures(unit, year, version, 0, 0, 0, null)));
    Suggestion petitions = as(reviewer, () -> interviews.suggestions(year)).stream()
        .filter(s -> s.getTriggerCode().equals("MANY_PETITIONS")).findFirst().orElseThrow();
    assertEquals("YW-12.2", petitions.getRuleId());
    assertEquals(0, new BigDecimal("10").compareTo(petitions.getFigure()));
    as(reviewer, () -> interviews.dismiss(petitions.getId(), petitions.getVersion()));
    assertEquals(List.of("LOW_SATISFACTION", "MANY_PROBLEMS"), codes(reviewer, year, unit));
    Actor unitClerk = actors.resolve("clerk2", null, "127.0.0.1");
    assertThrows(AccessDeniedException.class, () -> as(unitClerk, () -> interviews.suggestions(year)));
  }

  @Test
  void figuresOutsideTheirDomainAreRefusedByTheServiceNamingTheField() throws Exception {
    Actor reviewer = newActor("SFS", Role.COMMISSION_REVIEWER);
    long unit = TestDatabase.organisationId("CZJ");
    int year = 2030 + (int) (Math.random() * 60);
    assertViolation("year", () -> as(reviewer, () -> interviews.recordFigures(unit, 99999, null, 0, 0, 0, null)));
    assertViolation("petitions", () -> as(reviewer, () -> interviews.recordFigures(unit, year, null, 0, -1, 0, null)));
    assertViolation("satisfaction",
        () -> as(reviewer, () -> interviews.recordFigures(unit, year, null, 0, 0, 0, new BigDecimal("1000"))));
    assertViolation("satisfaction",
        () -> as(reviewer, () -> interviews.recordFigures(unit, year, null, 0, 0, 0, new BigDecimal("-1"))));
    assertViolation("satisfaction",
        () -> as(reviewer, () -> interviews.recordFigures(unit, year, null, 0, 0, 0, new BigDecimal("80.125"))));
    assertTrue(as(reviewer, () -> interviews.figures(unit, year)).isEmpty(), "nothing recorded");

    long version = as(reviewer, () -> interviews.recordFigures(unit, year, null, 1, 1, 1, new BigDecimal("90.5")))
        .getVersion();
    assertViolation("cases", () -> as(reviewer, () -> interviews.recordFigures(unit, year, version, 1, 1, -2, null)));
    assertEquals(1, as(reviewer, () -> interviews.figures(unit, year)).orElseThrow().getCases(), "an edit too");
  }

  private static void assertViolation(String field, org.junit.jupiter.api.function.Executable call) {
    RuntimeException failure = assertThrows(RuntimeException.class, call);
    if (!(Failures.explain(failure) instanceof ConstraintViolationException violations)) {
      throw new AssertionError("not a validation failure", failure);
    }
    List<String> fields = violations.getConstraintViolations().stream().map(v -> {
      String last = null;
      for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
        last = node.getName();
      }
      return last;
    }).distinct().toList();
    assertEquals(List.of(field), fields, violations.getMessage());
  }

  @Test
  void aTalkAlreadyHeldIsRecordedWithItsMinutesAtOnceAndAPastTimeWithoutThemIsRefused() throws Exception {
    Actor leader = newActor("SFS", Role.COMMISSION_LEADER);
    Actor head = newActor("QSZ", Role.PRIMARY_LEADER);
    LocalDateTime yesterday = LocalDateTime.now(Deadlines.BEIJING).minusDays(1);
    InterviewRuleCheck.refused(assertThrows(DomainException.class, () -> as(leader,
        () -> interviews.schedule(form("YEARLY_HEADS", "QSZ", leader, head, yesterday)))), "YW-12.2", "minutes");
    InterviewRuleCheck.refused(assertThrows(DomainException.class, () -> as(leader,
        () -> interviews.schedule(held("YEARLY_HEADS", "QSZ", leader, head, inHours(2), "尚未谈话的记录")))),
        "YW-12.2", "minutes");
    DomainException longAgo = assertThrows(DomainException.class, () -> as(leader,
        () -> interviews.schedule(held("YEARLY_HEADS", "QSZ", leader, head, yesterday.withYear(1999), "记录"))));
    assertEquals("scheduledAt", longAgo.getField());
    assertEquals(0, inboxOf(head), "nothing announced for a refused one");

    Interview recorded = as(leader,
        () -> interviews.schedule(held("YEARLY_HEADS", "QSZ", leader, head, yesterday, "昨日已当面谈话，指出问题两项。")));
    assertEquals(InterviewStatus.HELD, recorded.getStatus());
    assertEquals("昨日已当面谈话，指出问题两项。", text("SELECT minutes FROM interview WHERE id = ?", recorded.getId()));
    assertEquals(1, count("SELECT COUNT(*) FROM inbox_message WHERE person_id = ? AND reference_id = ?"
        + " AND subject LIKE '请填写情况说明%'", head.personId(), recorded.getId()), "asked for the explanation");
    assertEquals(0, count("SELECT COUNT(*) FROM inbox_message WHERE reference_id = ? AND topic = 'INTERVIEW'"
        + " AND subject LIKE '约谈提醒%'", recorded.getId()), "not announced as a talk to attend");
    as(head, () -> interviews.explain(recorded.getId(), null, "关于所指两项问题的情况说明。"));
  }

  @Test
  void theCoverageListsTheHeadsNotYetInterviewedThisYearAndAnInterviewTakesThemOff() throws Exception {
    Actor commission = actors.resolve("commission", null, "127.0.0.1");
    Actor head = newActor("QSZ", Role.PRIMARY_LEADER);
    int year = LocalDate.now(Deadlines.BEIJING).getYear();
    List<CoverageRow> before = as(commission, () -> interviews.coverage(year));
    CoverageRow row = rowOf(before, head);
    assertTrue(row.open());
    assertEquals("青山镇", row.organisationName());
    assertEquals(Role.PRIMARY_LEADER, row.role());
    assertTrue(before.stream().anyMatch(r -> r.role() == Role.DISCIPLINE_HEAD && r.personName().equals("孙纪检")),
        "the commission heads of the lower units too");
    assertTrue(before.stream().noneMatch(r -> r.organisationName().equals("示范市")), "only the level below");

    Interview planned = as(commission,
        () -> interviews.schedule(form("YEARLY_HEADS", "QSZ", commission, head, inHours(1))));
    CoverageRow scheduled = rowOf(as(commission, () -> interviews.coverage(year)), head);
    assertTrue(scheduled.open(), "scheduled is not yet interviewed");
    assertEquals(planned.getId(), scheduled.plannedInterviewId());

    heldAnHourAgo(planned.getId());
    as(commission, () -> interviews.recordMinutes(planned.getId(), planned.getVersion(), "了解履行两个责任情况。"));
    List<CoverageRow> after = as(commission, () -> interviews.coverage(year));
    assertFalse(rowOf(after, head).open(), "interviewed this year");
    assertEquals(planned.getId(), rowOf(after, head).heldInterviewId());
    assertEquals(open(before), open(after) + 1, "one fewer not yet interviewed");
    assertTrue(rowOf(as(commission, () -> interviews.coverage(year + 1)), head).open(), "next year counts anew");

    Actor clerk = actors.resolve("clerk1", null, "127.0.0.1");
    assertThrows(AccessDeniedException.class, () -> as(clerk, () -> interviews.coverage(year)));
  }

  /** Rule-citing refusals carry the article and the field. */
  static final class InterviewRuleCheck {
    static void refused(DomainException e, String ruleId, String field) {
      assertEquals(ruleId, e.getRuleId(), e.getKey());
      assertEquals(field, e.getField(), e.getKey());
    }
  }

  private static long open(List<CoverageRow> rows) {
    return rows.stream().filter(CoverageRow::open).count();
  }

  private static CoverageRow rowOf(List<CoverageRow> rows, Actor person) {
    return rows.stream().filter(r -> r.personId() == person.personId()).findFirst().orElseThrow();
  }

  private List<String> codes(Actor actor, int year, long unit) throws Exception {
    return as(actor, () -> interviews.suggestions(year)).stream()
        .filter(s -> s.getOrganisation().getId() == unit)
        .map(Suggestion::getTriggerCode)
        .sorted()
        .toList();
  }

  private static ScheduleForm form(String type, String unit, Actor interviewer, Actor interviewee, LocalDateTime at) {
    return held(type, unit, interviewer, interviewee, at, null);
  }

  /** A talk already held, recorded with its minutes (a past time), or with none. */
  private static ScheduleForm held(String type, String unit, Actor interviewer, Actor interviewee, LocalDateTime at,
      String minutes) {
    return new ScheduleForm(type, TestDatabase.organisationId(unit), interviewer.personId(), interviewee.personId(), at,
        "谈话室", "了解履行“两个责任”情况", minutes, null);
  }

  private static LocalDateTime inHours(int hours) {
    return LocalDateTime.now(Deadlines.BEIJING).plusHours(hours);
  }

  private Actor newActor(String unit, Role role) {
    return actors.resolve(TestDatabase.newAccount(unit, role), null, "127.0.0.1");
  }

  private static String mail(Actor actor) throws SQLException {
    String address = "iv-" + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.cn";
    update("UPDATE person SET email = ? WHERE id = ?", address, actor.personId());
    return address;
  }

  private static long inboxOf(Actor actor) throws SQLException {
    return count("SELECT COUNT(*) FROM inbox_message WHERE person_id = ? AND topic = 'INTERVIEW'", actor.personId());
  }

  private static long inbox(Actor actor, long interviewId) throws SQLException {
    return count("SELECT COUNT(*) FROM inbox_message WHERE person_id = ? AND reference_id = ? AND topic = 'INTERVIEW'",
        actor.personId(), interviewId);
  }

  private static void assertValid(Verification verification) {
    assertTrue(verification.valid(), verification.reason());
    assertEquals("signature.valid", verification.reasonKey());
  }

  private static char[] password() {
    return TestDatabase.TEST_PASSWORD.toCharArray();
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }

  // ---- from outside (@RunAsClient): the browser and the API ----

  @Test
  @RunAsClient
  void anInterviewGoesFromSchedulingToTheSignedReply() throws SQLException {
    String interviewId;
    try (Browser commission = Browser.open(Deployments.local(deployed))) {
      try {
        commission.signIn("commission", TestDatabase.DEMO_PASSWORD);
        commission.go("interview-oversight.xhtml");
        assertTrue(leader1Row(commission).contains("本年度尚未约谈"), leader1Row(commission));
        commission.screenshot("interview-coverage-before");

        commission.clickAndWait(leader1ScheduleLink(commission));
        assertEquals("李青山", selected(commission, "interviewForm:intervieweeId"), "prefilled from the coverage view");
        assertEquals("郑纪明", selected(commission, "interviewForm:interviewerId"));
        commission.click("interviewForm:save");
        commission.waitForText("interviewForm", "请填写约谈地点");
        commission.type("interviewForm:place", "市纪委监委二楼谈话室");
        commission.type("interviewForm:topic", "了解履行“两个责任”情况");
        commission.clickAndWait("interviewForm:save");
        assertTrue(commission.path().endsWith("/interview.xhtml"), commission.path());
        interviewId = commission.param("id");
        assertEquals("李青山", commission.textOf("interviewee"));
        assertEquals("已安排", commission.textOf("status"));

        commission.type("minutesForm:minutes", "指出问题两项，要求一个月内整改。");
        commission.confirmAndWait("minutesForm:recordMinutes");
        assertTrue(commission.text().contains("约谈时间还没到"), "no minutes before the talk");
        heldAnHourAgo(Long.parseLong(interviewId)); // the days until the talk pass
        commission.go("interview.xhtml?id=" + interviewId);

        commission.type("minutesForm:minutes", "指出问题两项，要求一个月内整改。");
        commission.confirmAndWait("minutesForm:recordMinutes");
        assertEquals("已谈话", commission.textOf("status"));
      } catch (AssertionError | RuntimeException e) {
        commission.screenshot("interview-failure");
        throw new AssertionError(e.getMessage() + "\nPAGE " + commission.path() + ": " + commission.text(), e);
      }
    }

    try (Browser leader = Browser.open(Deployments.local(deployed))) {
      leader.signIn("leader1", TestDatabase.DEMO_PASSWORD);
      leader.go("inbox.xhtml");
      assertTrue(leader.text().contains("请填写情况说明"), "asked for the explanation in the inbox");
      leader.go("interview.xhtml?id=" + interviewId);
      leader.type("explanationForm:explanation", "关于所指两项问题的情况说明：已制订整改方案。");
      leader.clickAndWait("explanationForm:saveExplanation");
      assertTrue(leader.textOf("explanationForm").contains("情况说明已提交") || leader.text().contains("情况说明已提交"));
    }

    try (Browser commission = Browser.open(Deployments.local(deployed))) {
      commission.signIn("commission", TestDatabase.DEMO_PASSWORD);
      commission.go("interview.xhtml?id=" + interviewId);
      commission.click("explanationForm:sign");
      commission.waitForText("signDialog", "签字背书");
      commission.type("signForm:opinion", "情况属实，同意整改方案。");
      commission.type("signForm:password", "not-the-password");
      commission.click("signForm:signConfirm");
      commission.click(By.id("confirmYes"));
      commission.waitForText("signForm", "密码不正确");
      commission.type("signForm:password", TestDatabase.DEMO_PASSWORD);
      commission.click("signForm:signConfirm");
      commission.click(By.id("confirmYes"));
      commission.waitForText("explanationForm", "情况属实，同意整改方案。");
      assertFalse(commission.has(By.id("explanationForm:sign")), "signed once");
      commission.go("interview-oversight.xhtml");
      assertTrue(leader1Row(commission).contains("已约谈"), leader1Row(commission));
    }

    try (Browser leader = Browser.open(Deployments.local(deployed))) {
      leader.signIn("leader1", TestDatabase.DEMO_PASSWORD);
      leader.go("inbox.xhtml");
      assertTrue(leader.text().contains("情况说明已签字回复"), "the reply reaches the inbox");
      leader.go("interview.xhtml?id=" + interviewId);
      assertEquals("已签字回复", leader.textOf("status"));
      assertTrue(leader.textOf("explanationForm").contains("签字背书回复"));
      assertTrue(leader.textOf("explanationForm").contains("郑纪明"), leader.textOf("explanationForm"));
      assertFalse(leader.has(By.id("explanationForm:explanation")), "no longer editable");
      leader.click("explanationForm:signatures:0:verify");
      leader.waitForText("explanationForm", "签名有效");
      leader.screenshot("interview-signed-reply");
      leader.go("interviews.xhtml");
      assertTrue(leader.textOf("interviewsForm:interviews").contains("已签字回复"), "listed with its state");
    }

    PortalClient api = portal();
    String leader1 = api.token("leader1");
    HttpResponse<String> edit = api.send(api.jsonRequest("api/v1/interviews/" + interviewId + "/explanation", leader1)
        .PUT(HttpRequest.BodyPublishers.ofString("{\"version\":1,\"text\":\"签字后再改\"}")).build());
    assertEquals(422, edit.statusCode(), edit.body());
    assertEquals("YW-12.2", PortalClient.json(edit).getString("ruleId"), edit.body());
    HttpResponse<String> sign = api.send(api.jsonRequest("api/v1/interviews/" + interviewId + "/explanation/sign", leader1)
        .POST(HttpRequest.BodyPublishers.ofString("{\"opinion\":\"同意\",\"password\":\"x\"}")).build());
    assertEquals(403, sign.statusCode(), "only the interviewing leader signs: " + sign.body());
    HttpResponse<String> coverage = api.send(api.jsonRequest("api/v1/interviews/coverage", api.token("commission")).GET().build());
    assertEquals(200, coverage.statusCode(), coverage.body());
    JsonObject body = PortalClient.json(coverage);
    assertTrue(body.getJsonArray("heads").size() > body.getJsonNumber("notYetInterviewed").longValue(), coverage.body());
  }

  @Test
  @RunAsClient
  void aPlaceOrTopicOverItsLengthIsAProblemNamingTheFieldAndSchedulesNothing() throws SQLException {
    PortalClient api = portal();
    String commission = api.token("commission");
    long before = count("SELECT COUNT(*) FROM interview");
    HttpResponse<String> place = api.send(api.jsonRequest("api/v1/interviews", commission)
        .POST(PortalClient.body(scheduleJson(nextWeek(), "谈".repeat(201), "了解履行“两个责任”情况"))).build());
    assertFieldProblem(place, 400, "place");
    HttpResponse<String> topic = api.send(api.jsonRequest("api/v1/interviews", commission)
        .POST(PortalClient.body(scheduleJson(nextWeek(), "谈话室", "题".repeat(2001)))).build());
    assertFieldProblem(topic, 400, "topic");
    assertEquals(before, count("SELECT COUNT(*) FROM interview"), "nothing scheduled");
  }

  @Test
  @RunAsClient
  void theApiRefusesFiguresOutsideTheirDomainNamingTheFieldOrTheParameter() throws SQLException {
    PortalClient api = portal();
    String commission = api.token("commission");
    long unit = TestDatabase.organisationId("BSZ");
    int year = 2030 + (int) (Math.random() * 60);
    String figures = "{\"otherProblems\":1,\"petitions\":2,\"cases\":0,\"satisfaction\":90}";
    HttpResponse<String> negativeYear = putFigures(api, commission, unit, "-1", figures);
    assertFieldProblem(negativeYear, 400, "year");
    assertEquals("年度应在 2000 至 2100 之间。",
        PortalClient.json(negativeYear).getJsonArray("errors").getJsonObject(0).getString("message"));
    assertFieldProblem(putFigures(api, commission, unit, "99999", figures), 400, "year");
    assertFieldProblem(putFigures(api, commission, unit, String.valueOf(year),
        figures.replace("\"petitions\":2", "\"petitions\":-2")), 400, "petitions");
    assertFieldProblem(putFigures(api, commission, unit, String.valueOf(year),
        figures.replace("\"cases\":0", "\"cases\":-1")), 400, "cases");
    assertFieldProblem(putFigures(api, commission, unit, String.valueOf(year), figures.replace("90", "-1")), 400,
        "satisfaction");
    assertFieldProblem(putFigures(api, commission, unit, String.valueOf(year), figures.replace("90", "1000")), 400,
        "satisfaction");
    assertFieldProblem(putFigures(api, commission, unit, String.valueOf(year), "{\"version\":-1}"), 400, "version");
    assertEquals(0, count("SELECT COUNT(*) FROM unit_figures WHERE organisation_id = ? AND year = ?", unit, year),
        "nothing recorded");
    assertFieldProblem(api.send(api.withToken("api/v1/interviews/suggestions?year=99999", commission).GET().build()),
        400, "year");
    assertFieldProblem(api.send(api.withToken("api/v1/interviews/coverage?year=1999", commission).GET().build()),
        400, "year");

    HttpResponse<String> saved = putFigures(api, commission, unit, String.valueOf(year), figures);
    assertEquals(200, saved.statusCode(), saved.body());
  }

  private static HttpResponse<String> putFigures(PortalClient api, String token, long unit, String year, String json) {
    return api.send(api.jsonRequest("api/v1/interviews/figures/" + unit + "/" + year, token)
        .PUT(PortalClient.body(json)).build());
  }

  @Test
  @RunAsClient
  void theApiRecordsATalkAlreadyHeldOnlyWithItsMinutesAndSchedulesOnlyAFutureOneWithout() throws SQLException {
    PortalClient api = portal();
    String commission = api.token("commission");
    long head = personOf(TestDatabase.newAccount("QSZ", Role.PRIMARY_LEADER));
    String yesterday = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).withNano(0).toString();
    HttpResponse<String> noMinutes = api.send(api.jsonRequest("api/v1/interviews", commission)
        .POST(PortalClient.body(scheduleJson(head, yesterday, "谈话室", "了解履行“两个责任”情况"))).build());
    assertFieldProblem(noMinutes, 422, "minutes");
    assertEquals("YW-12.2", PortalClient.json(noMinutes).getString("ruleId"), noMinutes.body());
    HttpResponse<String> early = api.send(api.jsonRequest("api/v1/interviews", commission).POST(PortalClient.body(
        withMinutes(scheduleJson(head, nextWeek(), "谈话室", "了解履行“两个责任”情况"), "尚未谈话的记录"))).build());
    assertFieldProblem(early, 422, "minutes");
    HttpResponse<String> malformed = api.send(api.jsonRequest("api/v1/interviews", commission)
        .POST(PortalClient.body(scheduleJson(head, "下周三上午", "谈话室", "了解履行“两个责任”情况"))).build());
    assertFieldProblem(malformed, 400, "scheduledAt");

    HttpResponse<String> recorded = api.send(api.jsonRequest("api/v1/interviews", commission).POST(PortalClient.body(
        withMinutes(scheduleJson(head, yesterday, "谈话室", "了解履行“两个责任”情况"), "昨日已当面谈话。"))).build());
    assertEquals(201, recorded.statusCode(), recorded.body());
    assertEquals("HELD", PortalClient.json(recorded).getString("status"), recorded.body());
    assertEquals(Instant.from(OffsetDateTime.parse(yesterday)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
        Instant.parse(PortalClient.json(recorded).getString("scheduledAt")), "the offset is understood");
  }

  @Test
  @RunAsClient
  void theOpenApiDocumentTypesEveryScheduledTimeAsADateTimeString() {
    HttpResponse<String> document = portal().get("openapi?format=json");
    assertEquals(200, document.statusCode(), document.body());
    JsonObject schemas = PortalClient.json(document).getJsonObject("components").getJsonObject("schemas");
    List<String> typed = schemas.entrySet().stream()
        .filter(e -> e.getValue().asJsonObject().containsKey("properties")
            && e.getValue().asJsonObject().getJsonObject("properties").containsKey("scheduledAt"))
        .map(e -> {
          JsonObject property = e.getValue().asJsonObject().getJsonObject("properties").getJsonObject("scheduledAt");
          return e.getKey() + ":" + property.getString("type", "?") + "/" + property.getString("format", "?");
        })
        .sorted()
        .toList();
    assertTrue(typed.size() >= 2, "the request and the answer: " + typed);
    assertTrue(typed.stream().allMatch(t -> t.endsWith(":string/date-time")), typed.toString());
  }

  private static String withMinutes(String json, String minutes) {
    return json.replace("{", "{\"minutes\":\"" + minutes + "\",");
  }

  /** The yearly interview of 青山镇's primary leader by the commission's head, as the API takes it. */
  private static String scheduleJson(String scheduledAt, String place, String topic) throws SQLException {
    return scheduleJson(personOf("leader1"), scheduledAt, place, topic);
  }

  /** The yearly interview of one of 青山镇's heads by the commission's head, as the API takes it. */
  private static String scheduleJson(long head, String scheduledAt, String place, String topic) throws SQLException {
    return Json.createObjectBuilder()
        .add("typeCode", "YEARLY_HEADS")
        .add("organisationId", TestDatabase.organisationId("QSZ"))
        .add("interviewerId", personOf("commission"))
        .add("intervieweeId", head)
        .add("scheduledAt", scheduledAt)
        .add("place", place)
        .add("topic", topic)
        .build()
        .toString();
  }

  private static String nextWeek() {
    return LocalDate.now(Deadlines.BEIJING).plusDays(7).atTime(9, 30).toString();
  }

  private static long personOf(String username) throws SQLException {
    return count("SELECT person_id FROM user_account WHERE username = ?", username);
  }

  private static void assertFieldProblem(HttpResponse<String> answer, int status, String field) {
    assertEquals(status, answer.statusCode(), answer.body());
    assertTrue(PortalClient.contentType(answer).startsWith("application/problem+json"), answer.body());
    assertEquals(field, PortalClient.json(answer).getJsonArray("errors").getJsonObject(0).getString("field"),
        answer.body());
  }

  /** Moves the scheduled time to an hour ago, as if the days until the talk had passed (the page's clock is real). */
  private static void heldAnHourAgo(long interviewId) throws SQLException {
    assertEquals(1, update("UPDATE interview SET scheduled_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR WHERE id = ?",
        interviewId));
  }

  private static String leader1ScheduleLink(Browser browser) {
    for (int row = 0; row < 100; row++) {
      String id = "coverageForm:coverage:" + row + ":head";
      if (browser.has(By.id(id)) && browser.textOf(id).equals("李青山")) {
        return "coverageForm:coverage:" + row + ":schedule";
      }
    }
    throw new AssertionError("李青山 not in the coverage view");
  }

  private static String selected(Browser browser, String menuId) {
    return browser.textOf(menuId + "_label");
  }

  private static String leader1Row(Browser browser) {
    return browser.textOf("coverageForm:coverage").lines()
        .filter(l -> l.contains("李青山")).findFirst().orElse("(李青山 not listed) " + browser.textOf("coverageForm:coverage"));
  }

  private PortalClient portal() {
    return new PortalClient(Deployments.local(deployed));
  }
}
