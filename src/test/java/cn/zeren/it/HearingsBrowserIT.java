package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The demo YW-10.2 hearing from the outside: the chair starts it in the browser, a scorer scores on the live page
 * of their own browser and another through the API (an off-scale score is a 422 problem citing the rule), the chair
 * closes the first item and sees its result, a later score is refused as closed, and the PDF record carries the
 * Chinese names.
 */
@ExtendWith(ArquillianExtension.class)
class HearingsBrowserIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  @Test
  void theChairStartsAScorerScoresLiveTheChairClosesTheItemAndSeesTheResult() throws IOException {
    PortalClient api = new PortalClient(Deployments.local(deployed));
    String chairToken = token(api, "commission");
    long id = demoHearing(api, chairToken);

    try (Browser chair = Browser.open(Deployments.local(deployed));
        Browser scorer = Browser.open(Deployments.local(deployed))) {
      chair.signIn("commission", TestDatabase.DEMO_PASSWORD);
      chair.go("hearing.xhtml?id=" + id);
      chair.click("hearingForm:start");
      chair.click("confirmYes");
      chair.waitForText("hearingForm:status", "进行中");

      String item = "api/v1/hearings/" + id + "/items/" + firstItem(api, chairToken, id) + "/scores/me";
      String scorer2 = token(api, "scorer2");
      JsonObject offScale = PortalClient.json(put(api, item, scorer2, "92.3", 422));
      assertEquals("YW-10.2", offScale.getString("ruleId"), offScale.toString());
      assertEquals("urn:zeren:problem:hearing-score-off-scale", offScale.getString("type"));
      assertTrue(offScale.getString("detail").contains("0.5"), offScale.toString());
      put(api, item, scorer2, "90", 200);

      scorer.signIn("scorer1", TestDatabase.DEMO_PASSWORD);
      scorer.go("hearing-score.xhtml?id=" + id);
      scorer.type("scoreForm:items:0:score", "92.5");
      scorer.click("scoreForm:items:0:submit");
      scorer.waitForText("scoreForm:items:0:myScore", "92.5");

      chair.waitForText("hearingForm:items:0:scoredCount", "已评 2 / 6");
      chair.click("hearingForm:items:0:closeItem");
      chair.click("confirmYes");
      chair.waitForText("hearingForm:items:0:average", "91.25");
      chair.waitForText("hearingForm:items:0:itemStatus", "评分已结束");
      scorer.waitForText("scoreForm:items:0:itemStatus", "评分已结束");

      JsonObject closed = PortalClient.json(put(api, item, scorer2, "95", 422));
      assertEquals("该项评分已结束，不能再评分。", closed.getString("detail"));
      assertEquals("urn:zeren:problem:hearing-item-closed", closed.getString("type"));
      assertEquals("YW-10.2", closed.getString("ruleId"));
    }

    String pdf = pdfText(api, chairToken, id);
    for (String expected : new String[] {"青山镇", "李青山", "市财政局", "钱财政", "冯立新", "92.5", "91.25", "YW-10.2"}) {
      assertTrue(pdf.contains(expected), () -> expected + " missing from the PDF record:\n" + pdf);
    }
    HttpResponse<String> clerk = api.send(withToken(api, "api/v1/hearings", token(api, "clerk1")).GET().build());
    assertEquals(403, clerk.statusCode(), "a unit clerk sees no meeting and no score");
  }

  @Test
  void aReviewerSetsUpAMeetingSeeingThePacksScaleAndAMissingScorerIsShownAtItsField() {
    try (Browser reviewer = Browser.open(Deployments.local(deployed))) {
      reviewer.signIn("reviewer", TestDatabase.DEMO_PASSWORD);
      reviewer.go("hearing-edit.xhtml");
      reviewer.waitForText("hearingForm:scale", "0–100 分，步长 0.5 分");
      reviewer.type("hearingForm:title", "白沙镇主体责任专题汇报会");
      reviewer.type("hearingForm:place", "市纪委监委二楼会议室");
      reviewer.choose("hearingForm:unitToAdd", "白沙镇");
      reviewer.click("hearingForm:addUnit");
      reviewer.waitForText("hearingForm:items", "白沙镇");

      reviewer.click("hearingForm:save");
      reviewer.waitForText("hearingForm", "请至少选择一名评分人。");

      reviewer.click(By.cssSelector("label[for='hearingForm:scorerIds:0']"));
      reviewer.click(By.cssSelector("label[for='hearingForm:scorerIds:1']"));
      reviewer.clickAndWait("hearingForm:save");
      assertTrue(reviewer.path().endsWith("/hearing.xhtml"), reviewer.path() + ": " + reviewer.text());
      String page = reviewer.text();
      for (String expected : new String[] {"白沙镇主体责任专题汇报会", "白沙镇", "筹备中", "YW-10.2", "市纪委监委二楼会议室"}) {
        assertTrue(page.contains(expected), expected + " missing: " + page);
      }
    }
  }

  private static long demoHearing(PortalClient api, String token) {
    HttpResponse<String> list = api.send(withToken(api, "api/v1/hearings", token).GET().build());
    assertEquals(200, list.statusCode(), list.body());
    try (var reader = Json.createReader(new StringReader(list.body()))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .filter(h -> h.getString("status").equals("DRAFT") && h.getString("title").endsWith("年度主体责任专题汇报会"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no demo hearing waiting to start: " + list.body()))
          .getJsonNumber("id")
          .longValue();
    }
  }

  private static long firstItem(PortalClient api, String token, long id) {
    HttpResponse<String> hearing = api.send(withToken(api, "api/v1/hearings/" + id, token).GET().build());
    JsonObject first = PortalClient.json(hearing).getJsonArray("items").getJsonObject(0);
    assertEquals("青山镇", first.getString("unit"), hearing.body());
    return first.getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> put(PortalClient api, String path, String token, String score, int status) {
    HttpResponse<String> response =
        api.send(
            withToken(api, path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"score\": " + score + "}"))
                .build());
    assertEquals(status, response.statusCode(), response.body());
    return response;
  }

  private static String pdfText(PortalClient api, String token, long id) throws IOException {
    HttpResponse<byte[]> pdf;
    try {
      pdf =
          HttpClient.newHttpClient()
              .send(
                  api.request("api/v1/hearings/" + id + "/record.pdf").header("Authorization", "Bearer " + token)
                      .GET().build(),
                  HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
    assertTrue(PortalClient.contentType(pdf).startsWith("application/pdf"), PortalClient.contentType(pdf));
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String token(PortalClient api, String username) {
    String body =
        Json.createObjectBuilder().add("username", username).add("password", TestDatabase.DEMO_PASSWORD).build()
            .toString();
    HttpResponse<String> issued =
        api.send(
            api.request("api/v1/tokens")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertEquals(201, issued.statusCode(), issued.body());
    return PortalClient.json(issued).getString("token");
  }

  private static HttpRequest.Builder withToken(PortalClient api, String path, String token) {
    return api.request(path).header("Authorization", "Bearer " + token).header("Accept", "application/json");
  }
}
