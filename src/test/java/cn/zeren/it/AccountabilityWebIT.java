package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Accountability cases from outside (issue 6): the API's 422 problem naming YW-16 for an outcome outside the matrix,
 * 403 for a unit's clerk; and the case page in headless Chromium — the outcomes offered follow subject and severity,
 * an outcome left over from another severity is refused next to its field citing YW-16, the corrected case is saved,
 * decided and listed, with its decision document; the statistics exported to Excel.
 */
@ExtendWith(ArquillianExtension.class)
class AccountabilityWebIT {
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  private PortalClient api;

  @BeforeEach
  void client() {
    api = new PortalClient(Deployments.local(deployed));
  }

  @Test
  void theApiRefusesAnOutcomeOutsideTheMatrixWith422NamingYw16AndKeepsCasesFromTheClerk() {
    String commission = token("commission");
    long unit = unitId(commission, "QSZ");
    HttpResponse<String> refused = post(commission, caseJson(unit, "MINOR", "CIRCULATED_CRITICISM"));
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(PortalClient.contentType(refused).startsWith("application/problem+json"), refused.body());
    JsonObject problem = PortalClient.json(refused);
    assertEquals("YW-16", problem.getString("ruleId"));
    assertEquals("outcomes", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertTrue(problem.getString("detail").contains("依据 YW-16"), problem.getString("detail"));

    HttpResponse<String> created = post(commission, caseJson(unit, "SERIOUS", "CIRCULATED_CRITICISM"));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject view = PortalClient.json(created);
    long id = view.getJsonNumber("id").longValue();
    assertEquals("PARTY_COMMITTEE", view.getString("body"), "the side follows from the YW-14 ground");
    assertEquals("通报批评", view.getJsonArray("outcomes").getJsonObject(0).getString("label"));

    HttpResponse<String> clerk = api.send(withToken("api/v1/accountability-cases/" + id, token("clerk1")).GET().build());
    assertEquals(403, clerk.statusCode(), clerk.body());
    HttpResponse<String> clerkList = api.send(withToken("api/v1/accountability-cases", token("clerk1")).GET().build());
    assertEquals(403, clerkList.statusCode(), clerkList.body());

    HttpResponse<String> department =
        api.send(withToken("api/v1/accountability-cases/" + id, token("orgdept")).GET().build());
    assertEquals(200, department.statusCode(), department.body());
    HttpResponse<String> statistics = api.send(withToken(
        "api/v1/accountability-cases/statistics?ground=YW-14.3&severity=SERIOUS", commission).GET().build());
    assertEquals(200, statistics.statusCode(), statistics.body());
    assertTrue(statistics.body().contains("\"ground\":\"YW-14.3\""), statistics.body());

    HttpResponse<String> badSeverity = post(commission, caseJson(unit, "TERRIBLE", "CIRCULATED_CRITICISM"));
    assertEquals(400, badSeverity.statusCode(), badSeverity.body());
  }

  @Test
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
      browser.click(outcome("免职"));
      browser.click(By.cssSelector("label[for='caseForm:severity:0']"));
      browser.waitForText("caseForm:outcomesPanel", "诫勉谈话");
      browser.clickAndWait("caseForm:save");
      browser.waitForText("caseForm:outcomesMessage", "依据 YW-16");
      assertTrue(browser.textOf("caseForm:outcomesMessage").contains("“免职”不在其列"),
          browser.textOf("caseForm:outcomesMessage"));
      browser.screenshot("accountability-refused");

      browser.click(outcome("免职"));
      browser.click(outcome("诫勉谈话"));
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
  void theStatisticsExportToExcelWithTheCountsOfTheVisibleCases() throws Exception {
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

  private static By outcome(String label) {
    return By.xpath("//label[starts-with(@for, 'caseForm:outcomes:') and normalize-space(.) = '" + label + "']");
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

  private long unitId(String token, String code) {
    HttpResponse<String> tree = api.send(withToken("api/v1/organisations", token).GET().build());
    assertEquals(200, tree.statusCode(), tree.body());
    return Json.createReader(new java.io.StringReader(tree.body())).readArray().stream()
        .map(v -> v.asJsonObject())
        .filter(o -> code.equals(o.getString("code")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private HttpResponse<String> post(String token, String json) {
    return api.send(withToken("api/v1/accountability-cases", token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
  }

  private String token(String username) {
    String body = Json.createObjectBuilder().add("username", username).add("password", TestDatabase.DEMO_PASSWORD)
        .build().toString();
    HttpResponse<String> issued =
        api.send(api.request("api/v1/tokens").header("Content-Type", "application/json")
            .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertEquals(201, issued.statusCode(), issued.body());
    return PortalClient.json(issued).getString("token");
  }

  private HttpRequest.Builder withToken(String path, String token) {
    return api.request(path).header("Authorization", "Bearer " + token).header("Accept", "application/json");
  }
}
