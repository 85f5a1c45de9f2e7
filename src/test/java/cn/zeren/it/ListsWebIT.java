package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Deadlines;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.security.Role;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The signed lists from outside (issue 5): in headless Chromium, 青山镇's problem followed to its write-off — the
 * commission's reviewer records it, the unit's clerk enters the rectification, the discipline head signs both
 * lists through the password dialog, the clerk asks for the write-off with evidence and the head approves it, and
 * the overdue view shows the demo's late item; through the REST API, a signed version refusing edits with a
 * problem that cites YW-11.3 and its PDF carrying the offline-verification files.
 */
@ExtendWith(ArquillianExtension.class)
class ListsWebIT {
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
  void aProblemIsRecordedRectifiedSignedAndWrittenOffAndTheOverdueViewShowsALateItem() throws IOException {
    String reviewer = token("reviewer", TestDatabase.DEMO_PASSWORD);
    long problems = listOf(reviewer, "PROBLEM", "青山镇");
    long rectification = listOf(reviewer, "RECTIFICATION", "青山镇");
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
      String key = newestKey(reviewer, problems);

      browser.forgetSession();
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      browser.go("list.xhtml?id=" + rectification);
      browser.choose("itemForm:problemKey", key, By.id("itemForm:measure"));
      browser.type("itemForm:measure", "规范票据领用登记，每月核对。");
      browser.type("itemForm:ownerName", "陈文书");
      browser.type("itemForm:deadline_input", YEAR + "-01-31");
      browser.clickAndWait("itemForm:save");
      assertTrue(browser.text().contains("事项已保存"), browser.text());
      String item = newestKey(reviewer, rectification);

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

  @Test
  void aSignedVersionRefusesEditsThroughTheApiAndItsPdfCarriesTheOfflineVerificationFiles() throws IOException {
    String reviewer = token("reviewer", TestDatabase.DEMO_PASSWORD);
    long unit = TestDatabase.organisationId("SQZ");
    HttpResponse<String> created = post(reviewer, "api/v1/lists",
        Json.createObjectBuilder().add("kind", "PROBLEM").add("organisationId", unit).add("year", YEAR).build());
    assertEquals(201, created.statusCode(), created.body());
    long list = PortalClient.json(created).getJsonNumber("id").longValue();
    HttpResponse<String> added = post(reviewer, "api/v1/lists/" + list + "/items", problem());
    assertEquals(201, added.statusCode(), added.body());
    HttpResponse<String> invalid = post(reviewer, "api/v1/lists/" + list + "/items",
        Json.createObjectBuilder().add("sourceCode", "DAILY_CHECK").build());
    assertEquals(422, invalid.statusCode(), invalid.body());
    assertTrue(invalid.body().contains("description"), invalid.body());

    HttpResponse<String> notTheSigner = post(reviewer, "api/v1/lists/" + list + "/versions/1/sign",
        Json.createObjectBuilder().add("opinion", "同意").add("password", TestDatabase.DEMO_PASSWORD).build());
    assertEquals(403, notTheSigner.statusCode(), notTheSigner.body());

    String head = token(TestDatabase.newAccount("SQZ", Role.DISCIPLINE_HEAD), TestDatabase.TEST_PASSWORD);
    HttpResponse<String> wrong = post(head, "api/v1/lists/" + list + "/versions/1/sign",
        Json.createObjectBuilder().add("opinion", "同意").add("password", "not-the-password").build());
    assertEquals(422, wrong.statusCode(), wrong.body());
    assertTrue(wrong.body().contains("password"), wrong.body());
    HttpResponse<String> signed = post(head, "api/v1/lists/" + list + "/versions/1/sign",
        Json.createObjectBuilder().add("opinion", "情况属实，同意。").add("password", TestDatabase.TEST_PASSWORD).build());
    assertEquals(201, signed.statusCode(), signed.body());
    JsonObject signature = PortalClient.json(signed);

    HttpResponse<String> refused = post(reviewer, "api/v1/lists/" + list + "/items", problem());
    assertEquals(422, refused.statusCode(), refused.body());
    assertEquals("YW-11.3", PortalClient.json(refused).getString("ruleId"), refused.body());

    HttpResponse<String> verify = api.send(withToken(signature.getString("verify").substring(1), reviewer).GET().build());
    assertEquals(200, verify.statusCode(), verify.body());
    assertTrue(PortalClient.json(verify).getBoolean("valid"), verify.body());

    HttpResponse<byte[]> pdf = api.sendForBytes(
        withToken("api/v1/lists/" + list + "/versions/1/pdf", reviewer).header("Accept", "application/pdf").GET().build());
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
        withToken("api/v1/lists/" + list + "/versions/1/excel", reviewer).header("Accept", "*/*").GET().build());
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

  private long listOf(String token, String kind, String unitName) {
    HttpResponse<String> found = api.send(withToken("api/v1/lists?year=" + YEAR + "&kind=" + kind, token).GET().build());
    assertEquals(200, found.statusCode(), found.body());
    JsonArray lists = Json.createReader(new java.io.StringReader(found.body())).readArray();
    return lists.stream().map(v -> v.asJsonObject())
        .filter(o -> o.getString("organisationName").equals(unitName))
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " list of " + unitName + ": " + found.body()))
        .getJsonNumber("id").longValue();
  }

  /** The key of the last item of the list's current version. */
  private String newestKey(String token, long list) {
    JsonObject detail = PortalClient.json(api.send(withToken("api/v1/lists/" + list, token).GET().build()));
    int current = detail.getJsonObject("list").getInt("currentVersion");
    JsonObject version = PortalClient.json(
        api.send(withToken("api/v1/lists/" + list + "/versions/" + current, token).GET().build()));
    JsonArray items = version.getJsonArray("items");
    return items.getJsonObject(items.size() - 1).getString("key");
  }

  private static JsonObject problem() {
    return Json.createObjectBuilder().add("sourceCode", "SPECIAL_SUPERVISION").add("description", "专项监督发现：工程招标程序不规范。")
        .add("category", "工程建设").add("foundOn", YEAR + "-01-05").add("foundBy", "市纪委监委").build();
  }

  private HttpResponse<String> post(String token, String path, JsonObject body) {
    return api.send(withToken(path, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
  }

  private String token(String username, String password) {
    String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    HttpResponse<String> issued = api.send(api.request("api/v1/tokens").header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertEquals(201, issued.statusCode(), issued.body());
    return PortalClient.json(issued).getString("token");
  }

  private HttpRequest.Builder withToken(String path, String token) {
    return api.request(path).header("Authorization", "Bearer " + token).header("Accept", "application/json");
  }
}
