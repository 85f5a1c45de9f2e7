package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.CalendarService;
import cn.zeren.calendar.Deadlines;
import cn.zeren.calendar.Period;
import cn.zeren.directory.OrganisationService;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.SettableClock;
import cn.zeren.it.support.SignatureReaders;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.it.support.TestUnits;
import cn.zeren.lists.FeedbackTracking;
import cn.zeren.lists.ItemClosing;
import cn.zeren.lists.ItemFields;
import cn.zeren.lists.ItemState;
import cn.zeren.lists.ListContentSource;
import cn.zeren.lists.ListItem;
import cn.zeren.lists.ListService;
import cn.zeren.lists.ListVersion;
import cn.zeren.lists.ProblemListSignals;
import cn.zeren.lists.ProblemTrace;
import cn.zeren.lists.RectificationEntry;
import cn.zeren.lists.RectificationService;
import cn.zeren.lists.SignedList;
import cn.zeren.lists.SignedListKind;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.SignatureView;
import cn.zeren.signature.Verification;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The signed lists inside Payara Micro on MariaDB (issue 5): a problem list recorded by the commission's reviewer
 * and signed by the township's discipline head only (YW-11.3), immutable once signed and detected when a row is
 * changed behind the portal's back; a new version that must be signed again; rectification with progress and a
 * write-off that needs evidence and somebody else's approval (YW-11.2); the YW-6.12 instances of upper-level
 * feedback. Each service test works in a township of its own.
 *
 * <p>From outside ({@link RunAsClient}): in headless Chromium, 青山镇's problem followed to its write-off — the
 * commission's reviewer records it, the unit's clerk enters the rectification, the discipline head signs both lists
 * through the password dialog, the clerk asks for the write-off with evidence and the head approves it, and the
 * overdue view shows the demo's late item; through the REST API, a signed version refusing edits with a problem
 * that cites YW-11.3 and its PDF carrying the offline-verification files.
 */
@ExtendWith(ArquillianExtension.class)
class ListsIT {
  private static final int YEAR = LocalDate.now(Deadlines.BEIJING).getYear();
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithClientTests(ListsIT.class).addClass(SettableClock.class);
  }

  @ArquillianResource URL deployed;

  @Inject ProblemListSignals signals;
  @Inject ListService lists;
  @Inject RectificationService rectifications;
  @Inject SignatureService signatures;
  @Inject ObligationService obligations;
  @Inject OrganisationService organisations;
  @Inject ActorResolver actors;
  @Inject CalendarService calendar;

  /** A township with its clerk, primary leader, discipline head and discipline staff. */
  private record Township(Organisation unit, Actor clerk, Actor leader, Actor head, Actor staff) {}

  @Test
  void aSignedVersionRefusesEveryEditAndOneChangedCharacterInTheDatabaseMakesItsSignatureInvalid() throws Exception {
    Township t = township();
    SignedList problems = problemList(t, "DAILY_CHECK", LocalDate.of(YEAR, 1, 5));
    SignatureView signed = as(t.head(), () -> lists.sign(problems.getId(), 1, "已审阅，情况属实。", password()));
    ListVersion v1 = as(t.head(), () -> lists.version(problems.getId(), 1));
    assertTrue(as(t.head(), () -> lists.isSigned(v1)));
    assertTrue(as(t.head(), () -> signatures.verify(signed.id())).valid());
    Actor admin = actor("admin");
    assertThrows(AccessDeniedException.class, () -> as(admin, () -> lists.get(problems.getId())),
        "the administrator is no reader of lists");
    SignatureReaders.assertRefused(signatures, admin, signed.id(), "the administrator (issue 13, finding 1)");

    ListItem item = as(reviewer(), () -> lists.items(problems.getId(), 1)).get(0);
    DomainException add = assertThrows(DomainException.class, () -> as(reviewer(),
        () -> lists.addItem(problems.getId(), problem("DAILY_CHECK", LocalDate.of(YEAR, 1, 6)))));
    assertEquals("YW-11.3", add.getRuleId());
    DomainException change = assertThrows(DomainException.class, () -> as(reviewer(),
        () -> lists.updateItem(item.getId(), item.getVersion(), problem("PUBLIC_REPORT", LocalDate.of(YEAR, 1, 6)))));
    assertEquals("YW-11.3", change.getRuleId());
    assertThrows(DomainException.class, () -> as(reviewer(), () -> {
      lists.removeItem(item.getId(), item.getVersion());
      return null;
    }));
    assertThrows(DomainException.class,
        () -> as(t.head(), () -> lists.sign(problems.getId(), 1, "再签一次", password())), "signed once");

    try (Connection c = TestDatabase.connect();
        PreparedStatement tamper =
            c.prepareStatement("UPDATE list_item SET description = REPLACE(description, '不到位', '未到位') WHERE id = ?")) {
      tamper.setLong(1, item.getId());
      assertEquals(1, tamper.executeUpdate());
    }
    Verification after = as(t.head(), () -> signatures.verify(signed.id()));
    assertFalse(after.valid(), "one changed character of a signed item row (YW-11.3)");
    assertNotNull(after.reason());
  }

  @Test
  void aWrongPasswordSignsNothing() throws Exception {
    Township t = township();
    SignedList problems = problemList(t, "DAILY_CHECK", LocalDate.of(YEAR, 1, 5));
    DomainException wrong = assertThrows(DomainException.class,
        () -> as(t.head(), () -> lists.sign(problems.getId(), 1, "同意", "not-the-password".toCharArray())));
    assertEquals("password", wrong.getField());
    ListVersion v1 = as(t.head(), () -> lists.version(problems.getId(), 1));
    assertFalse(as(t.head(), () -> lists.isSigned(v1)));
    assertTrue(as(t.head(), () -> lists.actionsOn(v1)).sign(), "the head may still sign with the right password");
  }

  @Test
  void onlyTheSignerRoleHeldAtTheListsOwnUnitSigns() throws Exception {
    Township t = township();
    Township other = township();
    SignedList problems = problemList(t, "DAILY_CHECK", LocalDate.of(YEAR, 1, 5));
    for (Actor notTheSigner : List.of(other.head(), t.clerk(), t.staff(), t.leader(), actor("commission"),
        reviewer())) {
      assertThrows(AccessDeniedException.class,
          () -> as(notTheSigner, () -> lists.sign(problems.getId(), 1, "同意", password())), notTheSigner.toString());
    }
    AccessDeniedException leader = assertThrows(AccessDeniedException.class,
        () -> as(t.leader(), () -> lists.sign(problems.getId(), 1, "同意", password())));
    assertEquals("YW-11.3", leader.getRuleId(), "the primary leader holds LIST_SIGN but not for a problem list");

    SignedList division = as(t.clerk(), () -> lists.create(SignedListKind.DIVISION, t.unit().getId(), YEAR));
    as(t.clerk(), () -> lists.addItem(division.getId(), ItemFields.division("李书记", "全面工作", "第一责任人职责", null)));
    assertThrows(AccessDeniedException.class,
        () -> as(t.head(), () -> lists.sign(division.getId(), 1, "同意", password())), "the division: primary leader");
    SignatureView byLeader = as(t.leader(), () -> lists.sign(division.getId(), 1, "同意", password()));
    assertEquals("PRIMARY_LEADER", byLeader.signerRole());
    assertEquals(ListContentSource.SUBJECT, byLeader.subjectType());
  }

  @Test
  void aChangeAfterSigningIsANewVersionThatMustBeSignedAgain() throws Exception {
    Township t = township();
    SignedList problems = problemList(t, "DAILY_CHECK", LocalDate.of(YEAR, 1, 5));
    assertThrows(DomainException.class,
        () -> as(reviewer(), () -> lists.newVersion(problems.getId(), current(problems).getVersion())),
        "an unsigned version is edited as it is");
    SignatureView first = as(t.head(), () -> lists.sign(problems.getId(), 1, "同意", password()));
    ListVersion v2 = as(reviewer(), () -> lists.newVersion(problems.getId(), current(problems).getVersion()));
    assertEquals(2, v2.getNumber());
    assertFalse(as(reviewer(), () -> lists.isSigned(v2)), "a new version is unsigned");
    List<ListItem> copied = as(reviewer(), () -> lists.items(problems.getId(), 2));
    List<ListItem> original = as(reviewer(), () -> lists.items(problems.getId(), 1));
    assertEquals(original.stream().map(ListItem::getItemKey).toList(), copied.stream().map(ListItem::getItemKey).toList());

    ListItem changed = as(reviewer(), () -> lists.updateItem(copied.get(0).getId(), copied.get(0).getVersion(),
        problem("PUBLIC_REPORT", LocalDate.of(YEAR, 1, 7))));
    assertEquals("PUBLIC_REPORT", changed.getSourceCode());
    assertEquals("DAILY_CHECK", as(reviewer(), () -> lists.items(problems.getId(), 1)).get(0).getSourceCode(),
        "version 1 keeps what was signed");
    SignatureView second = as(t.head(), () -> lists.sign(problems.getId(), 2, "修改后同意", password()));
    assertTrue(as(t.head(), () -> signatures.verify(first.id())).valid());
    assertTrue(as(t.head(), () -> signatures.verify(second.id())).valid());
    assertEquals(1, as(t.head(), () -> lists.signatures(lists.version(problems.getId(), 2))).size());
  }

  @Test
  void upperLevelFeedbackOpensItsPlanAndProgressInstancesAndAWriteOffNeedsEvidenceAndAnotherHandsApproval()
      throws Exception {
    Township t = township();
    LocalDate feedback = LocalDate.of(2026, 3, 2);
    SignedList problems = problemList(t, "UPPER_FEEDBACK", feedback);
    as(t.head(), () -> lists.sign(problems.getId(), 1, "同意", password()));
    ProblemTrace opened = as(t.clerk(), () -> rectifications.trace(problems.getId(), "P1"));
    FeedbackTracking tracking = opened.tracking();
    assertNotNull(tracking, "YW-6.12 follows upper-level feedback");
    assertEquals(LocalDate.of(2026, 4, 2), opened.planInstance().getDueDate(), "plan within a month (YW-6.12)");
    assertEquals(LocalDate.of(2026, 6, 2), opened.progressInstance().getDueDate(), "progress after three months");
    assertEquals("YW-6.12", opened.planInstance().getRuleId());
    assertEquals(t.unit().getId(), opened.planInstance().getOrganisation().getId());

    SignedList plan = as(t.clerk(), () -> lists.create(SignedListKind.RECTIFICATION, t.unit().getId(), YEAR));
    DomainException unknownProblem = assertThrows(DomainException.class, () -> as(t.clerk(),
        () -> lists.addItem(plan.getId(), ItemFields.rectification("P9", "整改", "陈文书", LocalDate.of(YEAR, 1, 31)))));
    assertEquals("problemKey", unknownProblem.getField());
    ListItem late = as(t.clerk(), () -> lists.addItem(plan.getId(),
        ItemFields.rectification("P1", "建立村务公开月度检查制度", "陈文书", LocalDate.of(2026, 5, 31))));
    assertTrue(as(reviewer(), () -> rectifications.overdue()).stream()
        .anyMatch(o -> o.listId() == plan.getId() && o.itemKey().equals(late.getItemKey())), "past its deadline");

    LocalDate today = LocalDate.now(Deadlines.BEIJING);
    as(t.clerk(), () -> rectifications.addEntry(plan.getId(), late.getItemKey(), RectificationEntry.Kind.PLAN,
        today, "整改方案已报市纪委", "整改方案.pdf", new ByteArrayInputStream(PDF)));
    as(t.clerk(), () -> rectifications.addEntry(plan.getId(), late.getItemKey(), RectificationEntry.Kind.PROGRESS,
        today, "已完成 12 个村的清理", null, null));
    ProblemTrace progressed = as(t.clerk(), () -> rectifications.trace(problems.getId(), "P1"));
    assertEquals(ObligationStatus.DONE_LATE, status(opened.planInstance()), "the plan came after 2 April");
    assertEquals(ObligationStatus.DONE_LATE, status(opened.progressInstance()));
    assertEquals(2, progressed.tracking().getProgressRound());
    assertEquals(LocalDate.of(2026, 9, 2), progressed.progressInstance().getDueDate(), "the next three months");

    ListRuleCheck.expect(assertThrows(DomainException.class, () -> as(t.clerk(),
        () -> rectifications.requestClosing(plan.getId(), late.getItemKey(), "已整改完毕", null, null))));
    assertEquals(2, signals.openProblems(t.unit().getId(), YEAR), "both problems open for the YW-12.2 thresholds");
    ItemClosing request = as(t.clerk(), () -> rectifications.requestClosing(plan.getId(), late.getItemKey(),
        "已整改完毕", "整改报告.pdf", new ByteArrayInputStream(PDF)));
    assertEquals(ItemState.CLOSING_REQUESTED, as(t.clerk(), () -> rectifications.state(plan, late.getItemKey())));
    assertThrows(AccessDeniedException.class,
        () -> as(t.clerk(), () -> rectifications.decideClosing(request.getId(), request.getVersion(), true, null)),
        "a clerk does not approve a write-off");
    ItemClosing approved =
        as(t.head(), () -> rectifications.decideClosing(request.getId(), request.getVersion(), true, "同意销账"));
    assertEquals(ItemClosing.Status.APPROVED, approved.getStatus());
    assertEquals(ItemState.CLOSED, as(t.clerk(), () -> rectifications.state(plan, late.getItemKey())));
    assertEquals(1, signals.openProblems(t.unit().getId(), YEAR), "P1 is written off, P2 has no rectification yet");
    assertFalse(as(reviewer(), () -> rectifications.overdue()).stream().anyMatch(o -> o.listId() == plan.getId()),
        "a written-off item is no longer overdue");
    ProblemTrace closed = as(t.clerk(), () -> rectifications.trace(problems.getId(), "P1"));
    assertTrue(closed.isClosed());
    assertNull(closed.progressInstance(), "no more progress reports after the write-off");
    assertEquals(ObligationStatus.DONE_LATE, status(progressed.progressInstance()), "the write-off is the last report");
    assertThrows(DomainException.class, () -> as(t.clerk(), () -> rectifications.addEntry(plan.getId(),
        late.getItemKey(), RectificationEntry.Kind.PROGRESS, today, "再记一条", null, null)));
  }

  @Test
  void aProgressReportDueInAYearWithoutItsHolidayCalendarWaitsInsteadOfFailingTheSignature() throws Exception {
    // the last loaded year up to this one whose next year is not loaded (other tests may load far-off years)
    int thisYear = LocalDate.now(Deadlines.BEIJING).getYear();
    java.util.Set<Integer> years = java.util.Set.copyOf(as(Actor.system(), () -> calendar.calendar().years()));
    int lastLoaded = years.stream().filter(y -> y <= thisYear && !years.contains(y + 1)).max(Integer::compare)
        .orElseThrow();
    LocalDate feedback = LocalDate.of(lastLoaded, 11, 2);
    // the feedback must not lie in the portal's future: the portal's clock stands on 20 November of that year, so
    // the test runs alike on every day of the year
    SettableClock.moveTo(LocalDate.of(lastLoaded, 11, 20).atStartOfDay(Deadlines.BEIJING).toInstant());
    try {
      Township t = township();
      SignedList problems = as(reviewer(), () -> lists.create(SignedListKind.PROBLEM, t.unit().getId(), lastLoaded));
      as(reviewer(), () -> lists.addItem(problems.getId(), problem("UPPER_FEEDBACK", feedback)));
      as(t.head(), () -> lists.sign(problems.getId(), 1, "同意", password()));
      ProblemTrace trace = as(t.clerk(), () -> rectifications.trace(problems.getId(), "P1"));
      LocalDate planDue = as(Actor.system(), () -> calendar.due(feedback, Period.parse("1M")));
      assertEquals(planDue, trace.planInstance().getDueDate(), "the plan is due a month after the feedback");
      assertNull(trace.progressInstance(), "three months later lies in a year whose calendar is not loaded yet");
      assertFalse(trace.tracking().isFinished());
      assertEquals(0, as(Actor.system(), () -> rectifications.openPendingFollowUps()), "still nothing to open");
    } finally {
      SettableClock.reset();
    }
  }

  @Test
  void theDisciplineHeadDoesNotApproveHisOwnWriteOff() throws Exception {
    Township t = township();
    problemList(t, "DAILY_CHECK", LocalDate.of(YEAR, 1, 5));
    SignedList plan = as(t.head(), () -> lists.create(SignedListKind.RECTIFICATION, t.unit().getId(), YEAR));
    ListItem item = as(t.head(), () -> lists.addItem(plan.getId(),
        ItemFields.rectification("P1", "完善制度", "孙纪检", LocalDate.of(YEAR, 12, 31))));
    ItemClosing own = as(t.head(), () -> rectifications.requestClosing(plan.getId(), item.getItemKey(), "已完成",
        "证明.pdf", new ByteArrayInputStream(PDF)));
    DomainException refused = assertThrows(DomainException.class,
        () -> as(t.head(), () -> rectifications.decideClosing(own.getId(), own.getVersion(), true, null)));
    assertEquals("YW-11.2", refused.getRuleId());
    ItemClosing byCommission = as(actor("commission"),
        () -> rectifications.decideClosing(own.getId(), own.getVersion(), false, "佐证不足"));
    assertEquals(ItemClosing.Status.REJECTED, byCommission.getStatus());
    assertEquals(ItemState.OPEN, as(t.head(), () -> rectifications.state(plan, item.getItemKey())));
  }

  // ---- from outside (@RunAsClient): the browser and the API ----

  @Test
  @RunAsClient
  void aProblemIsRecordedRectifiedSignedAndWrittenOffAndTheOverdueViewShowsALateItem() throws IOException {
    PortalClient api = portal();
    String reviewer = api.token("reviewer", TestDatabase.DEMO_PASSWORD);
    long problems = listOf(api, reviewer, "PROBLEM", "青山镇");
    long rectification = listOf(api, reviewer, "RECTIFICATION", "青山镇");
    Path evidence = Files.createTempFile("整改报告", ".pdf");
    Files.write(evidence, PDF);
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("reviewer", TestDatabase.DEMO_PASSWORD);
      assertTrue(browser.menu().contains("签字清单"), browser.menu().toString());
      browser.go("list.xhtml?id=" + problems);
      browser.choose("itemForm:sourceCode", "上级反馈意见");
      browser.type("itemForm:description", "巡察反馈：镇财政所票据管理不规范。");
      browser.type("itemForm:category", "财务管理");
      browser.type("itemForm:foundBy", "市委第一巡察组");
      browser.type("itemForm:foundOn_input", YEAR + "-01-05");
      browser.clickAndWait("itemForm:save");
      assertTrue(browser.text().contains("事项已保存"), browser.text());
      String key = newestKey(api, reviewer, problems);

      browser.forgetSession();
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      browser.go("list.xhtml?id=" + rectification);
      browser.choose("itemForm:problemKey", key, By.id("itemForm:measure"));
      browser.type("itemForm:measure", "规范票据领用登记，每月核对。");
      browser.type("itemForm:ownerName", "陈文书");
      browser.type("itemForm:deadline_input", YEAR + "-01-31");
      browser.clickAndWait("itemForm:save");
      assertTrue(browser.text().contains("事项已保存"), browser.text());
      String item = newestKey(api, reviewer, rectification);

      browser.forgetSession();
      browser.signInChoosingFirstRole("discipline1", TestDatabase.DEMO_PASSWORD);
      sign(browser, problems, "问题清单属实，同意。");
      sign(browser, rectification, "整改措施可行，同意。");
      browser.click("signaturesForm:signatures:0:verify");
      browser.waitForText("signaturesForm", "签名有效");

      browser.forgetSession();
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      browser.go("problem.xhtml?list=" + problems + "&key=" + key);
      assertTrue(browser.text().contains("上级反馈整改任务"), "YW-6.12 follows the feedback: " + browser.text());
      browser.type("closingForm:note", "票据已全部清理登记。");
      browser.confirmAndWait("closingForm:request");
      assertTrue(browser.text().contains("销账须附整改佐证材料"), "no write-off without evidence: " + browser.text());
      browser.type("closingForm:note", "票据已全部清理登记。");
      browser.chooseFile("closingForm", evidence);
      browser.confirmAndWait("closingForm:request");
      assertEquals("销账待审批", browser.textOf("lines:0:lineState"));

      browser.forgetSession();
      browser.signInChoosingFirstRole("discipline1", TestDatabase.DEMO_PASSWORD);
      browser.go("problem.xhtml?list=" + problems + "&key=" + key);
      browser.type("lines:0:closings:0:decisionForm:comment", "佐证齐全，同意销账。");
      browser.confirmAndWait("lines:0:closings:0:decisionForm:approve");
      assertEquals("已销账", browser.textOf("lines:0:lineState"));
      assertEquals("已全部销账", browser.textOf("problemState"));
      browser.screenshot("list-problem-written-off");

      browser.forgetSession();
      browser.signIn("reviewer", TestDatabase.DEMO_PASSWORD);
      browser.go("lists-overdue.xhtml");
      String overdue = browser.textOf("overdue");
      assertTrue(overdue.contains("青山镇") && overdue.contains("开展村级“三资”专项清理"),
          "the demo's late item: " + overdue);
      assertFalse(overdue.contains("规范票据领用登记"), "the written-off item is not overdue: " + overdue);
      assertTrue(item.startsWith("Z"), item);
    } finally {
      Files.delete(evidence);
    }
  }

  /** Issue 13, finding 7: the administrator and the organisation department read no list; the pages say so. */
  @Test
  @RunAsClient
  void rolesThatReadNoListGetTheAccessDeniedPageOnTheListPagesNotAnError() {
    for (String username : List.of("admin", "orgdept")) {
      PortalClient pages = portal();
      pages.signIn(username, TestDatabase.DEMO_PASSWORD);
      for (String page : List.of("lists-overdue.xhtml", "lists.xhtml")) {
        HttpResponse<String> refused = pages.get(page);
        assertEquals(403, refused.statusCode(), username + " on " + page + ": " + refused.body());
        assertTrue(refused.body().contains("当前身份无权访问此页面或数据"), username + " on " + page + ": " + refused.body());
      }
    }
  }

  @Test
  @RunAsClient
  void aSignedVersionRefusesEditsThroughTheApiAndItsPdfCarriesTheOfflineVerificationFiles() throws IOException {
    PortalClient api = portal();
    String reviewer = api.token("reviewer", TestDatabase.DEMO_PASSWORD);
    long unit = TestDatabase.organisationId("SQZ");
    HttpResponse<String> created = post(api, reviewer, "api/v1/lists",
        Json.createObjectBuilder().add("kind", "PROBLEM").add("organisationId", unit).add("year", YEAR).build());
    assertEquals(201, created.statusCode(), created.body());
    long list = PortalClient.json(created).getJsonNumber("id").longValue();
    HttpResponse<String> added = post(api, reviewer, "api/v1/lists/" + list + "/items", problem());
    assertEquals(201, added.statusCode(), added.body());
    HttpResponse<String> invalid = post(api, reviewer, "api/v1/lists/" + list + "/items",
        Json.createObjectBuilder().add("sourceCode", "DAILY_CHECK").build());
    assertEquals(422, invalid.statusCode(), invalid.body());
    assertTrue(invalid.body().contains("description"), invalid.body());

    HttpResponse<String> notTheSigner = post(api, reviewer, "api/v1/lists/" + list + "/versions/1/sign",
        Json.createObjectBuilder().add("opinion", "同意").add("password", TestDatabase.DEMO_PASSWORD).build());
    assertEquals(403, notTheSigner.statusCode(), notTheSigner.body());

    String head = api.token(TestDatabase.newAccount("SQZ", Role.DISCIPLINE_HEAD), TestDatabase.TEST_PASSWORD);
    HttpResponse<String> wrong = post(api, head, "api/v1/lists/" + list + "/versions/1/sign",
        Json.createObjectBuilder().add("opinion", "同意").add("password", "not-the-password").build());
    assertEquals(422, wrong.statusCode(), wrong.body());
    assertTrue(wrong.body().contains("password"), wrong.body());
    HttpResponse<String> signed = post(api, head, "api/v1/lists/" + list + "/versions/1/sign",
        Json.createObjectBuilder().add("opinion", "情况属实，同意。").add("password", TestDatabase.TEST_PASSWORD).build());
    assertEquals(201, signed.statusCode(), signed.body());
    JsonObject signature = PortalClient.json(signed);

    HttpResponse<String> refused = post(api, reviewer, "api/v1/lists/" + list + "/items", problem());
    assertEquals(422, refused.statusCode(), refused.body());
    assertEquals("YW-11.3", PortalClient.json(refused).getString("ruleId"), refused.body());

    HttpResponse<String> verify = api.send(api.withToken(signature.getString("verify").substring(1), reviewer).GET().build());
    assertEquals(200, verify.statusCode(), verify.body());
    assertTrue(PortalClient.json(verify).getBoolean("valid"), verify.body());

    HttpResponse<byte[]> pdf = api.sendForBytes(
        api.withToken("api/v1/lists/" + list + "/versions/1/pdf", reviewer).header("Accept", "application/pdf").GET().build());
    assertEquals(200, pdf.statusCode());
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("情况属实，同意。") && text.contains(signature.getString("contentSha256")), text);
      PDEmbeddedFilesNameTreeNode files = new PDDocumentNameDictionary(document.getDocumentCatalog())
          .getEmbeddedFiles();
      Set<String> names = new HashSet<>(files.getNames().keySet());
      assertEquals(Set.of("message.json", "signature.der", "signer.pem"), names);
    }
    HttpResponse<byte[]> excel = api.sendForBytes(
        api.withToken("api/v1/lists/" + list + "/versions/1/excel", reviewer).header("Accept", "*/*").GET().build());
    assertEquals(200, excel.statusCode());
    assertEquals('P', (char) excel.body()[0], "an xlsx file is a ZIP");
  }

  private static void sign(Browser browser, long list, String opinion) {
    browser.go("list.xhtml?id=" + list);
    browser.click("actionsForm:openSign");
    browser.waitForText("signDialog", "审阅并签名");
    browser.type("signForm:opinion", opinion);
    browser.type("signForm:password", "not-the-password");
    browser.confirmAndWait("signForm:sign");
    browser.waitForText("signForm", "密码不正确");
    assertTrue(browser.has(By.id("actionsForm:openSign")), "a wrong password signs nothing");
    browser.type("signForm:password", TestDatabase.DEMO_PASSWORD);
    browser.confirmAndWait("signForm:sign");
    browser.waitForText("signedState", "已签名");
    assertTrue(browser.textOf("signaturesForm").contains(opinion), browser.textOf("signaturesForm"));
  }

  private long listOf(PortalClient api, String token, String kind, String unitName) {
    HttpResponse<String> found = api.send(api.withToken("api/v1/lists?year=" + YEAR + "&kind=" + kind, token).GET().build());
    assertEquals(200, found.statusCode(), found.body());
    JsonArray lists = Json.createReader(new java.io.StringReader(found.body())).readArray();
    return lists.stream().map(v -> v.asJsonObject())
        .filter(o -> o.getString("organisationName").equals(unitName))
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " list of " + unitName + ": " + found.body()))
        .getJsonNumber("id").longValue();
  }

  /** The key of the last item of the list's current version. */
  private String newestKey(PortalClient api, String token, long list) {
    JsonObject detail = PortalClient.json(api.send(api.withToken("api/v1/lists/" + list, token).GET().build()));
    int current = detail.getJsonObject("list").getInt("currentVersion");
    JsonObject version = PortalClient.json(
        api.send(api.withToken("api/v1/lists/" + list + "/versions/" + current, token).GET().build()));
    JsonArray items = version.getJsonArray("items");
    return items.getJsonObject(items.size() - 1).getString("key");
  }

  private static JsonObject problem() {
    return Json.createObjectBuilder().add("sourceCode", "SPECIAL_SUPERVISION").add("description", "专项监督发现：工程招标程序不规范。")
        .add("category", "工程建设").add("foundOn", YEAR + "-01-05").add("foundBy", "市纪委监委").build();
  }

  private HttpResponse<String> post(PortalClient api, String token, String path, JsonObject body) {
    return api.send(api.withToken(path, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
  }

  // ---- helpers ----

  /** A refusal of a write-off without its evidence file names the rule and the field. */
  private static final class ListRuleCheck {
    static void expect(DomainException e) {
      assertEquals("YW-11.2", e.getRuleId());
      assertEquals("file", e.getField());
    }
  }

  private SignedList problemList(Township t, String source, LocalDate foundOn) throws Exception {
    Actor reviewer = reviewer();
    SignedList list = as(reviewer, () -> lists.create(SignedListKind.PROBLEM, t.unit().getId(), YEAR));
    as(reviewer, () -> lists.addItem(list.getId(), problem(source, foundOn)));
    as(reviewer, () -> lists.addItem(list.getId(),
        ItemFields.problem("PUBLIC_REPORT", "群众反映低保评审不公开", "群众身边问题", null, foundOn, "市纪委信访室")));
    return as(reviewer, () -> lists.get(list.getId()));
  }

  private static ItemFields problem(String source, LocalDate foundOn) {
    return ItemFields.problem(source, "对村级“三资”管理监督不到位", "监督执纪", null, foundOn, "市纪委监委");
  }

  private SignedList current(SignedList list) throws Exception {
    return as(Actor.system(), () -> lists.get(list.getId()));
  }

  private ObligationStatus status(Obligation o) throws Exception {
    return as(Actor.system(), () -> obligations.get(o.getId())).getStatus();
  }

  private Township township() throws Exception {
    Organisation draft = TestUnits.township("LS", "清单测试镇");
    String code = draft.getCode();
    Organisation unit = as(actor("admin"), () -> organisations.create(draft, organisations.root().getId()));
    return new Township(unit, actor(TestDatabase.newAccount(code, Role.UNIT_CLERK)),
        actor(TestDatabase.newAccount(code, Role.PRIMARY_LEADER)),
        actor(TestDatabase.newAccount(code, Role.DISCIPLINE_HEAD)),
        actor(TestDatabase.newAccount(code, Role.DISCIPLINE_STAFF)));
  }

  private Actor reviewer() {
    return actor("reviewer");
  }

  private Actor actor(String username) {
    Actor actor = actors.resolve(username, null, "127.0.0.1");
    assertNotNull(actor, username);
    return actor;
  }

  /** A fresh copy each time: the signature service wipes the password it was given. */
  private static char[] password() {
    return TestDatabase.TEST_PASSWORD.toCharArray();
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }

  private PortalClient portal() {
    return new PortalClient(Deployments.local(deployed));
  }
}
