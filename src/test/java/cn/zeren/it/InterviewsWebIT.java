package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An interview in the browser from scheduling to the signed reply (YW-12.1, YW-12.2): the commission sees 李青山 of
 * 青山镇 not yet interviewed this year, schedules the yearly interview with him, records the minutes; he writes his
 * explanation; the commission signs it with the password (a wrong one refused next to its field); he sees the signed
 * reply, and the coverage view no longer lists him as not interviewed. Then the API's problems for the same steps.
 */
@ExtendWith(ArquillianExtension.class)
class InterviewsWebIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  @Test
  void anInterviewGoesFromSchedulingToTheSignedReply() {
    String interviewId;
    try (Browser commission = Browser.open(Deployments.local(deployed))) {
      try {
        commission.signIn("commission", TestDatabase.DEMO_PASSWORD);
        commission.go("interview-oversight.xhtml");
        assertTrue(leader1Row(commission).contains("本年度尚未约谈"), leader1Row(commission));
        commission.screenshot("interview-coverage-before");

        commission.clickAndWait(leader1ScheduleLink(commission));
        assertEquals("李青山", selected(commission, "interviewForm:intervieweeId"), "prefilled from the coverage view");
        assertEquals("郑纪明", selected(commission, "interviewForm:interviewerId"));
        commission.click("interviewForm:save");
        commission.waitForText("interviewForm", "请填写约谈地点");
        commission.type("interviewForm:place", "市纪委监委二楼谈话室");
        commission.type("interviewForm:topic", "了解履行“两个责任”情况");
        commission.clickAndWait("interviewForm:save");
        assertTrue(commission.path().endsWith("/interview.xhtml"), commission.path());
        interviewId = commission.param("id");
        assertEquals("李青山", commission.textOf("interviewee"));
        assertEquals("已安排", commission.textOf("status"));

        commission.type("minutesForm:minutes", "指出问题两项，要求一个月内整改。");
        commission.confirmAndWait("minutesForm:recordMinutes");
        assertTrue(commission.text().contains("约谈时间还没到"), "no minutes before the talk");
        heldAnHourAgo(Long.parseLong(interviewId)); // the days until the talk pass
        commission.go("interview.xhtml?id=" + interviewId);

        commission.type("minutesForm:minutes", "指出问题两项，要求一个月内整改。");
        commission.confirmAndWait("minutesForm:recordMinutes");
        assertEquals("已谈话", commission.textOf("status"));
      } catch (AssertionError | RuntimeException e) {
        commission.screenshot("interview-failure");
        throw new AssertionError(e.getMessage() + "\nPAGE " + commission.path() + ": " + commission.text(), e);
      }
    }

    try (Browser leader = Browser.open(Deployments.local(deployed))) {
      leader.signIn("leader1", TestDatabase.DEMO_PASSWORD);
      leader.go("inbox.xhtml");
      assertTrue(leader.text().contains("请填写情况说明"), "asked for the explanation in the inbox");
      leader.go("interview.xhtml?id=" + interviewId);
      leader.type("explanationForm:explanation", "关于所指两项问题的情况说明：已制订整改方案。");
      leader.clickAndWait("explanationForm:saveExplanation");
      assertTrue(leader.textOf("explanationForm").contains("情况说明已提交") || leader.text().contains("情况说明已提交"));
    }

    try (Browser commission = Browser.open(Deployments.local(deployed))) {
      commission.signIn("commission", TestDatabase.DEMO_PASSWORD);
      commission.go("interview.xhtml?id=" + interviewId);
      commission.click("explanationForm:sign");
      commission.waitForText("signDialog", "签字背书");
      commission.type("signForm:opinion", "情况属实，同意整改方案。");
      commission.type("signForm:password", "not-the-password");
      commission.click("signForm:signConfirm");
      commission.click(By.id("confirmYes"));
      commission.waitForText("signForm", "密码不正确");
      commission.type("signForm:password", TestDatabase.DEMO_PASSWORD);
      commission.click("signForm:signConfirm");
      commission.click(By.id("confirmYes"));
      commission.waitForText("explanationForm", "情况属实，同意整改方案。");
      assertFalse(commission.has(By.id("explanationForm:sign")), "signed once");
      commission.go("interview-oversight.xhtml");
      assertTrue(leader1Row(commission).contains("已约谈"), leader1Row(commission));
    }

    try (Browser leader = Browser.open(Deployments.local(deployed))) {
      leader.signIn("leader1", TestDatabase.DEMO_PASSWORD);
      leader.go("inbox.xhtml");
      assertTrue(leader.text().contains("情况说明已签字回复"), "the reply reaches the inbox");
      leader.go("interview.xhtml?id=" + interviewId);
      assertEquals("已签字回复", leader.textOf("status"));
      assertTrue(leader.textOf("explanationForm").contains("签字背书回复"));
      assertTrue(leader.textOf("explanationForm").contains("郑纪明"), leader.textOf("explanationForm"));
      assertFalse(leader.has(By.id("explanationForm:explanation")), "no longer editable");
      leader.click("explanationForm:signatures:0:verify");
      leader.waitForText("explanationForm", "签名有效");
      leader.screenshot("interview-signed-reply");
      leader.go("interviews.xhtml");
      assertTrue(leader.textOf("interviewsForm:interviews").contains("已签字回复"), "listed with its state");
    }

    PortalClient api = new PortalClient(Deployments.local(deployed));
    String leader1 = token(api, "leader1");
    HttpResponse<String> edit = api.send(json(api, "api/v1/interviews/" + interviewId + "/explanation", leader1)
        .PUT(HttpRequest.BodyPublishers.ofString("{\"version\":1,\"text\":\"签字后再改\"}")).build());
    assertEquals(422, edit.statusCode(), edit.body());
    assertEquals("YW-12.2", PortalClient.json(edit).getString("ruleId"), edit.body());
    HttpResponse<String> sign = api.send(json(api, "api/v1/interviews/" + interviewId + "/explanation/sign", leader1)
        .POST(HttpRequest.BodyPublishers.ofString("{\"opinion\":\"同意\",\"password\":\"x\"}")).build());
    assertEquals(403, sign.statusCode(), "only the interviewing leader signs: " + sign.body());
    HttpResponse<String> coverage = api.send(json(api, "api/v1/interviews/coverage", token(api, "commission")).GET().build());
    assertEquals(200, coverage.statusCode(), coverage.body());
    JsonObject body = PortalClient.json(coverage);
    assertTrue(body.getJsonArray("heads").size() > body.getJsonNumber("notYetInterviewed").longValue(), coverage.body());
  }

  /** Moves the scheduled time to an hour ago, as if the days until the talk had passed (the page's clock is real). */
  private static void heldAnHourAgo(long interviewId) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement(
            "UPDATE interview SET scheduled_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR WHERE id = ?")) {
      s.setLong(1, interviewId);
      assertEquals(1, s.executeUpdate());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String leader1ScheduleLink(Browser browser) {
    for (int row = 0; row < 100; row++) {
      String id = "coverageForm:coverage:" + row + ":head";
      if (browser.has(By.id(id)) && browser.textOf(id).equals("李青山")) {
        return "coverageForm:coverage:" + row + ":schedule";
      }
    }
    throw new AssertionError("李青山 not in the coverage view");
  }

  private static String selected(Browser browser, String menuId) {
    return browser.textOf(menuId + "_label");
  }

  private static String leader1Row(Browser browser) {
    return browser.textOf("coverageForm:coverage").lines()
        .filter(l -> l.contains("李青山")).findFirst().orElse("(李青山 not listed) " + browser.textOf("coverageForm:coverage"));
  }

  private static HttpRequest.Builder json(PortalClient api, String path, String token) {
    return api.request(path).header("Authorization", "Bearer " + token).header("Accept", "application/json")
        .header("Content-Type", "application/json");
  }

  private static String token(PortalClient api, String username) {
    String body = Json.createObjectBuilder().add("username", username).add("password", TestDatabase.DEMO_PASSWORD)
        .build().toString();
    HttpResponse<String> issued = api.send(api.request("api/v1/tokens").header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertEquals(201, issued.statusCode(), issued.body());
    return PortalClient.json(issued).getString("token");
  }
}
