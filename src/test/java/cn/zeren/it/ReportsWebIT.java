package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Deadlines;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Reports from outside (issue 4): the YW-10.1 annual report through the pages in headless Chromium — drafted by
 * 青山镇's clerk, approved by its leader, returned by the commission, resubmitted as version 2 and accepted — and
 * through the REST API for 市财政局, with its problem answers and the document download.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsWebIT {
  private static final int YEAR = LocalDate.now(Deadlines.BEIJING).getYear();
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
  void theApiDraftsSubmitsAndServesTheDocumentOnlyToTheUnitAndAsAnAttachment() {
    String clerk2 = token("clerk2");
    long finance = TestDatabase.organisationId("CZJ");
    HttpResponse<String> instances =
        api.send(withToken("api/v1/obligations?org=" + finance + "&year=" + YEAR + "&rule=YW-10.1", clerk2).GET().build());
    long obligationId =
        Json.createReader(new StringReader(instances.body())).readArray().getJsonObject(0).getJsonNumber("id")
            .longValue();
    HttpResponse<String> created =
        api.send(json("api/v1/reports", clerk2)
            .POST(body("{\"type\":\"ANNUAL_MAIN\",\"obligationId\":" + obligationId + "}")).build());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject report = PortalClient.json(created);
    long id = report.getJsonNumber("id").longValue();
    assertEquals(YEAR - 1, report.getInt("coveredYear"));

    HttpResponse<String> html = upload(id, clerk2, "报告.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
        report.getJsonNumber("version").longValue());
    assertEquals(422, html.statusCode(), html.body());
    assertEquals("file", PortalClient.json(html).getJsonArray("errors").getJsonObject(0).getString("field"));
    HttpResponse<String> uploaded = upload(id, clerk2, "报告.pdf", PDF, report.getJsonNumber("version").longValue());
    assertEquals(200, uploaded.statusCode(), uploaded.body());
    long version = PortalClient.json(uploaded).getJsonNumber("version").longValue();

    HttpResponse<String> incomplete = step(id, "submission", clerk2, version);
    assertEquals(422, incomplete.statusCode(), incomplete.body());
    assertEquals("YW-10.1", PortalClient.json(incomplete).getString("ruleId"), incomplete.body());

    String sections = "{\"version\":" + version + ",\"sections\":{\"YW-6\":\"一\",\"YW-7\":\"二\",\"YW-6.12\":\"无\",\"PLAN\":\"四\"}}";
    HttpResponse<String> saved = api.send(json("api/v1/reports/" + id, clerk2).PUT(body(sections)).build());
    assertEquals(200, saved.statusCode(), saved.body());
    HttpResponse<String> stale = api.send(json("api/v1/reports/" + id, clerk2).PUT(body(sections)).build());
    assertEquals(409, stale.statusCode(), stale.body());
    long current = PortalClient.json(saved).getJsonNumber("version").longValue();
    HttpResponse<String> submitted = step(id, "submission", clerk2, current);
    assertEquals("AWAITING_APPROVAL", PortalClient.json(submitted).getString("status"), submitted.body());

    HttpResponse<String> foreign = api.send(withToken("api/v1/reports/" + id, token("clerk1")).GET().build());
    assertEquals(403, foreign.statusCode(), foreign.body());
    HttpResponse<String> foreignFile =
        api.send(withToken("api/v1/reports/" + id + "/versions/1/document", token("clerk1")).GET().build());
    assertEquals(403, foreignFile.statusCode());

    HttpResponse<String> file = api.send(withToken("api/v1/reports/" + id + "/versions/1/document", clerk2).GET().build());
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", PortalClient.contentType(file).split(";")[0], "the type found in the content");
    assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

    HttpResponse<String> approved =
        step(id, "approval", token("leader2"), PortalClient.json(submitted).getJsonNumber("version").longValue());
    assertEquals("SUBMITTED", PortalClient.json(approved).getString("status"), approved.body());
    HttpResponse<String> review =
        api.send(withToken("api/v1/reports?view=review&type=ANNUAL_MAIN&status=SUBMITTED", token("reviewer")).GET().build());
    assertTrue(review.body().contains("\"id\":" + id), review.body());

    signThroughTheApiAndVerifyOffline(id, token("leader2"));
  }

  /**
   * YW-11.3 through the API: a wrong password is a 422 problem on the field, the right one signs (201); the
   * verification answers valid; another unit is refused; the offline package verifies with the documented OpenSSL 3
   * command run here, outside the portal.
   */
  private void signThroughTheApiAndVerifyOffline(long reportId, String leader) {
    String sign = "api/v1/reports/" + reportId + "/versions/1/sign";
    HttpResponse<String> wrong =
        api.send(json(sign, leader).POST(body("{\"opinion\":\"同意\",\"password\":\"nope\"}")).build());
    assertEquals(422, wrong.statusCode(), wrong.body());
    assertEquals("password", PortalClient.json(wrong).getJsonArray("errors").getJsonObject(0).getString("field"));
    HttpResponse<String> signed =
        api.send(json(sign, leader)
            .POST(body("{\"opinion\":\"经审阅，同意。\",\"password\":\"" + TestDatabase.DEMO_PASSWORD + "\"}"))
            .build());
    assertEquals(201, signed.statusCode(), signed.body());
    long signatureId = PortalClient.json(signed).getJsonNumber("id").longValue();
    HttpResponse<String> again =
        api.send(json(sign, leader)
            .POST(body("{\"opinion\":\"再签\",\"password\":\"" + TestDatabase.DEMO_PASSWORD + "\"}")).build());
    assertEquals("YW-11.3", PortalClient.json(again).getString("ruleId"), again.body());

    HttpResponse<String> verified =
        api.send(withToken("api/v1/signatures/" + signatureId + "/verify", token("reviewer")).GET().build());
    assertEquals(200, verified.statusCode(), verified.body());
    assertTrue(PortalClient.json(verified).getBoolean("valid"), verified.body());
    assertEquals("签名有效：签名人、时间、意见和所签内容自签名以来均未改变。", PortalClient.json(verified).getString("reason"));
    HttpResponse<String> foreign =
        api.send(withToken("api/v1/signatures/" + signatureId + "/verify", token("clerk1")).GET().build());
    assertEquals(403, foreign.statusCode(), foreign.body());

    HttpResponse<byte[]> pack =
        api.sendForBytes(withToken("api/v1/signatures/" + signatureId + "/package", leader)
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

  private HttpResponse<String> upload(long id, String token, String name, byte[] content, long version) {
    String fileName = URLEncoder.encode(name, StandardCharsets.UTF_8);
    return api.send(
        withToken("api/v1/reports/" + id + "/document?version=" + version + "&fileName=" + fileName, token)
            .header("Content-Type", "application/octet-stream")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
            .build());
  }

  private HttpResponse<String> step(long id, String step, String token, long version) {
    String json = "{\"version\":" + version + "}";
    return api.send(json("api/v1/reports/" + id + "/" + step, token).POST(body(json)).build());
  }

  private HttpRequest.Builder json(String path, String token) {
    return withToken(path, token).header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private String token(String username) {
    String body =
        Json.createObjectBuilder().add("username", username).add("password", TestDatabase.DEMO_PASSWORD).build().toString();
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
