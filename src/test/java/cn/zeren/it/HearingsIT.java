package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonForm;
import cn.zeren.directory.PersonService;
import cn.zeren.hearing.HearingForm;
import cn.zeren.hearing.HearingItem;
import cn.zeren.hearing.HearingRecord;
import cn.zeren.hearing.HearingService;
import cn.zeren.hearing.HearingSession;
import cn.zeren.hearing.HearingStatus;
import cn.zeren.hearing.ScoreSheet;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.obligation.ObligationEvidence;
import cn.zeren.obligation.ObligationService;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Scored meetings inside Payara Micro on MariaDB (issue 4, YW-10.2 and YW-10.4): ten scorers scoring one speaker at
 * the same moment all have their score stored; a score racing the chair's close is stored before it or refused,
 * never lost; a closed item refuses scores with a clear message; off-scale scores cite the rule; only the chair
 * closes; closing the meeting is evidence for the commission's obligation.
 *
 * <p>From outside ({@link RunAsClient}): the demo YW-10.2 hearing — the chair starts it in the browser, a scorer
 * scores on the live page of their own browser and another through the API (an off-scale score is a 422 problem
 * citing the rule), the chair closes the first item and sees its result, a later score is refused as closed, and
 * the PDF record carries the Chinese names.
 */
@ExtendWith(ArquillianExtension.class)
class HearingsIT {
  private static final int SCORERS = 10;
  private static final String CLOSED = "该项评分已结束，不能再评分。";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithClientTests(HearingsIT.class);
  }

  @ArquillianResource URL deployed;

  @Inject HearingService hearings;
  @Inject PersonService people;
  @Inject OrganisationService organisations;
  @Inject ObligationService obligations;
  @Inject ActorResolver actors;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Test
  void tenScorersScoringTheSameItemAtTheSameMomentAreAllStoredYw102() throws Exception {
    Meeting meeting = meeting("HEARING", SCORERS);
    long item = meeting.firstItem();

    List<Throwable> failures = simultaneously(SCORERS, i -> () -> score(meeting.scorers.get(i), item, 80 + i));

    assertEquals(List.of(), failures, "no score refused or failed");
    HearingItem loaded = as(meeting.chair, () -> hearings.item(item));
    Map<String, BigDecimal> stored =
        as(meeting.chair, () -> hearings.scoresOf(loaded)).stream()
            .collect(Collectors.toMap(c -> c.getScorer().getName(), c -> c.getScore()));
    assertEquals(SCORERS, stored.size(), "every one of the ten scores is stored: " + stored);
    for (int i = 0; i < SCORERS; i++) {
      assertEquals(0, BigDecimal.valueOf(80 + i).compareTo(stored.get(meeting.scorers.get(i).displayName())));
    }
    ScoreSheet sheet = as(meeting.chair, () -> hearings.sheet(loaded));
    assertEquals(new BigDecimal("84.50"), sheet.average(), "81…88 after dropping 80 and 89 (YW-10.2)");
    assertEquals(List.of("80", "89"), sheet.dropped().stream().map(m -> m.score().stripTrailingZeros().toPlainString()).toList());
  }

  @Test
  void afterTheChairClosesAnItemAScoreIsRefusedWithAClearMessageAndOnlyTheChairCloses() throws Exception {
    Meeting meeting = meeting("DUTY_REPORT", 5);
    long item = meeting.firstItem();
    score(meeting.scorers.get(0), item, 90);
    score(meeting.scorers.get(0), item, 93.5);
    assertEquals(1, as(meeting.chair, () -> hearings.scoresOf(hearings.item(item))).size(), "changed, not added");

    assertThrows(AccessDeniedException.class, () -> as(meeting.scorers.get(1), () -> hearings.closeItem(item)));
    as(meeting.chair, () -> hearings.closeItem(item));

    DomainException refused = assertThrows(DomainException.class, () -> score(meeting.scorers.get(1), item, 88));
    assertEquals("hearing.item.closed", refused.getKey());
    assertEquals(CLOSED, refused.getMessage());
    assertEquals("YW-10.4", refused.getRuleId());
    DomainException changed = assertThrows(DomainException.class, () -> score(meeting.scorers.get(0), item, 60));
    assertEquals(CLOSED, changed.getMessage(), "one's own score is locked too");
    HearingRecord record = as(meeting.chair, () -> hearings.record(meeting.id));
    assertEquals(new BigDecimal("93.50"), record.items().get(0).average());
  }

  @Test
  void aScoreRacingTheCloseIsEitherStoredBeforeItOrRefusedNeverLost() throws Exception {
    Meeting meeting = meeting("HEARING", 9);
    long item = meeting.firstItem();
    Queue<Integer> accepted = new ConcurrentLinkedQueue<>();
    List<Throwable> failures =
        simultaneously(
            10,
            i -> i == 9
                ? () -> as(meeting.chair, () -> hearings.closeItem(item))
                : () -> {
                  score(meeting.scorers.get(i), item, 70 + i);
                  accepted.add(i);
                  return null;
                });

    for (Throwable failure : failures) {
      assertTrue(failure instanceof DomainException d && CLOSED.equals(d.getMessage()), failure.toString());
    }
    assertEquals(9, accepted.size() + failures.size(), "each score was either accepted or refused as closed");
    List<String> stored =
        as(meeting.chair, () -> hearings.scoresOf(hearings.item(item))).stream()
            .map(c -> c.getScorer().getName())
            .sorted()
            .toList();
    List<String> acceptedNames =
        accepted.stream().map(i -> meeting.scorers.get(i).displayName()).sorted().toList();
    assertEquals(acceptedNames, stored, "exactly the accepted scores are stored");
  }

  @Test
  void scoresOffThePacksScaleAndFromOutsidersAreRefusedCitingTheRule() throws Exception {
    Meeting meeting = meeting("HEARING", 2);
    long item = meeting.firstItem();
    for (double off : new double[] {92.3, 100.5, -1}) {
      DomainException e = assertThrows(DomainException.class, () -> score(meeting.scorers.get(0), item, off));
      assertEquals("YW-10.2", e.getRuleId());
      assertTrue(e.getMessage().contains("0 至 100") && e.getMessage().contains("0.5"), e.getMessage());
    }
    Actor outsider = newMember("未列入评分人");
    assertThrows(AccessDeniedException.class, () -> score(outsider, item, 90));
    Actor clerk = actors.resolve("clerk1", null, "127.0.0.1");
    assertThrows(AccessDeniedException.class, () -> as(clerk, () -> hearings.get(meeting.id)));
    assertThrows(AccessDeniedException.class, () -> as(clerk, () -> hearings.item(item)));
  }

  @Test
  void closingTheMeetingNeedsEveryItemClosedAndIsEvidenceForTheCommissionsObligation() throws Exception {
    Meeting meeting = meeting("HEARING", 1);
    DomainException early =
        assertThrows(DomainException.class, () -> as(meeting.chair, () -> close(meeting.id)));
    assertEquals("hearing.itemsStillOpen", early.getKey());
    for (long item : meeting.items()) {
      score(meeting.scorers.get(0), item, 95);
      as(meeting.chair, () -> hearings.closeItem(item));
    }
    HearingSession closed = as(meeting.chair, () -> close(meeting.id));
    assertEquals(HearingStatus.CLOSED, closed.getStatus());

    long commission = as(Actor.system(), organisations::root).getId();
    int year = LocalDate.now(Deadlines.BEIJING).getYear();
    long obligation = as(Actor.system(), () -> obligations.search(commission, year, "YW-10.2")).get(0).getId();
    List<ObligationEvidence> evidence = as(Actor.system(), () -> obligations.evidenceOf(obligation));
    assertTrue(
        evidence.stream().anyMatch(e -> e.getEvidenceRef().equals("HS-" + meeting.id)),
        "the meeting is evidence for YW-10.2 of the commission");
  }

  // ---- from outside (@RunAsClient): the browser and the API ----

  @Test
  @RunAsClient
  void theChairStartsAScorerScoresLiveTheChairClosesTheItemAndSeesTheResult() throws IOException {
    PortalClient api = portal();
    String chairToken = api.token("commission");
    long id = demoHearing(api, chairToken);

    try (Browser chair = Browser.open(Deployments.local(deployed));
        Browser scorer = Browser.open(Deployments.local(deployed))) {
      chair.signIn("commission", TestDatabase.DEMO_PASSWORD);
      chair.go("hearing.xhtml?id=" + id);
      chair.click("hearingForm:start");
      chair.click("confirmYes");
      chair.waitForText("hearingForm:status", "进行中");

      String item = "api/v1/hearings/" + id + "/items/" + firstItem(api, chairToken, id) + "/scores/me";
      String scorer2 = api.token("scorer2");
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
    HttpResponse<String> clerk = api.send(api.withToken("api/v1/hearings", api.token("clerk1")).GET().build());
    assertEquals(403, clerk.statusCode(), "a unit clerk sees no meeting and no score");
  }

  @Test
  @RunAsClient
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
    HttpResponse<String> list = api.send(api.withToken("api/v1/hearings", token).GET().build());
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
    HttpResponse<String> hearing = api.send(api.withToken("api/v1/hearings/" + id, token).GET().build());
    JsonObject first = PortalClient.json(hearing).getJsonArray("items").getJsonObject(0);
    assertEquals("青山镇", first.getString("unit"), hearing.body());
    return first.getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> put(PortalClient api, String path, String token, String score, int status) {
    HttpResponse<String> response =
        api.send(
            api.withToken(path, token)
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

  // ---- helpers ----

  /** A started meeting of the type with fresh commission members: one chair and {@code n} scorers, two units. */
  private Meeting meeting(String code, int n) throws Exception {
    Actor chair = newMember("主持人");
    List<Actor> scorers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      scorers.add(newMember("评分人" + i));
    }
    Organisation root = as(Actor.system(), organisations::root);
    List<HearingForm.Line> items = new ArrayList<>();
    for (String unitCode : List.of("QSZ", "CZJ")) {
      long unit = unitId(unitCode);
      Person speaker = as(chair, () -> hearings.defaultSpeaker(code, unit)).orElseThrow();
      items.add(new HearingForm.Line(unit, speaker.getId()));
    }
    HearingForm form =
        new HearingForm(
            root.getId(), code, "测试评议会议 " + UUID.randomUUID(), LocalDateTime.now(Deadlines.BEIJING), "会议室",
            chair.personId(), scorers.stream().map(Actor::personId).toList(), items);
    HearingSession created = as(chair, () -> hearings.create(form));
    HearingSession started = as(chair, () -> hearings.start(created.getId(), created.getVersion()));
    List<Long> itemIds = as(chair, () -> hearings.record(started.getId())).items().stream()
        .map(HearingRecord.Item::id).toList();
    return new Meeting(started.getId(), chair, scorers, itemIds);
  }

  private record Meeting(long id, Actor chair, List<Actor> scorers, List<Long> items) {
    long firstItem() {
      return items.get(0);
    }
  }

  /** A new person of the commission with an account and the reviewer role, acting as that role. */
  private Actor newMember(String label) throws Exception {
    String username = "hs-" + UUID.randomUUID().toString().substring(0, 12);
    long root = as(Actor.system(), organisations::root).getId();
    as(
        Actor.system(),
        () -> {
          Person person =
              people.create(new PersonForm(label + username.substring(3, 7), root, "市纪委委员", null, null));
          people.createAccount(person.getId(), username, "Test-password-2026".toCharArray());
          people.assignRole(person.getId(), root, Role.COMMISSION_REVIEWER);
          return person;
        });
    Actor actor = actors.resolve(username, null, "127.0.0.1");
    assertNotNull(actor, username);
    return actor;
  }

  private long unitId(String code) throws Exception {
    return as(Actor.system(), organisations::visibleTree).stream()
        .filter(o -> o.getCode().equals(code))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private Object score(Actor scorer, long item, double score) throws Exception {
    return as(scorer, () -> hearings.score(item, BigDecimal.valueOf(score)));
  }

  private HearingSession close(long id) {
    HearingSession session = hearings.get(id);
    return hearings.close(id, session.getVersion());
  }

  /**
   * Runs the tasks on container threads released together by one latch; returns what they threw (an empty list
   * when all succeeded).
   */
  private List<Throwable> simultaneously(int count, IntFunction<Callable<?>> task) throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(count);
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    IntStream.range(0, count)
        .mapToObj(
            i -> threads.newThread(
                () -> {
                  try {
                    ready.countDown();
                    go.await();
                    task.apply(i).call();
                  } catch (Exception e) {
                    failures.add(e);
                  } finally {
                    done.countDown();
                  }
                }))
        .forEach(Thread::start);
    ready.await();
    go.countDown();
    done.await();
    return List.copyOf(failures);
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }

  private PortalClient portal() {
    return new PortalClient(Deployments.local(deployed));
  }
}
