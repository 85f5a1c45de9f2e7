package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.accountability.AccountabilityCase;
import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.accountability.AccountabilityCatalogue.Handler;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import cn.zeren.accountability.AccountabilityService;
import cn.zeren.accountability.CaseCount;
import cn.zeren.accountability.CaseFilter;
import cn.zeren.accountability.CaseForm;
import cn.zeren.accountability.CaseStatus;
import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonService;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationEvidence;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.organisation.Position;
import cn.zeren.organisation.PositionKind;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Accountability cases inside Payara Micro on MariaDB (issue 6, YW-14 … YW-17, YW-9.9): recorded by the commission,
 * refused outside the YW-16 matrix, grounds of the wrong side and handlers outside YW-17 refused, sensitive reads
 * kept from the unit's clerk and leader and from other units, the subject and the unit's own discipline
 * organisation kept out (avoidance), a stale edit refused with nothing lost, the decision as YW-9.9 evidence.
 *
 * <p>From outside ({@link RunAsClient}): the API's 422 problem naming YW-16 for an outcome outside the matrix, 403
 * for a unit's clerk; and the case page in headless Chromium — the outcomes offered follow subject and severity, an
 * outcome left over from another severity is refused next to its field citing YW-16, the corrected case is saved,
 * decided and listed, with its decision document; the statistics exported to Excel.
 */
@ExtendWith(ArquillianExtension.class)
class AccountabilityIT {
  private static final LocalDate TODAY = LocalDate.now(Deadlines.BEIJING);
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithClientTests(AccountabilityIT.class);
  }

  @ArquillianResource URL deployed;

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

  // ---- from outside (@RunAsClient): the browser and the API ----

  @Test
  @RunAsClient
  void theApiRefusesAnOutcomeOutsideTheMatrixWith422NamingYw16AndKeepsCasesFromTheClerk() {
    PortalClient api = portal();
    String commission = api.token("commission");
    long unit = unitId(api, commission, "QSZ");
    HttpResponse<String> refused = post(api, commission, caseJson(unit, "MINOR", "CIRCULATED_CRITICISM"));
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(PortalClient.contentType(refused).startsWith("application/problem+json"), refused.body());
    JsonObject problem = PortalClient.json(refused);
    assertEquals("YW-16", problem.getString("ruleId"));
    assertEquals("outcomes", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertTrue(problem.getString("detail").contains("依据 YW-16"), problem.getString("detail"));

    HttpResponse<String> created = post(api, commission, caseJson(unit, "SERIOUS", "CIRCULATED_CRITICISM"));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject view = PortalClient.json(created);
    long id = view.getJsonNumber("id").longValue();
    assertEquals("PARTY_COMMITTEE", view.getString("body"), "the side follows from the YW-14 ground");
    assertEquals("通报批评", view.getJsonArray("outcomes").getJsonObject(0).getString("label"));

    HttpResponse<String> clerk = api.send(api.withToken("api/v1/accountability-cases/" + id, api.token("clerk1")).GET().build());
    assertEquals(403, clerk.statusCode(), clerk.body());
    HttpResponse<String> clerkList = api.send(api.withToken("api/v1/accountability-cases", api.token("clerk1")).GET().build());
    assertEquals(403, clerkList.statusCode(), clerkList.body());

    HttpResponse<String> department =
        api.send(api.withToken("api/v1/accountability-cases/" + id, api.token("orgdept")).GET().build());
    assertEquals(200, department.statusCode(), department.body());
    HttpResponse<String> statistics = api.send(api.withToken(
        "api/v1/accountability-cases/statistics?ground=YW-14.3&severity=SERIOUS", commission).GET().build());
    assertEquals(200, statistics.statusCode(), statistics.body());
    assertTrue(statistics.body().contains("\"ground\":\"YW-14.3\""), statistics.body());

    HttpResponse<String> badSeverity = post(api, commission, caseJson(unit, "TERRIBLE", "CIRCULATED_CRITICISM"));
    assertEquals(400, badSeverity.statusCode(), badSeverity.body());
  }

  @Test
  @RunAsClient
  void aCaseIsRecordedOnItsPageWithOutcomesFollowingSubjectAndSeverity() throws Exception {
    Path pdf = Files.createTempFile("处理决定", ".pdf");
    Files.write(pdf, PDF);
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("commission", TestDatabase.DEMO_PASSWORD);
      assertTrue(browser.menu().contains("责任追究"), browser.menu().toString());
      browser.go("accountability-case.xhtml");
      browser.choose("caseForm:organisationId", "青山镇");
      browser.click(By.cssSelector("label[for='caseForm:subjectType:1']"));
      browser.choose("caseForm:personId", "李青山", By.id("caseForm:personId"));
      browser.click(By.xpath("//label[starts-with(normalize-space(.), 'YW-14.6')]"));
      browser.type("caseForm:facts", "违反规定提拔使用不符合条件的干部，造成恶劣影响。");
      browser.click(By.cssSelector("label[for='caseForm:severity:2']"));
      browser.waitForText("caseForm:outcomesPanel", "免职");
      assertFalse(browser.textOf("caseForm:outcomesPanel").contains("通报批评"), "GRAVE offers no circulated criticism");
      browser.click(By.xpath(outcome("免职")));
      browser.click(By.cssSelector("label[for='caseForm:severity:0']"));
      browser.waitForText("caseForm:outcomesPanel", "诫勉谈话");
      browser.clickAndWait("caseForm:save");
      browser.waitForText("caseForm:outcomesMessage", "依据 YW-16");
      assertTrue(browser.textOf("caseForm:outcomesMessage").contains("“免职”不在其列"),
          browser.textOf("caseForm:outcomesMessage"));
      browser.screenshot("accountability-refused");

      browser.click(By.xpath(outcome("免职")));
      browser.click(By.xpath(outcome("诫勉谈话")));
      browser.choose("caseForm:handledBy", "纪检监察组织（党纪政纪案件程序）");
      browser.chooseFile("caseForm", pdf);
      browser.clickAndWait("caseForm:save");
      assertTrue(browser.path().endsWith("/accountability-case.xhtml"), browser.path());
      assertTrue(browser.text().contains("案件已保存。"), browser.text());
      assertTrue(browser.text().contains("已上传：处理决定"), browser.text());
      assertEquals("查明事实中", browser.textOf("caseForm:status"));

      browser.confirmAndWait("caseForm:decide");
      browser.waitForText("caseForm:status", "已作出处理决定");
      browser.screenshot("accountability-decided");

      browser.go("accountability.xhtml");
      assertTrue(browser.text().contains("诫勉谈话"), browser.text());
      browser.go("accountability-statistics.xhtml");
      assertTrue(browser.text().contains("YW-14.6"), browser.text());
      browser.screenshot("accountability-statistics");
      browser.go("rules.xhtml");
      assertTrue(browser.textOf("accountabilityMatrix").contains("党纪政纪处分、调整职务、责令辞职、免职、降职、移送司法机关依法处理"),
          browser.textOf("accountabilityMatrix"));

      browser.forgetSession();
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      assertFalse(browser.menu().contains("责任追究"), browser.menu().toString());
      browser.go("accountability.xhtml");
      assertEquals("当前身份无权访问此页面或数据。", browser.textOf("errorMessage"));
    }
  }

  @Test
  @RunAsClient
  void theStatisticsExportToExcelWithTheCountsOfTheVisibleCases() throws Exception {
    PortalClient api = portal();
    api.signIn("commission", TestDatabase.DEMO_PASSWORD);
    HttpResponse<String> page = api.get("accountability-statistics.xhtml");
    assertEquals(200, page.statusCode());
    Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertTrue(viewState.find(), page.body());
    String form = "statisticsForm=statisticsForm&statisticsForm%3Aexport="
        + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
    HttpResponse<byte[]> export = api.sendForBytes(api.request("accountability-statistics.xhtml")
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    assertEquals(200, export.statusCode());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertEquals("追责情形", sheet.getRow(0).getCell(2).getStringCellValue());
      boolean demoCase = false;
      for (Row row : sheet) {
        demoCase |= row.getCell(2) != null && row.getCell(2).toString().startsWith("YW-14.2 ")
            && "青山镇".equals(row.getCell(1).toString());
      }
      assertTrue(demoCase, "the demo case of 青山镇 on YW-14.2 is counted");
    }
  }

  @Test
  @RunAsClient
  void factsOverTheirLengthAreAProblemNamingTheFactsOnRegisteringAndOnChanging() {
    PortalClient api = portal();
    String commission = api.token("commission");
    long unit = unitId(api, commission, "QSZ");
    String valid = caseJson(unit, "SERIOUS", "CIRCULATED_CRITICISM");
    String tooLong = valid.replace("本单位连续发生违反作风建设规定的问题，造成不良影响。", "事".repeat(20001));
    assertFieldProblem(post(api, commission, tooLong), 400, "facts");

    HttpResponse<String> created = post(api, commission, valid);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject view = PortalClient.json(created);
    HttpResponse<String> changed = api.send(api.withToken("api/v1/accountability-cases/" + view.getJsonNumber("id"),
            commission).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(
            tooLong.replace("{", "{\"version\":" + view.getJsonNumber("version") + ","), StandardCharsets.UTF_8))
        .build());
    assertFieldProblem(changed, 400, "facts");
  }

  private static void assertFieldProblem(HttpResponse<String> answer, int status, String field) {
    assertEquals(status, answer.statusCode(), answer.body());
    assertTrue(PortalClient.contentType(answer).startsWith("application/problem+json"), answer.body());
    assertEquals(field, PortalClient.json(answer).getJsonArray("errors").getJsonObject(0).getString("field"),
        answer.body());
  }

  private static String caseJson(long unit, String severity, String outcome) {
    return Json.createObjectBuilder()
        .add("organisationId", unit)
        .add("subjectType", "TEAM")
        .add("severity", severity)
        .add("grounds", Json.createArrayBuilder().add("YW-14.3"))
        .add("facts", "本单位连续发生违反作风建设规定的问题，造成不良影响。")
        .add("outcomes", Json.createArrayBuilder().add(outcome))
        .add("handledBy", "DISCIPLINE_ORGANISATION")
        .build()
        .toString();
  }

  private long unitId(PortalClient api, String token, String code) {
    HttpResponse<String> tree = api.send(api.withToken("api/v1/organisations", token).GET().build());
    assertEquals(200, tree.statusCode(), tree.body());
    return Json.createReader(new java.io.StringReader(tree.body())).readArray().stream()
        .map(v -> v.asJsonObject())
        .filter(o -> code.equals(o.getString("code")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private HttpResponse<String> post(PortalClient api, String token, String json) {
    return api.send(api.withToken("api/v1/accountability-cases", token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  /** The check box label of an outcome on the case page (an XPath: Selenium's types stay out of the signatures). */
  private static String outcome(String label) {
    return "//label[starts-with(@for, 'caseForm:outcomes:') and normalize-space(.) = '" + label + "']";
  }

  private PortalClient portal() {
    return new PortalClient(Deployments.local(deployed));
  }
}
