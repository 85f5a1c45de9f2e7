package cn.zeren.it;

import static cn.zeren.it.support.PortalClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonService;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.it.support.TestUnits;
import cn.zeren.ledger.LedgerForm;
import cn.zeren.ledger.LedgerRecord;
import cn.zeren.ledger.LedgerService;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationEvidence;
import cn.zeren.obligation.ObligationGenerator;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.organisation.Position;
import cn.zeren.organisation.PositionKind;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.files.Download;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The work ledger inside Payara Micro on MariaDB (issue 6, YW-13.1): a record fulfils the obligation instance its
 * kind and date pick — on time (YW-6.2b), late (YW-6.2a after 31 March), only at the minimum count (YW-8.2 ≥2 a year,
 * a team member's own post); other units and other roles are kept out; stale edits are refused with nothing lost;
 * a date outside the chosen task's period is refused citing the rule. Each service test works in a township of its
 * own, in last year so that every date lies in the past.
 *
 * <p>In the browser and through the API ({@link RunAsClient}): 青山镇's primary leader records the integrity Party
 * lecture of this year (YW-7.2b) from their task, and the commission's compliance matrix cell of 青山镇 × YW-7.2b
 * moves from open to done; the record form shows field errors next to the fields; the API records a quarterly
 * meeting (YW-6.2b) with problems naming the rule, and keeps other units out.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {
  private static final LocalDate TODAY = LocalDate.now(Deadlines.BEIJING);
  private static final int LAST_YEAR = TODAY.getYear() - 1;
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithClientTests(LedgerIT.class);
  }

  @ArquillianResource URL deployed;

  @Inject LedgerService ledger;
  @Inject ObligationService obligations;
  @Inject ObligationGenerator generator;
  @Inject OrganisationService organisations;
  @Inject PersonService people;
  @Inject ActorResolver actors;

  /** A township with a clerk, a primary leader and a team member holding a post of their own. */
  private record Township(Organisation unit, Actor clerk, Actor leader, Actor member) {}

  @Test
  void aQuarterlyMeetingHeldInItsQuarterMakesThatQuarterDoneOnTime() throws Exception {
    Township t = township();
    LedgerRecord record =
        as(t.clerk(), () -> ledger.create(form("QUARTERLY_MEETING", null, day(5, 10), "二季度专题例会")));

    assertEquals("YW-6.2b", record.getRuleId());
    assertEquals(LAST_YEAR + "-Q2", record.getPeriodKey());
    Obligation q2 = instance(t, "YW-6.2b", LAST_YEAR + "-Q2");
    assertEquals(q2.getId(), record.getObligationId());
    assertEquals(ObligationStatus.DONE_ON_TIME, q2.getStatus());
    assertEquals(ObligationStatus.OPEN, instance(t, "YW-6.2b", LAST_YEAR + "-Q3").getStatus(), "other quarters stay");
    List<ObligationEvidence> evidence = as(Actor.system(), () -> obligations.evidenceOf(q2.getId()));
    assertEquals(1, evidence.size());
    assertEquals("LEDGER", evidence.get(0).getEvidenceType());
    assertEquals(String.valueOf(record.getId()), evidence.get(0).getEvidenceRef());
  }

  @Test
  void aStartOfYearMeetingHeldAfterMarchMakesTheInstanceDoneLate() throws Exception {
    Township t = township();
    as(t.leader(), () -> ledger.create(form("START_OF_YEAR_MEETING", null, day(4, 15), "年初专门会议（推迟召开）")));

    Obligation yearly = instance(t, "YW-6.2a", String.valueOf(LAST_YEAR));
    assertEquals(ObligationStatus.DONE_LATE, yearly.getStatus(), "YW-6.2a: 年初 read as by 31 March");
    assertEquals(day(4, 15), LocalDate.ofInstant(yearly.getCompletedAt(), Deadlines.BEIJING));
  }

  @Test
  void specialAnalysesCountUntilTheMinimumOfTwoOnTheMembersOwnPost() throws Exception {
    Township t = township();
    assertThrows(AccessDeniedException.class,
        () -> as(t.clerk(), () -> ledger.create(form("MEMBER_SPECIAL_ANALYSIS", null, day(3, 1), "专题分析"))),
        "YW-8.2 is the team member's own duty");

    as(t.member(), () -> ledger.create(form("MEMBER_SPECIAL_ANALYSIS", null, day(3, 1), "上半年专题分析")));
    Obligation own = memberInstance(t, "YW-8.2");
    assertEquals(ObligationStatus.OPEN, own.getStatus(), "one of two (YW-8.2 不少于2次)");
    assertEquals(1, own.getDoneCount());

    as(t.member(), () -> ledger.create(form("MEMBER_SPECIAL_ANALYSIS", null, day(9, 1), "下半年专题分析")));
    Obligation done = memberInstance(t, "YW-8.2");
    assertEquals(ObligationStatus.DONE_ON_TIME, done.getStatus());
    assertEquals(2, done.getDoneCount());
  }

  @Test
  void anotherUnitNeitherReadsNorEditsNorRecordsForTheTownship() throws Exception {
    Township t = township();
    Township other = township();
    LedgerRecord record =
        as(t.clerk(), () -> ledger.create(form("QUARTERLY_MEETING", null, day(2, 2), "一季度专题例会")));

    assertThrows(AccessDeniedException.class, () -> as(other.clerk(), () -> ledger.get(record.getId())));
    assertThrows(AccessDeniedException.class,
        () -> as(other.clerk(), () -> ledger.update(record.getId(), record.getVersion(),
            form("QUARTERLY_MEETING", null, day(2, 2), "改写"))));
    assertTrue(as(other.clerk(), () -> ledger.search(null, LAST_YEAR, null)).stream()
        .noneMatch(r -> r.getId().equals(record.getId())), "not in the other unit's list");
    Obligation theirs = instance(t, "YW-6.2b", LAST_YEAR + "-Q1");
    assertThrows(DomainException.class,
        () -> as(other.clerk(), () -> ledger.create(form("QUARTERLY_MEETING", theirs.getId(), day(2, 3), "冒名"))),
        "a task of another unit cannot be fulfilled");
    assertEquals(1, as(Actor.system(), () -> obligations.get(theirs.getId())).getDoneCount());
    assertEquals(record.getTopic(), as(actor("commission"), () -> ledger.get(record.getId())).getTopic(),
        "the commission reads the subtree");
  }

  @Test
  void aStaleEditIsRefusedAndTheFirstEditStays() throws Exception {
    Township t = township();
    LedgerRecord record =
        as(t.clerk(), () -> ledger.create(form("QUARTERLY_MEETING", null, day(8, 8), "三季度专题例会")));
    LedgerRecord first =
        as(t.leader(), () -> ledger.update(record.getId(), record.getVersion(),
            form("QUARTERLY_MEETING", null, day(8, 8), "三季度专题例会（主要负责人补充）")));

    assertThrows(ConcurrentChangeException.class,
        () -> as(t.clerk(), () -> ledger.update(record.getId(), record.getVersion(),
            form("QUARTERLY_MEETING", null, day(8, 8), "三季度专题例会（办事员旧稿）"))));
    assertEquals("三季度专题例会（主要负责人补充）", as(t.clerk(), () -> ledger.get(record.getId())).getTopic());
    DomainException moved =
        assertThrows(DomainException.class,
            () -> as(t.clerk(), () -> ledger.update(first.getId(), first.getVersion(),
                form("QUARTERLY_MEETING", null, day(8, 9), "改日期"))));
    assertEquals("activityDate", moved.getField(), "the date fixed the evidence");
  }

  @Test
  void participantsArePeopleOfTheUnitAndAnyoneElseIsFreeText() throws Exception {
    Township t = township();
    LedgerForm withMember =
        new LedgerForm("QUARTERLY_MEETING", null, day(10, 9), "四季度专题例会", List.of(t.member().personId()),
            "县纪委派员列席", null);
    LedgerRecord record = as(t.clerk(), () -> ledger.create(withMember));
    assertEquals(List.of(t.member().personId()),
        as(t.clerk(), () -> ledger.get(record.getId())).getParticipants().stream().map(Person::getId).toList());

    long outsider = actor("clerk2").personId();
    DomainException refused =
        assertThrows(DomainException.class,
            () -> as(t.clerk(), () -> ledger.update(record.getId(), record.getVersion(),
                new LedgerForm("QUARTERLY_MEETING", null, day(10, 9), "四季度专题例会", List.of(outsider), null,
                    null))));
    assertEquals("participantIds", refused.getField(), "someone of another unit goes under other participants");
  }

  @Test
  void aDateOutsideTheChosenTasksPeriodOrInTheFutureIsRefused() throws Exception {
    Township t = township();
    Obligation q1 = instance(t, "YW-6.2b", LAST_YEAR + "-Q1");

    DomainException outside =
        assertThrows(DomainException.class,
            () -> as(t.clerk(), () -> ledger.create(form("QUARTERLY_MEETING", q1.getId(), day(4, 2), "例会"))));
    assertEquals("YW-6.2b", outside.getRuleId());
    assertEquals("activityDate", outside.getField());
    DomainException future =
        assertThrows(DomainException.class,
            () -> as(t.clerk(), () -> ledger.create(form("QUARTERLY_MEETING", null,
                LocalDate.now(Deadlines.BEIJING).plusDays(1), "例会"))));
    assertEquals("activityDate", future.getField());
    assertEquals(0, as(Actor.system(), () -> obligations.get(q1.getId())).getDoneCount(), "nothing recorded");

    Obligation q3 = instance(t, "YW-6.2b", LAST_YEAR + "-Q3");
    as(actor("reviewer"), () -> obligations.waive(q3.getId(), q3.getVersion(), "单位三季度撤并调整"));
    DomainException waived =
        assertThrows(DomainException.class,
            () -> as(t.clerk(), () -> ledger.create(form("QUARTERLY_MEETING", null, day(8, 1), "例会"))));
    assertEquals("YW-6.2b", waived.getRuleId(), "a waived instance takes no record");
  }

  @Test
  void anAttachmentIsCheckedByContentAndDownloadedByThoseWhoMayRead() throws Exception {
    Township t = township();
    LedgerRecord record =
        as(t.clerk(), () -> ledger.create(form("QUARTERLY_MEETING", null, day(11, 20), "四季度专题例会")));
    LedgerRecord attached =
        as(t.clerk(), () -> ledger.attach(record.getId(), record.getVersion(), "纪要.pdf",
            new ByteArrayInputStream(PDF)));
    assertTrue(attached.getVersion() > record.getVersion(), "an attachment raises the version");

    DomainException fake =
        assertThrows(DomainException.class,
            () -> as(t.clerk(), () -> ledger.attach(record.getId(), attached.getVersion(), "照片.png",
                new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8)))));
    assertEquals("file", fake.getField());
    long attachmentId = as(t.leader(), () -> ledger.attachments(record.getId())).get(0).getId();
    Download download = as(t.leader(), () -> ledger.attachment(record.getId(), attachmentId));
    assertEquals("纪要.pdf", download.fileName());
    assertTrue(java.util.Arrays.equals(PDF, Files.readAllBytes(download.file())));
    assertThrows(AccessDeniedException.class,
        () -> as(actor("clerk2"), () -> ledger.attachment(record.getId(), attachmentId)));
  }

  // ---- from outside (@RunAsClient): the browser and the API ----

  @Test
  @RunAsClient
  void aPartyLectureRecordedFromTheTaskTurnsTheComplianceCellFromOpenToDone() throws IOException {
    Path pdf = Files.createTempFile("签到表", ".pdf");
    Files.write(pdf, PDF);
    // the matrix cell of 青山镇 × YW-7.2b (its title names the unit and the rule's title)
    By lectureCell = By.xpath("//a[contains(@class,'zr-cell') and @title='青山镇 · 主要负责人每年至少上1次廉政党课']");
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("commission", TestDatabase.DEMO_PASSWORD);
      browser.go("compliance.xhtml");
      assertTrue(browser.has(lectureCell), "no 青山镇 × YW-7.2b cell: " + browser.text());
      assertTrue(browser.attribute(lectureCell, "class").contains("zr-cell-open"),
          browser.attribute(lectureCell, "class"));
      assertEquals("0/1", browser.attribute(lectureCell, "textContent").strip());

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
      assertTrue(browser.attribute(lectureCell, "class").contains("zr-cell-done"),
          browser.attribute(lectureCell, "class"));
      assertEquals("1/1", browser.attribute(lectureCell, "textContent").strip());
      browser.screenshot("compliance-after-ledger");
    } finally {
      Files.deleteIfExists(pdf);
    }
  }

  @Test
  @RunAsClient
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
  @RunAsClient
  void theApiRecordsAQuarterlyMeetingAndNamesTheRuleOfARefusal() {
    PortalClient api = portal();
    String clerk1 = api.token("clerk1");
    String record =
        Json.createObjectBuilder()
            .add("activityCode", "QUARTERLY_MEETING")
            .add("activityDate", TODAY.toString())
            .add("topic", "本季度党风廉政建设专题例会")
            .add("otherParticipants", "驻镇纪检人员")
            .add("minutes", "研究本季度作风建设问题。")
            .build()
            .toString();
    HttpResponse<String> created = api.send(api.jsonRequest("api/v1/ledger-records", clerk1).POST(body(record)).build());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject view = PortalClient.json(created);
    assertEquals("YW-6.2b", view.getString("ruleId"));
    assertEquals("DONE_ON_TIME", view.getString("obligationStatus"), created.body());
    long id = view.getJsonNumber("id").longValue();

    String future = record.replace(TODAY.toString(), TODAY.plusDays(1).toString());
    HttpResponse<String> refused = api.send(api.jsonRequest("api/v1/ledger-records", clerk1).POST(body(future)).build());
    assertEquals(422, refused.statusCode(), refused.body());
    assertEquals("activityDate", PortalClient.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));

    HttpResponse<String> outside =
        api.send(api.jsonRequest("api/v1/ledger-records", clerk1)
            .POST(body(record.replace("\"activityCode\"", "\"obligationId\":" + firstQuarterTask(api, clerk1) + ",\"activityCode\"")
                .replace(TODAY.toString(), TODAY.withDayOfYear(1).minusDays(1).toString())))
            .build());
    assertEquals(422, outside.statusCode(), outside.body());
    assertEquals("YW-6.2b", PortalClient.json(outside).getString("ruleId"), outside.body());

    HttpResponse<String> stale =
        api.send(api.jsonRequest("api/v1/ledger-records/" + id, clerk1)
            .PUT(body(record.replace("{", "{\"version\":" + (view.getJsonNumber("version").longValue() + 7) + ","))).build());
    assertEquals(409, stale.statusCode(), stale.body());
    HttpResponse<String> attached =
        api.send(api.withToken("api/v1/ledger-records/" + id + "/attachments?fileName=minutes.pdf&version="
                + view.getJsonNumber("version").longValue(), clerk1)
            .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(PDF)).build());
    assertEquals(201, attached.statusCode(), attached.body());

    HttpResponse<String> foreign = api.send(api.withToken("api/v1/ledger-records/" + id, api.token("clerk2")).GET().build());
    assertEquals(403, foreign.statusCode(), foreign.body());
    HttpResponse<String> read = api.send(api.withToken("api/v1/ledger-records/" + id, api.token("commission")).GET().build());
    assertEquals(200, read.statusCode(), read.body());
    assertEquals(1, PortalClient.json(read).getJsonArray("attachments").size(), read.body());
  }

  @Test
  @RunAsClient
  void aTopicOverItsLengthIsAProblemNamingTheTopicOnCreateAndOnEdit() {
    PortalClient api = portal();
    String clerk1 = api.token("clerk1");
    String record = Json.createObjectBuilder()
        .add("activityCode", "QUARTERLY_MEETING")
        .add("activityDate", TODAY.toString())
        .add("topic", "本季度党风廉政建设专题例会")
        .build()
        .toString();
    HttpResponse<String> created = api.send(api.jsonRequest("api/v1/ledger-records", clerk1).POST(body(record)).build());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject view = PortalClient.json(created);
    String tooLong = record.replace("本季度党风廉政建设专题例会", "题".repeat(201));

    HttpResponse<String> create = api.send(api.jsonRequest("api/v1/ledger-records", clerk1).POST(body(tooLong)).build());
    assertFieldProblem(create, 400, "topic");
    HttpResponse<String> edit = api.send(api.jsonRequest("api/v1/ledger-records/" + view.getJsonNumber("id"), clerk1)
        .PUT(body(tooLong.replace("{", "{\"version\":" + view.getJsonNumber("version") + ","))).build());
    assertFieldProblem(edit, 400, "topic");
  }

  private static void assertFieldProblem(HttpResponse<String> answer, int status, String field) {
    assertEquals(status, answer.statusCode(), answer.body());
    assertTrue(PortalClient.contentType(answer).startsWith("application/problem+json"), answer.body());
    assertEquals(field, PortalClient.json(answer).getJsonArray("errors").getJsonObject(0).getString("field"),
        answer.body());
  }

  private long firstQuarterTask(PortalClient api, String token) {
    HttpResponse<String> found =
        api.send(api.withToken("api/v1/obligations?org=" + TestDatabase.organisationId("QSZ") + "&year=" + TODAY.getYear()
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

  // ---- set-up ----

  private Township township() throws Exception {
    Organisation draft = TestUnits.township("LG", "台账测试镇");
    String code = draft.getCode();
    Actor admin = actor("admin");
    Organisation unit = as(admin, () -> organisations.create(draft, organisations.root().getId()));
    Actor member = actor(TestDatabase.newAccount(code, Role.TEAM_MEMBER));
    as(admin, () -> people.addPosition(post(unit, as(admin, () -> people.get(member.personId())))));
    as(Actor.system(), () -> generator.generate(LAST_YEAR));
    return new Township(unit, actor(TestDatabase.newAccount(code, Role.UNIT_CLERK)),
        actor(TestDatabase.newAccount(code, Role.PRIMARY_LEADER)), member);
  }

  private static Position post(Organisation unit, Person person) {
    Position position = new Position();
    position.setOrganisation(unit);
    position.setPerson(person);
    position.setKind(PositionKind.TEAM_MEMBER);
    position.setTitle("党委委员");
    position.setAreasInCharge("财务、审计");
    position.setSortOrder(2);
    return position;
  }

  private static LedgerForm form(String kind, Long obligationId, LocalDate day, String topic) {
    return new LedgerForm(kind, obligationId, day, topic, List.of(), "镇机关干部", "会议纪要……");
  }

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(LAST_YEAR, month, dayOfMonth);
  }

  private Obligation instance(Township t, String ruleId, String periodKey) throws Exception {
    return as(Actor.system(), () -> obligations.search(t.unit().getId(), LAST_YEAR, ruleId)).stream()
        .filter(o -> o.getPeriodKey().equals(periodKey))
        .findFirst()
        .orElseThrow();
  }

  private Obligation memberInstance(Township t, String ruleId) throws Exception {
    List<Obligation> found = as(Actor.system(), () -> obligations.search(t.unit().getId(), LAST_YEAR, ruleId));
    assertEquals(1, found.size(), "one post, one " + ruleId + " instance");
    return found.get(0);
  }

  private Actor actor(String username) {
    return actors.resolve(username, null, "127.0.0.1");
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }

  private PortalClient portal() {
    return new PortalClient(Deployments.local(deployed));
  }
}
