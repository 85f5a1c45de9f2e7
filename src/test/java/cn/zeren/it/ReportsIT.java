package cn.zeren.it;

import static cn.zeren.it.support.PortalClient.body;
import static cn.zeren.it.support.TestDatabase.text;
import static cn.zeren.it.support.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.it.support.TestUnits;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationGenerator;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.AccessDeniedException;
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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Reports inside Payara Micro on MariaDB (issue 4): the annual report of YW-10.1 drafted by a unit's clerk, approved
 * (submitted) by its primary leader, returned by the commission and resubmitted as version 2 with the history kept;
 * late after the Beijing cut-off with the obligation done late; stale edits refused; other units kept out; events
 * opening their own instances (YW-10.3e). Each test works in a township of its own.
 *
 * <p>From outside ({@link RunAsClient}): the YW-10.1 annual report through the pages in headless Chromium — drafted
 * by 青山镇's clerk, approved by its leader, returned by the commission, resubmitted as version 2 and accepted — and
 * through the REST API for 市财政局, with its problem answers and the document download.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {
  private static final int YEAR = LocalDate.now(Deadlines.BEIJING).getYear();
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final Map<String, String> YW_10_1_TEXT =
      Map.of("YW-6", "落实主体责任情况……", "YW-7", "第一责任人履职情况……", "YW-6.12", "无", "PLAN", "下一步打算……");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithClientTests(ReportsIT.class);
  }

  @ArquillianResource URL deployed;

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

  // ---- from outside (@RunAsClient): the browser and the API ----

  @Test
  @RunAsClient
  void theAnnualReportGoesFromDraftToAcceptedThroughAReturnAndVersionTwo() throws IOException {
    Path pdf = Files.createTempFile("年度报告", ".pdf");
    Files.write(pdf, PDF);
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      assertTrue(browser.menu().contains("我的报告"), browser.menu().toString());
      browser.go("reports.xhtml");
      browser.choose("newForm:type", "YW-10.1", By.id("newForm:obligation"));
      browser.choose("newForm:obligation", YEAR + "（报告 " + (YEAR - 1), By.id("newForm:obligation"));
      browser.clickAndWait("newForm:create");
      assertTrue(browser.path().endsWith("/report.xhtml"), browser.path());
      String page = "report.xhtml?id=" + browser.param("id");
      assertTrue(browser.textOf("period").contains("报告 " + (YEAR - 1) + " 年度情况"), browser.textOf("period"));

      for (int i = 0; i < 4; i++) {
        browser.type("reportForm:sections:" + i + ":text", "青山镇第" + (i + 1) + "部分内容");
      }
      browser.chooseFile("reportForm", pdf);
      browser.clickAndWait("reportForm:save");
      assertTrue(browser.text().contains("草稿已保存"), browser.text());
      browser.confirmAndWait("reportForm:submit");
      assertEquals("待审批", browser.textOf("status"));

      decide(browser, "leader1", page, "decisionForm:approve", null);
      assertEquals("已报送", browser.textOf("status"));
      signVersionOne(browser);
      decide(browser, "reviewer", page, "decisionForm:return", "请补充上级反馈意见整改情况");
      assertEquals("已退回", browser.textOf("status"));
      assertEquals("2", browser.textOf("currentVersion"));

      browser.forgetSession();
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      browser.go(page);
      browser.type("reportForm:sections:2:text", "已逐项整改");
      browser.confirmAndWait("reportForm:submit");
      decide(browser, "leader1", page, "decisionForm:approve", null);
      browser.forgetSession();
      browser.signIn("reviewer", TestDatabase.DEMO_PASSWORD);
      browser.go("report-review.xhtml");
      String queue = browser.text();
      assertTrue(queue.contains("青山镇") && queue.contains("已报送"), "the reviewer's list of submissions: " + queue);
      browser.go(page);
      browser.confirmAndWait("decisionForm:accept");
      browser.screenshot("report-accepted");

      assertEquals("审核通过", browser.textOf("status"));
      assertEquals("1", browser.textOf("timesReturned"));
      String text = browser.text();
      assertTrue(text.contains("第2版") && text.contains("第1版"), "both versions are shown");
      assertTrue(text.contains("审核退回") && text.contains("请补充上级反馈意见整改情况"), "the return and its comment");
      assertTrue(text.contains("已逐项整改") && text.contains("青山镇第3部分内容"), "version 2 and version 1 text");
    } finally {
      Files.delete(pdf);
    }
  }

  /**
   * YW-11.3 in the browser: the leader opens the sign dialog of version 1, a wrong password is refused next to its
   * field, the right one signs, and 验证 answers that the signature is valid.
   */
  private static void signVersionOne(Browser browser) {
    browser.click("versionsForm:versions:0:sign");
    browser.waitForText("signDialog", "签字背书");
    browser.type("signForm:opinion", "已审阅全文，情况属实，同意报送。");
    browser.type("signForm:password", "not-the-password");
    browser.click("signForm:signConfirm");
    browser.click(By.id("confirmYes"));
    browser.waitForText("signForm", "密码不正确");
    browser.type("signForm:password", TestDatabase.DEMO_PASSWORD);
    browser.click("signForm:signConfirm");
    browser.click(By.id("confirmYes"));
    browser.waitForText("versionsForm", "已审阅全文，情况属实，同意报送。");
    assertTrue(browser.textOf("versionsForm").contains("李青山"), browser.textOf("versionsForm"));
    assertFalse(browser.has(By.id("versionsForm:versions:0:sign")), "signed once");
    browser.click("versionsForm:versions:0:signatures:0:verify");
    browser.waitForText("versionsForm", "签名有效");
    browser.screenshot("report-signed");
  }

  @Test
  @RunAsClient
  void theApiDraftsSubmitsAndServesTheDocumentOnlyToTheUnitAndAsAnAttachment() {
    PortalClient api = portal();
    String clerk2 = api.token("clerk2");
    long finance = TestDatabase.organisationId("CZJ");
    HttpResponse<String> instances =
        api.send(api.withToken("api/v1/obligations?org=" + finance + "&year=" + YEAR + "&rule=YW-10.1", clerk2).GET().build());
    long obligationId =
        Json.createReader(new StringReader(instances.body())).readArray().getJsonObject(0).getJsonNumber("id")
            .longValue();
    HttpResponse<String> created =
        api.send(api.jsonRequest("api/v1/reports", clerk2)
            .POST(body("{\"type\":\"ANNUAL_MAIN\",\"obligationId\":" + obligationId + "}")).build());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject report = PortalClient.json(created);
    long id = report.getJsonNumber("id").longValue();
    assertEquals(YEAR - 1, report.getInt("coveredYear"));

    HttpResponse<String> html = upload(api, id, clerk2, "报告.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
        report.getJsonNumber("version").longValue());
    assertEquals(422, html.statusCode(), html.body());
    assertEquals("file", PortalClient.json(html).getJsonArray("errors").getJsonObject(0).getString("field"));
    HttpResponse<String> uploaded = upload(api, id, clerk2, "报告.pdf", PDF, report.getJsonNumber("version").longValue());
    assertEquals(200, uploaded.statusCode(), uploaded.body());
    long version = PortalClient.json(uploaded).getJsonNumber("version").longValue();

    HttpResponse<String> incomplete = step(api, id, "submission", clerk2, version);
    assertEquals(422, incomplete.statusCode(), incomplete.body());
    assertEquals("YW-10.1", PortalClient.json(incomplete).getString("ruleId"), incomplete.body());

    String sections = "{\"version\":" + version + ",\"sections\":{\"YW-6\":\"一\",\"YW-7\":\"二\",\"YW-6.12\":\"无\",\"PLAN\":\"四\"}}";
    HttpResponse<String> saved = api.send(api.jsonRequest("api/v1/reports/" + id, clerk2).PUT(body(sections)).build());
    assertEquals(200, saved.statusCode(), saved.body());
    HttpResponse<String> stale = api.send(api.jsonRequest("api/v1/reports/" + id, clerk2).PUT(body(sections)).build());
    assertEquals(409, stale.statusCode(), stale.body());
    long current = PortalClient.json(saved).getJsonNumber("version").longValue();
    HttpResponse<String> submitted = step(api, id, "submission", clerk2, current);
    assertEquals("AWAITING_APPROVAL", PortalClient.json(submitted).getString("status"), submitted.body());

    HttpResponse<String> foreign = api.send(api.withToken("api/v1/reports/" + id, api.token("clerk1")).GET().build());
    assertEquals(403, foreign.statusCode(), foreign.body());
    HttpResponse<String> foreignFile =
        api.send(api.withToken("api/v1/reports/" + id + "/versions/1/document", api.token("clerk1")).GET().build());
    assertEquals(403, foreignFile.statusCode());

    HttpResponse<String> file = api.send(api.withToken("api/v1/reports/" + id + "/versions/1/document", clerk2).GET().build());
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", PortalClient.contentType(file).split(";")[0], "the type found in the content");
    assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

    HttpResponse<String> approved =
        step(api, id, "approval", api.token("leader2"), PortalClient.json(submitted).getJsonNumber("version").longValue());
    assertEquals("SUBMITTED", PortalClient.json(approved).getString("status"), approved.body());
    HttpResponse<String> review =
        api.send(api.withToken("api/v1/reports?view=review&type=ANNUAL_MAIN&status=SUBMITTED", api.token("reviewer")).GET().build());
    assertTrue(review.body().contains("\"id\":" + id), review.body());

    signThroughTheApiAndVerifyOffline(api, id, api.token("leader2"));
  }

  /**
   * YW-11.3 through the API: a wrong password is a 422 problem on the field, the right one signs (201); the
   * verification answers valid; another unit is refused; the offline package verifies with the documented OpenSSL 3
   * command run here, outside the portal.
   */
  private void signThroughTheApiAndVerifyOffline(PortalClient api, long reportId, String leader) {
    String sign = "api/v1/reports/" + reportId + "/versions/1/sign";
    HttpResponse<String> wrong =
        api.send(api.jsonRequest(sign, leader).POST(body("{\"opinion\":\"同意\",\"password\":\"nope\"}")).build());
    assertEquals(422, wrong.statusCode(), wrong.body());
    assertEquals("password", PortalClient.json(wrong).getJsonArray("errors").getJsonObject(0).getString("field"));
    HttpResponse<String> signed =
        api.send(api.jsonRequest(sign, leader)
            .POST(body("{\"opinion\":\"经审阅，同意。\",\"password\":\"" + TestDatabase.DEMO_PASSWORD + "\"}"))
            .build());
    assertEquals(201, signed.statusCode(), signed.body());
    long signatureId = PortalClient.json(signed).getJsonNumber("id").longValue();
    HttpResponse<String> again =
        api.send(api.jsonRequest(sign, leader)
            .POST(body("{\"opinion\":\"再签\",\"password\":\"" + TestDatabase.DEMO_PASSWORD + "\"}")).build());
    assertEquals("YW-11.3", PortalClient.json(again).getString("ruleId"), again.body());

    HttpResponse<String> verified =
        api.send(api.withToken("api/v1/signatures/" + signatureId + "/verify", api.token("reviewer")).GET().build());
    assertEquals(200, verified.statusCode(), verified.body());
    assertTrue(PortalClient.json(verified).getBoolean("valid"), verified.body());
    assertEquals("签名有效：签名人、时间、意见和所签内容自签名以来均未改变。", PortalClient.json(verified).getString("reason"));
    HttpResponse<String> foreign =
        api.send(api.withToken("api/v1/signatures/" + signatureId + "/verify", api.token("clerk1")).GET().build());
    assertEquals(403, foreign.statusCode(), foreign.body());
    outsidersAreRefusedTheSignatureAsTheyAreTheReport(api, reportId, signatureId);

    HttpResponse<byte[]> pack =
        api.sendForBytes(api.withToken("api/v1/signatures/" + signatureId + "/package", leader)
            .setHeader("Accept", "application/zip").GET().build());
    assertEquals(200, pack.statusCode());
    assertEquals("application/zip", PortalClient.contentType(pack).split(";")[0]);
    try {
      Path dir = Files.createTempDirectory("zeren-signature");
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pack.body()))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          Files.write(dir.resolve(entry.getName()), zip.readAllBytes());
        }
      }
      String readme = Files.readString(dir.resolve("README.txt"));
      String command = readme.lines().filter(l -> l.strip().startsWith("openssl ")).findFirst().orElseThrow().strip();
      Process openssl = new ProcessBuilder(command.split(" ")).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, openssl.waitFor(), output);
      assertTrue(output.contains("Verified OK"), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Issue 13, finding 1: the administrator and the organisation department, refused the report, are refused its
   * signature, the verification's details and the package with the report's sections — through the API and
   * through the pages' download — while the public keys stay readable.
   */
  private void outsidersAreRefusedTheSignatureAsTheyAreTheReport(PortalClient api, long reportId, long signatureId) {
    for (String outsider : List.of("admin", "orgdept")) {
      String token = api.token(outsider);
      assertEquals(403, api.send(api.withToken("api/v1/reports/" + reportId, token).GET().build()).statusCode(),
          outsider + " is no reader of the report");
      for (String part : List.of("", "/verify", "/package")) {
        HttpResponse<String> refused =
            api.send(api.withToken("api/v1/signatures/" + signatureId + part, token)
                .setHeader("Accept", part.equals("/package") ? "application/zip" : "application/json").GET().build());
        assertEquals(403, refused.statusCode(), outsider + " GET signatures/" + signatureId + part + ": "
            + refused.body());
        assertFalse(refused.body().contains("sections"), "nothing of the signed content in the answer");
      }
      assertEquals(200, api.send(api.withToken("api/v1/signatures/keys", token).GET().build()).statusCode(),
          "public keys stay public");
      PortalClient pages = new PortalClient(api.uri(""));
      pages.signIn(outsider, TestDatabase.DEMO_PASSWORD);
      HttpResponse<byte[]> download =
          pages.sendForBytes(pages.request("signatures/package?id=" + signatureId).GET().build());
      assertEquals(403, download.statusCode(), outsider + " downloads the package from the pages");
    }
  }

  // ---- helpers ----

  private void decide(Browser browser, String username, String page, String button, String comment) {
    browser.forgetSession();
    browser.signIn(username, TestDatabase.DEMO_PASSWORD);
    browser.go(page);
    if (comment != null) {
      browser.type("decisionForm:comment", comment);
    }
    browser.confirmAndWait(button);
  }

  private HttpResponse<String> upload(PortalClient api, long id, String token, String name, byte[] content, long version) {
    String fileName = URLEncoder.encode(name, StandardCharsets.UTF_8);
    return api.send(
        api.withToken("api/v1/reports/" + id + "/document?version=" + version + "&fileName=" + fileName, token)
            .header("Content-Type", "application/octet-stream")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
            .build());
  }

  private HttpResponse<String> step(PortalClient api, long id, String step, String token, long version) {
    String json = "{\"version\":" + version + "}";
    return api.send(api.jsonRequest("api/v1/reports/" + id + "/" + step, token).POST(body(json)).build());
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
    assertEquals(1, update("UPDATE report_version SET content = ? WHERE id = ?",
        content.replace("落实主体责任情况", "落实主体责任状况"), versionId));
    Verification tampered = as(t.clerk(), () -> signatures.verify(signed.id()));
    assertFalse(tampered.valid());
    assertEquals("signature.invalid.contentChanged", tampered.reasonKey());
    assertEquals(1, update("UPDATE report_version SET file_sha256 = ? WHERE id = ?", "0".repeat(64), versionId));
    assertEquals(1, update("UPDATE report_version SET content = ? WHERE id = ?", content, versionId));
    assertFalse(as(t.clerk(), () -> signatures.verify(signed.id())).valid(), "the document's digest is signed too");
  }

  private Report fill(Township t, Report draft) throws Exception {
    Report saved = as(t.clerk(), () -> reports.saveDraft(draft.getId(), draft.getVersion(), YW_10_1_TEXT));
    return as(t.clerk(),
        () -> reports.attach(saved.getId(), saved.getVersion(), "年度报告.pdf", new ByteArrayInputStream(PDF)));
  }

  private Township township() throws Exception {
    Organisation draft = TestUnits.township("RP", "报告测试镇");
    String code = draft.getCode();
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

  private PortalClient portal() {
    return new PortalClient(Deployments.local(deployed));
  }
}
