package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.security.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API (/api/v1) and the health check: personal tokens for
 * a username and password, the caller's identity, the same access rules as the pages, RFC 9457 problem details
 * for refusals, the calendar and the obligations.
 */
@ExtendWith(ArquillianExtension.class)
class RestApiIT {
  private static final String PROBLEM_JSON = "application/problem+json";

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
  void aUsernameAndPasswordBuyAToken() {
    HttpResponse<String> issued = issueToken("clerk1", TestDatabase.DEMO_PASSWORD);
    assertEquals(201, issued.statusCode(), issued.body());
    assertFalse(PortalClient.json(issued).getString("token", "").isBlank(), issued.body());
  }

  @Test
  void theTokenSaysWhoIsCalling() {
    HttpResponse<String> me = api.send(withToken("api/v1/me", token("clerk1")).GET().build());
    assertEquals(200, me.statusCode(), me.body());
    JsonObject body = PortalClient.json(me);
    assertEquals("clerk1", body.getString("username"), me.body());
    assertEquals("陈文书", body.getString("name"), me.body());
  }

  @Test
  void aClerksTokenCannotReadAUnitOutsideTheirOwn() {
    long finance = TestDatabase.organisationId("CZJ");
    HttpResponse<String> refused =
        api.send(withToken("api/v1/organisations/" + finance, token("clerk1")).GET().build());
    assertEquals(403, refused.statusCode(), refused.body());
    assertProblem(refused);
  }

  @Test
  void anAdministratorsTokenReadsAnyUnit() {
    long finance = TestDatabase.organisationId("CZJ");
    HttpResponse<String> unit = api.send(withToken("api/v1/organisations/" + finance, token("admin")).GET().build());
    assertEquals(200, unit.statusCode(), unit.body());
    assertTrue(unit.body().contains("市财政局"), unit.body());
  }

  @Test
  void noTokenIsAnUnauthorisedProblem() {
    HttpResponse<String> refused = api.send(api.request("api/v1/me").header("Accept", "application/json").GET().build());
    assertEquals(401, refused.statusCode(), refused.body());
    assertProblem(refused);
  }

  @Test
  void aWrongPasswordBuysNoToken() {
    String username = TestDatabase.newAccount("CZJ", Role.UNIT_CLERK);
    HttpResponse<String> refused = issueToken(username, "Wrong-password-1");
    assertEquals(401, refused.statusCode(), refused.body());
    assertProblem(refused);
  }

  @Test
  void thePortalReportsItselfReady() {
    URI ready = api.uri("/health/ready");
    HttpResponse<String> health = api.send(HttpRequest.newBuilder(ready).GET().build());
    assertEquals(200, health.statusCode(), health.body());
    assertEquals("UP", PortalClient.json(health).getString("status"), health.body());
  }

  @Test
  void theCalendarComputesADeadlineAcrossNationalDay() {
    HttpResponse<String> due =
        api.send(withToken("api/v1/calendar/deadline?from=2025-09-26&period=10WD", token("clerk1")).GET().build());
    assertEquals(200, due.statusCode(), due.body());
    JsonObject body = PortalClient.json(due);
    assertEquals("2025-09-26", body.getString("from"));
    assertEquals("10WD", body.getString("period"));
    assertEquals("2025-10-16", body.getString("due"), "JDZ-34: 10 working days skip 1–8 October");
  }

  @Test
  void aMalformedPeriodIsABadRequestAndAMissingYearNamesTheYear() {
    String token = token("clerk1");
    HttpResponse<String> bad =
        api.send(withToken("api/v1/calendar/deadline?from=2026-01-05&period=10X", token).GET().build());
    assertEquals(400, bad.statusCode(), bad.body());
    assertProblem(bad);
    HttpResponse<String> missing =
        api.send(withToken("api/v1/calendar/deadline?from=2098-12-20&period=20D", token).GET().build());
    assertEquals(422, missing.statusCode(), missing.body());
    assertProblem(missing);
    assertTrue(PortalClient.json(missing).getString("detail").contains("2099"), missing.body());
  }

  @Test
  void aYearListsItsRestAndWorkingDays() {
    HttpResponse<String> year = api.send(withToken("api/v1/calendar/2026", token("clerk1")).GET().build());
    assertEquals(200, year.statusCode(), year.body());
    var days = PortalClient.json(year).getJsonArray("days");
    assertEquals(365, days.size());
    JsonObject adjusted = days.getJsonObject(44); // 14 February 2026, a Saturday worked for the Spring Festival
    assertEquals("2026-02-14", adjusted.getString("date"));
    assertTrue(adjusted.getBoolean("working"), adjusted.toString());
    assertEquals("workday", adjusted.getString("kind"));
  }

  @Test
  void obligationsAreDueInBeijingTime() {
    long township = TestDatabase.organisationId("QSZ");
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    HttpResponse<String> list =
        api.send(
            withToken("api/v1/obligations?org=" + township + "&year=" + year + "&rule=YW-10.1", token("clerk1"))
                .GET()
                .build());
    assertEquals(200, list.statusCode(), list.body());
    var items = Json.createReader(new java.io.StringReader(list.body())).readArray();
    assertEquals(1, items.size(), list.body());
    assertEquals(year + "-01-15T23:59:59+08:00", items.getJsonObject(0).getString("dueAt"), list.body());
    HttpResponse<String> outside =
        api.send(
            withToken("api/v1/obligations?org=" + TestDatabase.organisationId("CZJ"), token("clerk1")).GET().build());
    assertEquals("[]", outside.body().replace(" ", ""), "市财政局 lies outside 青山镇");
  }

  @Test
  void anAdministratorLoadsAYearAndABadFileIsRefusedWholeNamingTheLine() {
    String admin = token("admin");
    String bad = "date,kind,name\n2097-01-01,holiday,元旦\n2097-01-07,workday,元旦\n";
    HttpResponse<String> refused = api.send(csv("api/v1/calendar/2097", admin, bad));
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(PortalClient.json(refused).getString("detail").contains("第 3 行"), refused.body());
    HttpResponse<String> stillMissing =
        api.send(withToken("api/v1/calendar/deadline?from=2097-01-02&period=1WD", admin).GET().build());
    assertEquals(422, stillMissing.statusCode(), "the refused file loaded nothing: " + stillMissing.body());

    String good = "date,kind,name\n2097-01-01,holiday,元旦\n2097-01-02,holiday,元旦\n";
    HttpResponse<String> loaded = api.send(csv("api/v1/calendar/2097", admin, good));
    assertEquals(200, loaded.statusCode(), loaded.body());
    HttpResponse<String> inYear =
        api.send(withToken("api/v1/calendar/deadline?from=2097-01-01&period=1WD", admin).GET().build());
    assertEquals("2097-01-03", PortalClient.json(inYear).getString("due"), inYear.body());

    HttpResponse<String> clerk = api.send(csv("api/v1/calendar/2097", token("clerk1"), good));
    assertEquals(403, clerk.statusCode(), clerk.body());
  }

  private HttpRequest csv(String path, String token, String body) {
    return api.request(path)
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .header("Content-Type", "text/csv; charset=UTF-8")
        .PUT(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8))
        .build();
  }

  /** An RFC 9457 problem: its media type and a JSON object body. */
  private static void assertProblem(HttpResponse<String> refused) {
    assertTrue(PortalClient.contentType(refused).startsWith(PROBLEM_JSON), PortalClient.contentType(refused));
    PortalClient.json(refused);
  }

  private HttpResponse<String> issueToken(String username, String password) {
    String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    return api.send(
        api.request("api/v1/tokens")
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private String token(String username) {
    HttpResponse<String> issued = issueToken(username, TestDatabase.DEMO_PASSWORD);
    assertEquals(201, issued.statusCode(), issued.body());
    return PortalClient.json(issued).getString("token");
  }

  private HttpRequest.Builder withToken(String path, String token) {
    return api.request(path).header("Authorization", "Bearer " + token).header("Accept", "application/json");
  }
}
