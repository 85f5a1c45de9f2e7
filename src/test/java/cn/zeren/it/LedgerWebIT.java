package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Deadlines;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The work ledger in the browser and through the API (issue 6, YW-13.1): 青山镇's primary leader records the
 * integrity Party lecture of this year (YW-7.2b) from their task, and the commission's compliance matrix cell of
 * 青山镇 × YW-7.2b moves from open to done; the record form shows field errors next to the fields; the API records a
 * quarterly meeting (YW-6.2b) with problems naming the rule, and keeps other units out.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerWebIT {
  private static final LocalDate TODAY = LocalDate.now(Deadlines.BEIJING);
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  /** The matrix cell of 青山镇 × YW-7.2b (its title names the unit and the rule's title). */
  private static final By LECTURE_CELL =
      By.xpath("//a[contains(@class,'zr-cell') and @title='青山镇 · 主要负责人每年至少上1次廉政党课']");

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
  void aPartyLectureRecordedFromTheTaskTurnsTheComplianceCellFromOpenToDone() throws IOException {
    Path pdf = Files.createTempFile("签到表", ".pdf");
    Files.write(pdf, PDF);
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("commission", TestDatabase.DEMO_PASSWORD);
      browser.go("compliance.xhtml");
      assertTrue(browser.has(LECTURE_CELL), "no 青山镇 × YW-7.2b cell: " + browser.text());
      assertTrue(browser.attribute(LECTURE_CELL, "class").contains("zr-cell-open"),
          browser.attribute(LECTURE_CELL, "class"));
      assertEquals("0/1", browser.attribute(LECTURE_CELL, "textContent").strip());

      browser.forgetSession();
      browser.signIn("leader1", TestDatabase.DEMO_PASSWORD);
      browser.go("tasks.xhtml");
      browser.clickAndWait(
          By.xpath("//tr[.//span[@class='zr-rule-id' and text()='YW-7.2b'] and .//div[@class='zr-muted' and starts-with("
              + "normalize-space(), '" + LocalDate.now(Deadlines.BEIJING).getYear() + " ')]]"
              + "//a[contains(@href,'ledger-record')]"));
      assertTrue(browser.path().endsWith("/ledger-record.xhtml"), browser.path());
      browser.type("recordForm:topic", "坚守廉洁底线 当好第一责任人");
      browser.type("recordForm:otherParticipants", "各村党组织书记");
      browser.type("recordForm:minutes", "主要负责人以身边案例为镜，讲授廉政党课，镇村干部 90 人参加。");
      browser.chooseFile("recordForm", pdf);
      browser.confirmAndWait("recordForm:save");

      assertEquals("按时完成", browser.textOf("instanceStatus"), browser.text());
      assertEquals("1 / 1", browser.textOf("progress"));
      assertTrue(browser.text().contains(pdf.getFileName().toString()), "the attachment is listed: " + browser.text());
      browser.screenshot("ledger-record-leader1");
      browser.go("ledger.xhtml");
      assertTrue(browser.text().contains("坚守廉洁底线 当好第一责任人"), browser.text());
      browser.screenshot("ledger-list-leader1");

      browser.forgetSession();
      browser.signIn("commission", TestDatabase.DEMO_PASSWORD);
      browser.go("compliance.xhtml");
      assertTrue(browser.attribute(LECTURE_CELL, "class").contains("zr-cell-done"),
          browser.attribute(LECTURE_CELL, "class"));
      assertEquals("1/1", browser.attribute(LECTURE_CELL, "textContent").strip());
      browser.screenshot("compliance-after-ledger");
    } finally {
      Files.deleteIfExists(pdf);
    }
  }

  @Test
  void theRecordFormShowsTheErrorNextToTheField() {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      browser.go("ledger-record.xhtml?activity=QUARTERLY_MEETING");
      browser.type("recordForm:minutes", "纪要写好了，主题忘了填");
      browser.confirmAndWait("recordForm:save");

      assertTrue(browser.textOf("recordForm:topicMessage").contains("请填写主题"), browser.text());
      assertTrue(browser.text().contains("纪要写好了，主题忘了填"), "what was typed is kept");
      browser.screenshot("ledger-form-errors");
    }
  }

  @Test
  void theApiRecordsAQuarterlyMeetingAndNamesTheRuleOfARefusal() {
    String clerk1 = token("clerk1");
    String record =
        Json.createObjectBuilder()
            .add("activityCode", "QUARTERLY_MEETING")
            .add("activityDate", TODAY.toString())
            .add("topic", "本季度党风廉政建设专题例会")
            .add("otherParticipants", "驻镇纪检人员")
            .add("minutes", "研究本季度作风建设问题。")
            .build()
            .toString();
    HttpResponse<String> created = api.send(json("api/v1/ledger-records", clerk1).POST(body(record)).build());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject view = PortalClient.json(created);
    assertEquals("YW-6.2b", view.getString("ruleId"));
    assertEquals("DONE_ON_TIME", view.getString("obligationStatus"), created.body());
    long id = view.getJsonNumber("id").longValue();

    String future = record.replace(TODAY.toString(), TODAY.plusDays(1).toString());
    HttpResponse<String> refused = api.send(json("api/v1/ledger-records", clerk1).POST(body(future)).build());
    assertEquals(422, refused.statusCode(), refused.body());
    assertEquals("activityDate", PortalClient.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));

    HttpResponse<String> outside =
        api.send(json("api/v1/ledger-records", clerk1)
            .POST(body(record.replace("\"activityCode\"", "\"obligationId\":" + firstQuarterTask(clerk1) + ",\"activityCode\"")
                .replace(TODAY.toString(), TODAY.withDayOfYear(1).minusDays(1).toString())))
            .build());
    assertEquals(422, outside.statusCode(), outside.body());
    assertEquals("YW-6.2b", PortalClient.json(outside).getString("ruleId"), outside.body());

    HttpResponse<String> stale =
        api.send(json("api/v1/ledger-records/" + id, clerk1)
            .PUT(body(record.replace("{", "{\"version\":" + (view.getJsonNumber("version").longValue() + 7) + ","))).build());
    assertEquals(409, stale.statusCode(), stale.body());
    HttpResponse<String> attached =
        api.send(withToken("api/v1/ledger-records/" + id + "/attachments?fileName=minutes.pdf&version="
                + view.getJsonNumber("version").longValue(), clerk1)
            .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(PDF)).build());
    assertEquals(201, attached.statusCode(), attached.body());

    HttpResponse<String> foreign = api.send(withToken("api/v1/ledger-records/" + id, token("clerk2")).GET().build());
    assertEquals(403, foreign.statusCode(), foreign.body());
    HttpResponse<String> read = api.send(withToken("api/v1/ledger-records/" + id, token("commission")).GET().build());
    assertEquals(200, read.statusCode(), read.body());
    assertEquals(1, PortalClient.json(read).getJsonArray("attachments").size(), read.body());
  }

  private long firstQuarterTask(String token) {
    HttpResponse<String> found =
        api.send(withToken("api/v1/obligations?org=" + TestDatabase.organisationId("QSZ") + "&year=" + TODAY.getYear()
            + "&rule=YW-6.2b", token).GET().build());
    assertEquals(200, found.statusCode(), found.body());
    return Json.createReader(new java.io.StringReader(found.body())).readArray().stream()
        .map(v -> v.asJsonObject())
        .filter(o -> o.getString("period").endsWith("-Q1"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Q1 task: " + found.body()))
        .getJsonNumber("id")
        .longValue();
  }

  private HttpRequest.Builder json(String path, String token) {
    return withToken(path, token).header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private String token(String username) {
    String body =
        Json.createObjectBuilder().add("username", username).add("password", TestDatabase.DEMO_PASSWORD).build()
            .toString();
    HttpResponse<String> issued =
        api.send(api.request("api/v1/tokens").header("Content-Type", "application/json")
            .header("Accept", "application/json").POST(body(body)).build());
    assertEquals(201, issued.statusCode(), issued.body());
    return PortalClient.json(issued).getString("token");
  }

  private HttpRequest.Builder withToken(String path, String token) {
    return api.request(path).header("Authorization", "Bearer " + token).header("Accept", "application/json");
  }
}
