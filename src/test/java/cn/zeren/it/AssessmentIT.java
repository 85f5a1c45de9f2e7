package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.accountability.AccountabilityCase;
import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.accountability.AccountabilityCatalogue.Handler;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import cn.zeren.accountability.AccountabilityService;
import cn.zeren.accountability.CaseForm;
import cn.zeren.assessment.AssessmentService;
import cn.zeren.assessment.AssessmentSet;
import cn.zeren.assessment.ManualEntry.ManualKind;
import cn.zeren.assessment.PublicationReach;
import cn.zeren.assessment.RankingRow;
import cn.zeren.assessment.ScoreItem;
import cn.zeren.assessment.UnitResult;
import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.it.support.TestUnits;
import cn.zeren.lists.ItemFields;
import cn.zeren.lists.ListService;
import cn.zeren.lists.SignedList;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationGenerator;
import cn.zeren.obligation.ObligationService;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import cn.zeren.report.Report;
import cn.zeren.report.ReportService;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The quantified assessment (issue 7, YW-13.2, YW-13.3) inside Payara Micro on MariaDB, then from outside: a new
 * township whose late annual report, missing quarterly meetings, overdue rectification item and accountability case
 * lose exactly the expected points, each linked to its evidence or naming the missing item; the items add up to the
 * total for every unit of the city; the published indicator set refuses edits; a manual score needs a
 * justification; published results reach the unit's own clerk but not another unit's; the API; and the commission
 * in headless Chromium opening the ranking, drilling into the unit, seeing why it lost points and exporting Excel.
 * The current Beijing year is this class's own (no other test draws up an indicator set).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentIT {
  private static final int YEAR = LocalDate.now(Deadlines.BEIJING).getYear();
  private static final String UNIT_CODE = "AS";
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final Map<String, String> YW_10_1_TEXT =
      Map.of("YW-6", "落实主体责任情况……", "YW-7", "第一责任人履职情况……", "YW-6.12", "无", "PLAN", "下一步打算……");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWith(AssessmentIT.class, TestDatabase.class);
  }

  @Inject AssessmentService assessments;
  @Inject OrganisationService organisations;
  @Inject ObligationGenerator generator;
  @Inject ObligationService obligations;
  @Inject ReportService reports;
  @Inject ListService lists;
  @Inject AccountabilityService cases;
  @Inject ActorResolver actors;

  @ArquillianResource URL deployed;

  @Test
  @Order(1)
  void aUnitLosesPointsForWhatItMissedEachLinkedToItsEvidenceAndPublicationReachesOnlyItsOwnRoles()
      throws Exception {
    String code = TestUnits.code(UNIT_CODE);
    Organisation unit = township(code);
    Actor clerk = actor(TestDatabase.newAccount(code, Role.UNIT_CLERK));
    Actor leader = actor(TestDatabase.newAccount(code, Role.PRIMARY_LEADER));
    Actor commission = actor("commission");
    Actor reviewer = actor("reviewer");
    as(Actor.system(), () -> generator.generate(YEAR));

    Obligation annual = as(Actor.system(), () -> obligations.search(unit.getId(), YEAR, "YW-10.1")).get(0);
    Report draft = as(clerk, () -> reports.createDraft("ANNUAL_MAIN", annual.getId(), null));
    Report saved = as(clerk, () -> reports.saveDraft(draft.getId(), draft.getVersion(), YW_10_1_TEXT));
    Report filled = as(clerk,
        () -> reports.attach(saved.getId(), saved.getVersion(), "年度报告.pdf", new ByteArrayInputStream(PDF)));
    Report awaiting = as(clerk, () -> reports.submit(filled.getId(), filled.getVersion()));
    Report late = as(leader, () -> reports.approve(awaiting.getId(), awaiting.getVersion()));
    assertTrue(late.isLate(), "YW-10.1 was due on 15 January " + YEAR);

    SignedList problems = as(reviewer, () -> lists.create(cn.zeren.lists.SignedListKind.PROBLEM, unit.getId(), YEAR));
    as(reviewer, () -> lists.addItem(problems.getId(), ItemFields.problem("DAILY_CHECK", "对村级“三资”管理监督不到位",
        "监督执纪", null, LocalDate.of(YEAR, 1, 6), "市纪委监委")));
    SignedList plan = as(clerk, () -> lists.create(cn.zeren.lists.SignedListKind.RECTIFICATION, unit.getId(), YEAR));
    as(clerk, () -> lists.addItem(plan.getId(),
        ItemFields.rectification("P1", "建立村务公开月度检查制度", "陈文书", LocalDate.of(YEAR, 5, 31))));

    AccountabilityCase opened = as(commission, () -> cases.create(new CaseForm(unit.getId(), Body.PARTY_COMMITTEE,
        Subject.TEAM, null, List.of("YW-14.3"), "本单位连续发生违反作风建设规定的问题。", Severity.SERIOUS,
        List.of("CIRCULATED_CRITICISM"), Handler.DISCIPLINE_ORGANISATION, LocalDate.of(YEAR, 3, 1))));
    AccountabilityCase decided =
        as(commission, () -> cases.decide(opened.getId(), opened.getVersion(), LocalDate.now(Deadlines.BEIJING)));

    AssessmentSet set = as(commission, () -> assessments.createSet(YEAR));
    long indicatorId = set.getIndicators().get(0).getId();
    as(commission, () -> assessments.changeIndicator(indicatorId, set.getIndicators().get(0).getVersion(),
        "年度主体责任书面报告按时报送", new BigDecimal("10")));
    DomainException notYet = assertThrows(DomainException.class, () -> as(commission, () -> assessments.compute(YEAR)));
    assertEquals("YW-13.2", notYet.getRuleId(), "no scores before the indicators are published");
    assertThrows(AccessDeniedException.class,
        () -> as(reviewer, () -> assessments.publishSet(YEAR, current(commission).getVersion())),
        "only the commission's leader publishes");
    as(commission, () -> assessments.publishSet(YEAR, current(commission).getVersion()));
    long lockedVersion = as(commission, () -> assessments.set(YEAR)).orElseThrow().getIndicators().get(0).getVersion();
    DomainException locked = assertThrows(DomainException.class, () -> as(commission,
        () -> assessments.changeIndicator(indicatorId, lockedVersion, "改名", new BigDecimal("12"))));
    assertEquals("YW-13.2", locked.getRuleId(), "a published set is locked");
    assertThrows(DomainException.class, () -> as(commission, () -> assessments.addIndicator(YEAR, "OVERALL")));

    as(commission, () -> assessments.compute(YEAR));
    UnitResult result = as(commission, () -> assessments.unitResult(YEAR, unit.getId()));

    ScoreItem report = only(result, "ANNUAL_REPORT");
    assertEquals(new BigDecimal("5.00"), report.points(), "late: half of 10 (lateFactor 0.5)");
    assertEquals(new BigDecimal("5.00"), report.lost());
    assertTrue(report.reason().contains("逾期提交") && report.reason().contains("(YW-10.1)"), report.reason());
    assertEquals("/report.xhtml?id=" + late.getId(), report.evidence().link());

    ScoreItem thirdQuarter = result.items().stream()
        .filter(i -> i.reason().startsWith(YEAR + "年第三季度") && i.reason().contains("(YW-6.2b)")).findFirst()
        .orElseThrow(() -> new AssertionError(result.items().toString()));
    assertEquals(new BigDecimal("0.00"), thirdQuarter.points());
    assertTrue(thirdQuarter.lost().signum() > 0);
    assertTrue(thirdQuarter.reason().endsWith("未完成 (YW-6.2b)"), thirdQuarter.reason());
    assertNull(thirdQuarter.evidence(), "a missing meeting has no evidence: the reason names it");

    ScoreItem rectification = only(result, "RECTIFICATION");
    assertEquals(new BigDecimal("0.00"), rectification.points());
    assertEquals(new BigDecimal("10.00"), rectification.lost());
    assertTrue(rectification.reason().contains("逾期未销账 (YW-11.2)"), rectification.reason());
    assertEquals("/list.xhtml?id=" + plan.getId(), rectification.evidence().link());

    ScoreItem deduction = result.items().stream()
        .filter(i -> i.indicatorCode().equals("ACCOUNTABILITY") && i.points().signum() < 0).findFirst().orElseThrow();
    assertEquals(new BigDecimal("-5.00"), deduction.points(), "a serious case deducts 5 (YW-16)");
    assertEquals("/accountability-case.xhtml?id=" + decided.getId(), deduction.evidence().link());

    List<RankingRow> ranking = as(commission, () -> assessments.ranking(YEAR));
    long units = as(commission, organisations::visibleTree).stream()
        .filter(o -> o.isActive() && o.getParent() != null).count();
    assertEquals(units, ranking.size(), "every unit of the city is scored");
    for (RankingRow row : ranking) {
      UnitResult r = as(commission, () -> assessments.unitResult(YEAR, row.organisationId()));
      BigDecimal sum = r.items().stream().map(ScoreItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, sum.compareTo(r.total()), r.organisationName() + ": the items add up to the total");
      assertEquals(0, row.total().compareTo(r.total()));
    }

    DomainException unjustified = assertThrows(DomainException.class, () -> as(reviewer,
        () -> assessments.enterManual(YEAR, unit.getId(), "OVERALL", ManualKind.SCORE, new BigDecimal("4"), "  ",
            null)));
    assertEquals("YW-13.2", unjustified.getRuleId());
    assertEquals("justification", unjustified.getField());
    assertThrows(AccessDeniedException.class, () -> as(clerk,
        () -> assessments.enterManual(YEAR, unit.getId(), "OVERALL", ManualKind.SCORE, new BigDecimal("4"), "自评",
            null)));
    as(reviewer, () -> assessments.enterManual(YEAR, unit.getId(), "OVERALL", ManualKind.SCORE, new BigDecimal("4"),
        "台账资料齐全，整改态度端正。", null));
    UnitResult scored = as(commission, () -> assessments.unitResult(YEAR, unit.getId()));
    assertEquals(0, result.total().add(new BigDecimal("4")).compareTo(scored.total()), "the manual score counts");
    assertTrue(scored.items().stream().anyMatch(i -> i.reason().contains("台账资料齐全")));

    assertThrows(AccessDeniedException.class, () -> as(clerk, () -> assessments.unitResult(YEAR, unit.getId())),
        "not published yet");
    as(commission, () -> assessments.publishResults(YEAR, current(commission).getVersion(), PublicationReach.OWN_UNIT));
    assertEquals(0, scored.total().compareTo(as(clerk, () -> assessments.unitResult(YEAR, unit.getId())).total()),
        "the unit's own clerk reads its published breakdown");
    Actor otherClerk = actor("clerk2");
    assertThrows(AccessDeniedException.class, () -> as(otherClerk, () -> assessments.unitResult(YEAR, unit.getId())),
        "another unit's clerk does not");
    assertTrue(as(otherClerk, () -> assessments.ranking(YEAR)).stream()
        .noneMatch(r -> r.organisationId() == unit.getId()), "nor sees it in the ranking (scope OWN_UNIT)");
    DomainException frozen = assertThrows(DomainException.class, () -> as(commission, () -> assessments.compute(YEAR)));
    assertEquals("YW-13.3", frozen.getRuleId(), "published results are frozen");
  }

  @Test
  @Order(2)
  @RunAsClient
  void theApiGivesTheTotalAndEveryItemWithEvidenceOrReasonAnd403ForAnotherUnit() {
    Client.api(deployed, YEAR);
  }

  @Test
  @Order(3)
  @RunAsClient
  void theCommissionDrillsIntoTheUnitSeesWhyItLostPointsAndExportsExcel() throws Exception {
    Client.browse(deployed, YEAR);
  }

  /** The client side (not deployed): the API over HTTP and the pages in headless Chromium. */
  static final class Client {
    private Client() {}

    static void api(URL deployed, int year) {
      PortalClient api = new PortalClient(Deployments.local(deployed));
      long unit = assessedUnit();
      String path = "api/v1/assessments/" + year + "/units/" + unit;
      HttpResponse<String> answer = api.send(withToken(api, path, token(api, "commission", TestDatabase.DEMO_PASSWORD)));
      assertEquals(200, answer.statusCode(), answer.body());
      JsonObject view = PortalClient.json(answer);
      assertTrue(view.getBoolean("published"));
      assertEquals("OWN_UNIT", view.getString("scope"));
      BigDecimal sum = view.getJsonArray("items").getValuesAs(JsonObject.class).stream()
          .map(i -> i.getJsonNumber("points").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, sum.compareTo(view.getJsonNumber("total").bigDecimalValue()), "items add up to the total");
      assertTrue(view.getJsonArray("items").getValuesAs(JsonObject.class).stream()
          .anyMatch(i -> i.getString("reason").contains("逾期提交")
              && i.getString("evidenceLink", "").startsWith("/report.xhtml?id=")), answer.body());
      assertTrue(view.getJsonArray("items").getValuesAs(JsonObject.class).stream()
          .anyMatch(i -> !i.containsKey("evidenceLink") && i.getString("reason").contains("未完成 (YW-6.2b)")),
          answer.body());

      String ownClerk = TestDatabase.newAccount(code(unit), Role.UNIT_CLERK);
      assertEquals(200, api.send(withToken(api, path, token(api, ownClerk, TestDatabase.TEST_PASSWORD))).statusCode());
      HttpResponse<String> other = api.send(withToken(api, path, token(api, "clerk1", TestDatabase.DEMO_PASSWORD)));
      assertEquals(403, other.statusCode(), other.body());
      assertTrue(PortalClient.contentType(other).startsWith("application/problem+json"), other.body());
      String commission = token(api, "commission", TestDatabase.DEMO_PASSWORD);
      HttpResponse<String> none = api.send(withToken(api, "api/v1/assessments/2001/units/" + unit, commission));
      assertEquals(404, none.statusCode(), none.body());
      HttpResponse<String> noYear = api.send(withToken(api, "api/v1/assessments/1990/units/" + unit, commission));
      assertEquals(400, noYear.statusCode(), noYear.body());
      assertEquals("year", PortalClient.json(noYear).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    static void browse(URL deployed, int year) throws Exception {
      long unit = assessedUnit();
      String name = name(unit);
      try (Browser browser = Browser.open(Deployments.local(deployed))) {
        browser.signIn("commission", TestDatabase.DEMO_PASSWORD);
        assertTrue(browser.menu().contains("监督看板") && browser.menu().contains("考核评价"), browser.menu().toString());
        browser.go("dashboard.xhtml?year=" + year);
        browser.type("figuresForm:heat:unit:filter", name);
        browser.waitForText("figuresForm:heat:0:unitLink", name);
        browser.clickAndWait("figuresForm:heat:0:unitLink");
        assertTrue(browser.path().endsWith("/dashboard-unit.xhtml"), browser.path());
        browser.clickAndWait("unitForm:assessment");
        assertTrue(browser.path().endsWith("/assessment-unit.xhtml"), browser.path());
        assertEquals(String.valueOf(year), browser.param("year"));
        assertEquals(String.valueOf(unit), browser.param("org"));
        String items = browser.textOf("items");
        assertTrue(items.contains("逾期提交") && items.contains("(YW-10.1)"), items);
        assertTrue(items.contains("逾期未销账 (YW-11.2)"), items);
        assertTrue(items.contains("未完成 (YW-6.2b)"), items);
        assertTrue(browser.attribute(By.xpath("//a[contains(@href, '/report.xhtml?id=')]"), "href")
            .contains("/report.xhtml?id="), "the late report's page is linked as evidence");
        browser.screenshot("assessment-unit");

        browser.go("assessment-sets.xhtml?year=" + year);
        assertEquals("已发布（已锁定）", browser.textOf("setForm:status"));
        assertFalse(browser.has(By.id("setForm:publish")), "a locked set offers no edits");

        browser.go("assessment.xhtml?year=" + year);
        String href = browser.attribute(
            By.xpath("//a[contains(@href, '/assessment/export') and contains(@href, 'format=xlsx')]"), "href");
        Cookie session = browser.manage().getCookieNamed("ZERENSESSION");
        PortalClient http = new PortalClient(Deployments.local(deployed));
        HttpResponse<byte[]> excel = http.sendForBytes(HttpRequest.newBuilder(java.net.URI.create(href))
            .header("Cookie", session.getName() + "=" + session.getValue()).GET().build());
        assertEquals(200, excel.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
          Sheet sheet = workbook.getSheetAt(0);
          assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains(year + "年度落实“两个责任”量化考核排名"));
          assertEquals("名次", sheet.getRow(1).getCell(0).getStringCellValue());
          boolean listed = false;
          for (Row row : sheet) {
            listed |= row.getCell(1) != null && name.equals(row.getCell(1).getStringCellValue())
                && !row.getCell(2).getStringCellValue().isBlank();
          }
          assertTrue(listed, "the unit is in the exported ranking with its total");
        }
        HttpResponse<byte[]> sheet = http.sendForBytes(HttpRequest.newBuilder(java.net.URI.create(
                href.replace("format=xlsx", "org=" + unit + "&format=pdf")))
            .header("Cookie", session.getName() + "=" + session.getValue()).GET().build());
        assertEquals(200, sheet.statusCode());
        try (PDDocument document = Loader.loadPDF(sheet.body())) {
          String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
          assertTrue(text.contains(year + "年度落实“两个责任”量化考核得分表") && text.contains(name.replaceAll("\\s", ""))
              && text.contains("总分") && text.contains("逾期未销账"), text);
        }

        browser.forgetSession();
        browser.signIn(TestDatabase.newAccount(code(unit), Role.UNIT_CLERK), TestDatabase.TEST_PASSWORD);
        assertTrue(browser.menu().contains("考核结果"), browser.menu().toString());
        browser.go("assessment.xhtml?year=" + year);
        assertEquals(name, browser.textOf("rankingForm:ranking:0:unit"), "its own unit only (scope OWN_UNIT)");
        browser.clickAndWait(By.linkText(name));
        assertTrue(browser.textOf("items").contains("逾期未销账 (YW-11.2)"), "the clerk sees the unit's breakdown");
        browser.go("assessment-unit.xhtml?year=" + year + "&org=" + TestDatabase.organisationId("CZJ"));
        assertEquals("当前身份无权访问此页面或数据。", browser.textOf("errorMessage"), "never another unit's");
      }
    }

    private static long assessedUnit() {
      try (Connection c = TestDatabase.connect();
          PreparedStatement q = c.prepareStatement(
              "SELECT id FROM organisation WHERE code LIKE '" + UNIT_CODE + "-%' ORDER BY id DESC")) {
        try (ResultSet rs = q.executeQuery()) {
          assertTrue(rs.next(), "the unit of the first test");
          return rs.getLong(1);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private static String code(long unit) {
      return column(unit, "code");
    }

    private static String name(long unit) {
      return column(unit, "name");
    }

    private static String column(long unit, String column) {
      try (Connection c = TestDatabase.connect();
          PreparedStatement q = c.prepareStatement("SELECT " + column + " FROM organisation WHERE id = ?")) {
        q.setLong(1, unit);
        try (ResultSet rs = q.executeQuery()) {
          assertTrue(rs.next());
          return rs.getString(1);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private static String token(PortalClient api, String username, String password) {
      String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
      HttpResponse<String> issued = api.send(api.request("api/v1/tokens").header("Content-Type", "application/json")
          .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
      assertEquals(201, issued.statusCode(), issued.body());
      return PortalClient.json(issued).getString("token");
    }

    private static HttpRequest withToken(PortalClient api, String path, String token) {
      return api.request(path).header("Authorization", "Bearer " + token).header("Accept", "application/json")
          .GET().build();
    }
  }

  private AssessmentSet current(Actor commission) throws Exception {
    return as(commission, () -> assessments.set(YEAR)).orElseThrow();
  }

  private static ScoreItem only(UnitResult result, String indicator) {
    List<ScoreItem> items = result.items().stream().filter(i -> i.indicatorCode().equals(indicator)).toList();
    assertEquals(1, items.size(), indicator + ": " + items);
    return items.get(0);
  }

  private Organisation township(String code) throws Exception {
    Organisation draft = TestUnits.draft(code, "考核测试镇" + code.substring(3), OrganisationKind.TOWNSHIP);
    return as(actor("admin"), () -> organisations.create(draft, organisations.root().getId()));
  }

  private Actor actor(String username) {
    Actor actor = actors.resolve(username, null, "127.0.0.1");
    assertNotNull(actor, username);
    return actor;
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }
}
