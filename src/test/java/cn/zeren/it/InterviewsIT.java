package cn.zeren.it;

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
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.SmtpSink;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.security.AccessDeniedException;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.SignatureView;
import cn.zeren.signature.Verification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Interviews on MariaDB (YW-12): scheduling reminds both sides (inbox and e-mail) and again the day before; only the
 * interviewee writes the explanation, only after the talk, with a stale edit refused; only the interviewing leader
 * signs it, a wrong password signs nothing; a signed explanation refuses edits and verifies, and a changed
 * character of its row makes the signature invalid; a forwarded report goes to the unit's own leader and its reply
 * back to the commission; thresholds suggest interviews; the coverage of the yearly interview of the heads.
 */
@ExtendWith(ArquillianExtension.class)
class InterviewsIT {
  private static final int SMTP_PORT = Integer.parseInt(System.getenv().getOrDefault("ZEREN_MAIL_PORT", "9125"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWith(InterviewsIT.class, TestDatabase.class, SmtpSink.class, SmtpSink.Mail.class);
  }

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
      interview = as(leader, () -> interviews.schedule(form("YEARLY_HEADS", "QSZ", leader, head, hoursAgo(1))));
      assertEquals("YW-12.2", interview.getRuleId());
      assertTrue(smtp.to(leaderMail).stream().anyMatch(m -> m.subject().startsWith("约谈提醒")), "mail to the leader");
      assertTrue(smtp.to(headMail).stream().anyMatch(m -> m.body().contains("YW-12.2")), "mail to the interviewee");
    }
    assertEquals(1, inbox(leader, interview.getId()), "the leader's inbox");
    assertEquals(1, inbox(head, interview.getId()), "the interviewee's inbox");

    DomainException early = assertThrows(DomainException.class,
        () -> as(head, () -> interviews.explain(interview.getId(), null, "说明")));
    assertEquals("interview.explain.notYet", early.getKey());
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
        () -> interviews.schedule(form("FORWARDED_REPORT", "QSZ", commissionLeader, cadre, hoursAgo(2)))));
    InterviewRuleCheck.refused(notUnit, "YW-12.1", "interviewerId");
    DomainException notSchedulable = assertThrows(DomainException.class, () -> as(unitLeader,
        () -> interviews.schedule(form("YEARLY_HEADS", "QSZ", unitLeader, cadre, hoursAgo(2)))));
    InterviewRuleCheck.refused(notSchedulable, "YW-12.2", "typeCode");

    Interview interview = as(reviewer,
        () -> interviews.schedule(form("FORWARDED_REPORT", "QSZ", unitLeader, cadre, hoursAgo(2))));
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
        () -> interviews.schedule(form("YEARLY_HEADS", "QSZ", commission, head, hoursAgo(1))));
    CoverageRow scheduled = rowOf(as(commission, () -> interviews.coverage(year)), head);
    assertTrue(scheduled.open(), "scheduled is not yet interviewed");
    assertEquals(planned.getId(), scheduled.plannedInterviewId());

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
    return new ScheduleForm(type, TestDatabase.organisationId(unit), interviewer.personId(), interviewee.personId(), at,
        "谈话室", "了解履行“两个责任”情况", null);
  }

  private static LocalDateTime hoursAgo(int hours) {
    return LocalDateTime.now(Deadlines.BEIJING).minusHours(hours);
  }

  private Actor newActor(String unit, Role role) {
    return actors.resolve(TestDatabase.newAccount(unit, role), null, "127.0.0.1");
  }

  private static String mail(Actor actor) throws SQLException {
    String address = "iv-" + UUID.randomUUID().toString().substring(0, 8) + "@example.gov.cn";
    update("UPDATE person SET email = ? WHERE id = ?", address, actor.personId());
    return address;
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

  private static void update(String sql, Object... values) throws SQLException {
    try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  private static ResultSet query(Connection c, String sql, Object... values) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
    ResultSet rows = s.executeQuery();
    assertTrue(rows.next(), sql);
    return rows;
  }

  private static String text(String sql, Object... values) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      return query(c, sql, values).getString(1);
    }
  }

  private static long count(String sql, Object... values) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      return query(c, sql, values).getLong(1);
    }
  }
}
