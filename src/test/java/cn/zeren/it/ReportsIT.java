package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Deadlines;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationGenerator;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.organisation.DisciplineBodyType;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.OrganisationService;
import cn.zeren.organisation.PartyBodyType;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.report.Report;
import cn.zeren.report.ReportEvent;
import cn.zeren.report.ReportEventKind;
import cn.zeren.report.ReportFilter;
import cn.zeren.report.ReportService;
import cn.zeren.report.ReportStatus;
import cn.zeren.report.ReportVerdict;
import cn.zeren.report.ReportVersion;
import cn.zeren.report.ReportVersionSource;
import cn.zeren.security.AccessDeniedException;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.SignatureView;
import cn.zeren.signature.Verification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports inside Payara Micro on MariaDB (issue 4): the annual report of YW-10.1 drafted by a unit's clerk, approved
 * (submitted) by its primary leader, returned by the commission and resubmitted as version 2 with the history kept;
 * late after the Beijing cut-off with the obligation done late; stale edits refused; other units kept out; events
 * opening their own instances (YW-10.3e). Each test works in a township of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {
  private static final int YEAR = LocalDate.now(Deadlines.BEIJING).getYear();
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final Map<String, String> YW_10_1_TEXT =
      Map.of("YW-6", "落实主体责任情况……", "YW-7", "第一责任人履职情况……", "YW-6.12", "无", "PLAN", "下一步打算……");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWith(ReportsIT.class, TestDatabase.class);
  }

  @Inject ReportService reports;
  @Inject ObligationService obligations;
  @Inject ObligationGenerator generator;
  @Inject OrganisationService organisations;
  @Inject ActorResolver actors;
  @Inject SignatureService signatures;

  /** A township with a clerk and a primary leader of its own, and its YW-10.1 instances of last and next year. */
  private record Township(Organisation unit, Actor clerk, Actor leader) {}

  @Test
  void aReturnedAnnualReportIsResubmittedAsVersionTwoAndTheHistoryKeepsBoth() throws Exception {
    Township t = township();
    Obligation next = instance(t, YEAR + 1, "YW-10.1");
    Report draft = as(t.clerk(), () -> reports.createDraft("ANNUAL_MAIN", next.getId(), null));
    assertEquals(YEAR, draft.getCoveredYear(), "the 15 January report of a year covers the year before (YW-10.1)");

    DomainException missing =
        assertThrows(DomainException.class, () -> as(t.clerk(), () -> reports.submit(draft.getId(), draft.getVersion())));
    assertEquals("YW-10.1", missing.getRuleId());
    assertEquals(ReportService.fieldOf("YW-6"), missing.getField(), "the first required section is named");

    Report filled = fill(t, draft);
    Report awaiting = as(t.clerk(), () -> reports.submit(filled.getId(), filled.getVersion()));
    assertEquals(ReportStatus.AWAITING_APPROVAL, awaiting.getStatus());
    assertThrows(AccessDeniedException.class,
        () -> as(t.clerk(), () -> reports.approve(awaiting.getId(), awaiting.getVersion())), "only the leader approves");
    Report submitted = as(t.leader(), () -> reports.approve(awaiting.getId(), awaiting.getVersion()));
    assertEquals(ReportStatus.SUBMITTED, submitted.getStatus());
    assertFalse(submitted.isLate(), "due 15 January next year");
    assertEquals(ObligationStatus.DONE_ON_TIME, status(next));
    assertThrows(DomainException.class,
        () -> as(t.clerk(), () -> reports.saveDraft(submitted.getId(), submitted.getVersion(), YW_10_1_TEXT)),
        "a submitted report is read-only");

    Actor reviewer = actor("reviewer");
    assertThrows(DomainException.class,
        () -> as(reviewer, () -> reports.returnToAuthor(submitted.getId(), submitted.getVersion(), " ")),
        "a return needs a comment");
    Report returned = as(reviewer, () -> reports.returnToAuthor(submitted.getId(), submitted.getVersion(), "请补充整改情况"));
    assertEquals(ReportStatus.RETURNED, returned.getStatus());
    assertEquals(2, returned.getCurrentVersion());

    Report revised =
        as(t.clerk(), () -> reports.saveDraft(returned.getId(), returned.getVersion(), Map.of(
            "YW-6", "修改后的主体责任情况", "YW-7", "第一责任人履职情况……", "YW-6.12", "已整改", "PLAN", "下一步打算……")));
    Report again = as(t.clerk(), () -> reports.submit(revised.getId(), revised.getVersion()));
    Report resubmitted = as(t.leader(), () -> reports.approve(again.getId(), again.getVersion()));
    Report accepted = as(reviewer, () -> reports.accept(resubmitted.getId(), resubmitted.getVersion(), null));
    assertEquals(ReportStatus.ACCEPTED, accepted.getStatus());

    List<ReportVersion> versions = as(t.clerk(), () -> reports.versions(draft.getId()));
    assertEquals(2, versions.size());
    assertEquals("落实主体责任情况……", versions.get(0).getSections().get("YW-6"), "version 1 keeps its text");
    assertEquals("修改后的主体责任情况", versions.get(1).getSections().get("YW-6"));
    assertNotNull(versions.get(0).getSubmittedAt());
    assertEquals(versions.get(0).getFileSha256(), versions.get(1).getFileSha256(), "the document carried over");
    List<ReportEvent> history = as(t.clerk(), () -> reports.history(draft.getId()));
    ReportEvent returnStep = history.stream().filter(e -> e.getKind() == ReportEventKind.RETURNED).findFirst().orElseThrow();
    assertEquals("请补充整改情况", returnStep.getComment());
    assertEquals(1, returnStep.getVersionNumber());
    assertEquals(2, history.stream().filter(e -> e.getKind() == ReportEventKind.SUBMITTED).count());

    ReportVerdict verdict =
        as(reviewer, () -> reports.verdicts(t.unit().getId(), YEAR + 1)).stream().findFirst().orElseThrow();
    assertTrue(verdict.accepted());
    assertFalse(verdict.late());
    assertEquals(1, verdict.timesReturned());
  }

  @Test
  void aReportSubmittedAfterTheBeijingCutOffIsLateAndTheObligationDoneLate() throws Exception {
    Township t = township();
    Obligation last = instance(t, YEAR - 1, "YW-10.1");
    assertTrue(as(actor("reviewer"), reports::overdueInstances).stream().anyMatch(o -> o.getId().equals(last.getId())),
        "the open instance past due is on the commission's overdue list");
    Report draft = fill(t, as(t.clerk(), () -> reports.createDraft("ANNUAL_MAIN", last.getId(), null)));
    Report awaiting = as(t.clerk(), () -> reports.submit(draft.getId(), draft.getVersion()));
    Report submitted = as(t.leader(), () -> reports.approve(awaiting.getId(), awaiting.getVersion()));

    assertTrue(submitted.isLate(), "YW-10.1 due 15 January " + (YEAR - 1));
    assertTrue(submitted.getLateSeconds() > 86_400L * 300, "late by most of a year: " + submitted.getLateSeconds());
    assertEquals(ObligationStatus.DONE_LATE, status(last));
    Actor reviewer = actor("reviewer");
    assertTrue(as(reviewer, reports::lateSubmissions).stream().anyMatch(r -> r.getId().equals(draft.getId())));
    assertFalse(as(reviewer, reports::overdueInstances).stream().anyMatch(o -> o.getId().equals(last.getId())));
    assertTrue(as(reviewer, () -> reports.forReview(new ReportFilter("ANNUAL_MAIN", YEAR - 1, null, true))).stream()
        .anyMatch(r -> r.getId().equals(draft.getId())), "the reviewer filters late ones");
    assertFalse(as(reviewer, () -> reports.forReview(new ReportFilter(null, null, null, false))).stream()
        .anyMatch(r -> r.getId().equals(draft.getId())));
  }

  @Test
  void anEditOnAStaleVersionIsRefusedAndTheSavedTextStays() throws Exception {
    Township t = township();
    Obligation next = instance(t, YEAR + 1, "YW-10.1");
    Report draft = as(t.clerk(), () -> reports.createDraft("ANNUAL_MAIN", next.getId(), null));
    long seen = draft.getVersion();
    as(t.clerk(), () -> reports.saveDraft(draft.getId(), seen, Map.of("YW-6", "先保存的内容")));
    assertThrows(ConcurrentChangeException.class,
        () -> as(t.leader(), () -> reports.saveDraft(draft.getId(), seen, Map.of("YW-6", "后保存的内容"))));
    assertEquals("先保存的内容", as(t.clerk(), () -> reports.currentVersion(draft.getId())).getSections().get("YW-6"));
    assertThrows(DomainException.class,
        () -> as(t.clerk(), () -> reports.createDraft("ANNUAL_MAIN", next.getId(), null)),
        "one report per obligation instance");
  }

  @Test
  void anotherUnitCannotReadTheReportWhileTheCommissionSeesItsSubtree() throws Exception {
    Township t = township();
    Obligation next = instance(t, YEAR + 1, "YW-10.1");
    Report draft = fill(t, as(t.clerk(), () -> reports.createDraft("ANNUAL_MAIN", next.getId(), null)));
    Actor clerk2 = actor("clerk2");
    assertThrows(AccessDeniedException.class, () -> as(clerk2, () -> reports.get(draft.getId())));
    assertThrows(AccessDeniedException.class, () -> as(clerk2, () -> reports.document(draft.getId(), 1)));
    assertThrows(AccessDeniedException.class,
        () -> as(clerk2, () -> reports.saveDraft(draft.getId(), draft.getVersion(), YW_10_1_TEXT)));
    assertFalse(as(clerk2, reports::mine).stream().anyMatch(r -> r.getId().equals(draft.getId())));
    assertFalse(as(actor("clerk1"), reports::mine).stream().anyMatch(r -> r.getId().equals(draft.getId())),
        "青山镇 is not this township");
    assertThrows(AccessDeniedException.class, () -> as(actor("admin"), () -> reports.get(draft.getId())),
        "the administrator is no reader of reports");

    Report awaiting = as(t.clerk(), () -> reports.submit(draft.getId(), draft.getVersion()));
    as(t.leader(), () -> reports.approve(awaiting.getId(), awaiting.getVersion()));
    Actor reviewer = actor("reviewer");
    assertTrue(as(reviewer, () -> reports.forReview(ReportFilter.ANY)).stream()
        .anyMatch(r -> r.getId().equals(draft.getId())), "the city commission reviews the whole city");
    assertEquals(draft.getId(), as(reviewer, () -> reports.get(draft.getId())).getId());
    assertEquals("application/pdf", as(reviewer, () -> reports.document(draft.getId(), 1)).type().contentType());
  }

  @Test
  void anImmediateReportOpensItsOwnInstanceForTheEvent() throws Exception {
    Township t = township();
    Actor head = actor(TestDatabase.newAccount(t.unit().getCode(), Role.DISCIPLINE_HEAD));
    LocalDate event = LocalDate.of(2026, 3, 2);
    assertThrows(DomainException.class, () -> as(head, () -> reports.createDraft("IMMEDIATE", null, null)));
    Report first = as(head, () -> reports.createDraft("IMMEDIATE", null, event));
    Report second = as(head, () -> reports.createDraft("IMMEDIATE", null, event));
    assertEquals("E20260302-1", first.getPeriodKey());
    assertEquals("E20260302-2", second.getPeriodKey());
    assertEquals(LocalDate.of(2026, 3, 3), first.getDueDate(), "YW-10.3e: the day after the event (a Tuesday)");
    assertNull(first.getCoveredYear());
    Obligation opened = as(Actor.system(), () -> obligations.get(first.getObligationId()));
    assertEquals("YW-10.3e", opened.getRuleId());
    assertEquals(t.unit().getId(), opened.getOrganisation().getId());
    assertThrows(AccessDeniedException.class,
        () -> as(t.clerk(), () -> reports.createDraft("IMMEDIATE", null, event)), "a clerk does not report for 纪委");
  }

  // ---- helpers ----

  /** YW-11.3: the approving leader signs a submitted version; a changed character of its text is detected. */
  @Test
  void theLeaderSignsTheSubmittedVersionAndAChangedSectionInTheDatabaseMakesTheSignatureInvalid() throws Exception {
    Township t = township();
    Obligation next = instance(t, YEAR + 1, "YW-10.1");
    Report draft = as(t.clerk(), () -> reports.createDraft("ANNUAL_MAIN", next.getId(), null));
    Report filled = fill(t, draft);
    DomainException notYet =
        assertThrows(DomainException.class,
            () -> as(t.leader(), () -> reports.sign(draft.getId(), 1, "同意", password())));
    assertEquals("YW-11.3", notYet.getRuleId(), "a draft is not signed");
    Report awaiting = as(t.clerk(), () -> reports.submit(filled.getId(), filled.getVersion()));
    Report submitted = as(t.leader(), () -> reports.approve(awaiting.getId(), awaiting.getVersion()));

    assertThrows(AccessDeniedException.class,
        () -> as(t.clerk(), () -> reports.sign(submitted.getId(), 1, "同意", password())), "the clerk does not sign");
    Actor otherLeader = actor("leader2");
    assertThrows(AccessDeniedException.class,
        () -> as(otherLeader, () -> reports.sign(submitted.getId(), 1, "同意", password())),
        "another unit's primary leader does not sign");
    DomainException wrong =
        assertThrows(DomainException.class,
            () -> as(t.leader(), () -> reports.sign(submitted.getId(), 1, "同意", "wrong".toCharArray())));
    assertEquals("password", wrong.getField());
    assertTrue(as(t.leader(), () -> reports.signatures(submitted.getId(), 1)).isEmpty());

    SignatureView signed =
        as(t.leader(), () -> reports.sign(submitted.getId(), 1, "已审阅，情况属实，同意报送。", password()));
    assertEquals("PRIMARY_LEADER", signed.signerRole());
    assertEquals(ReportVersionSource.SUBJECT_TYPE, signed.subjectType());
    assertFalse(as(t.leader(), () -> reports.maySign(reports.get(submitted.getId()),
        reports.versions(submitted.getId()).get(0))), "signed once");
    assertTrue(as(t.clerk(), () -> signatures.verify(signed.id())).valid());

    long versionId = signed.subjectId();
    String content = text("SELECT content FROM report_version WHERE id = ?", versionId);
    update("UPDATE report_version SET content = ? WHERE id = ?", content.replace("落实主体责任情况", "落实主体责任状况"),
        versionId);
    Verification tampered = as(t.clerk(), () -> signatures.verify(signed.id()));
    assertFalse(tampered.valid());
    assertEquals("signature.invalid.contentChanged", tampered.reasonKey());
    update("UPDATE report_version SET file_sha256 = ? WHERE id = ?", "0".repeat(64), versionId);
    update("UPDATE report_version SET content = ? WHERE id = ?", content, versionId);
    assertFalse(as(t.clerk(), () -> signatures.verify(signed.id())).valid(), "the document's digest is signed too");
  }

  private Report fill(Township t, Report draft) throws Exception {
    Report saved = as(t.clerk(), () -> reports.saveDraft(draft.getId(), draft.getVersion(), YW_10_1_TEXT));
    return as(t.clerk(),
        () -> reports.attach(saved.getId(), saved.getVersion(), "年度报告.pdf", new ByteArrayInputStream(PDF)));
  }

  private Township township() throws Exception {
    String code = "RP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Organisation draft = new Organisation();
    draft.setCode(code);
    draft.setName("报告测试镇" + code.substring(3));
    draft.setKind(OrganisationKind.TOWNSHIP);
    draft.setPartyBodyType(PartyBodyType.COMMITTEE);
    draft.setPartyBodyName("中共" + draft.getName() + "委员会");
    draft.setDisciplineBodyType(DisciplineBodyType.COMMISSION);
    draft.setDisciplineBodyName("中共" + draft.getName() + "纪律检查委员会");
    Organisation unit = as(actor("admin"), () -> organisations.create(draft, organisations.root().getId()));
    for (int year : new int[] {YEAR - 1, YEAR, YEAR + 1}) {
      as(Actor.system(), () -> generator.generate(year));
    }
    return new Township(unit, actor(TestDatabase.newAccount(code, Role.UNIT_CLERK)),
        actor(TestDatabase.newAccount(code, Role.PRIMARY_LEADER)));
  }

  private Obligation instance(Township t, int year, String ruleId) throws Exception {
    List<Obligation> found = as(Actor.system(), () -> obligations.search(t.unit().getId(), year, ruleId));
    assertEquals(1, found.size(), ruleId + " " + year);
    return found.get(0);
  }

  private ObligationStatus status(Obligation o) throws Exception {
    return as(Actor.system(), () -> obligations.get(o.getId())).getStatus();
  }

  private Actor actor(String username) {
    Actor actor = actors.resolve(username, null, "127.0.0.1");
    assertNotNull(actor, username);
    return actor;
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }

  private static char[] password() {
    return TestDatabase.TEST_PASSWORD.toCharArray();
  }

  private static String text(String sql, Object... values) throws SQLException {
    try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        assertTrue(rows.next(), sql);
        return rows.getString(1);
      }
    }
  }

  private static void update(String sql, Object... values) throws SQLException {
    try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      assertEquals(1, s.executeUpdate(), sql);
    }
  }
}
