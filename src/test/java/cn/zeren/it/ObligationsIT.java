package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.CalendarService;
import cn.zeren.calendar.CalendarYearMissingException;
import cn.zeren.calendar.Deadlines;
import cn.zeren.calendar.Period;
import cn.zeren.directory.OrganisationService;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.it.support.TestUnits;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationGenerator;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.obligation.VariantImpact;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.persistence.ZerenDataSource;
import cn.zeren.rules.Owner;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.rules.RuleVariantService;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The obligation engine inside Payara Micro on MariaDB (issue 3): generation from the rule pack is idempotent and
 * reaches new units, evidence marks instances done on time or late by the Beijing cut-off (YW-10.1), a clerk's
 * tasks are their unit's, waivers are the commission's with a reason, and the calendar refuses an unloaded year.
 */
@ExtendWith(ArquillianExtension.class)
class ObligationsIT {
  private static final int YEAR = LocalDate.now(Deadlines.BEIJING).getYear();

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithClientTests(ObligationsIT.class);
  }

  @Inject ObligationGenerator generator;
  @Inject ObligationService obligations;
  @Inject OrganisationService organisations;
  @Inject CalendarService calendar;
  @Inject ActorResolver actors;
  @Inject RulePackRegistry rules;
  @Inject RuleVariantService variants;
  @Inject VariantImpact impact;
  @ArquillianResource URL deployed;

  @Resource(lookup = ZerenDataSource.JNDI_NAME)
  DataSource dataSource;

  @Test
  void generationIsIdempotentAndANewUnitGetsItsOwn() throws Exception {
    as(Actor.system(), () -> generator.generate(YEAR));
    assertEquals(0, as(Actor.system(), () -> generator.generate(YEAR)).created(), "a second run creates nothing");

    Organisation unit = newUnit("义务测试镇");
    ObligationGenerator.Result forNewUnit = as(Actor.system(), () -> generator.generate(YEAR));
    List<Obligation> own = as(Actor.system(), () -> obligations.search(unit.getId(), YEAR, null));
    assertEquals(own.size(), forNewUnit.created(), "the run created exactly the new unit's instances");
    assertEquals(4, own.stream().filter(o -> o.getRuleId().equals("YW-6.2b")).count(), "YW-6.2b every quarter");
    assertEquals(12, own.stream().filter(o -> o.getRuleId().equals("YW-10.3c")).count(), "YW-10.3c every month");
    Obligation report = only(own, "YW-10.1");
    assertEquals(LocalDate.of(YEAR, 1, 15), report.getDueDate(), "YW-10.1 due 15 January");
    assertEquals(
        Deadlines.cutOff(report.getDueDate()).toInstant(), report.getDueAt(), "cut off at 23:59:59 Beijing time");
    assertEquals(0, as(Actor.system(), () -> generator.generate(YEAR)).created());
  }

  @Test
  void aServerRefusingLocalFilesGetsTheSameInstancesThroughInserts() throws Exception {
    as(Actor.system(), () -> generator.generate(YEAR));
    Organisation unit = newUnit("逐条插入镇");
    setLocalInfile(false);
    try {
      ObligationGenerator.Result result = as(Actor.system(), () -> generator.generate(YEAR));
      List<Obligation> own = as(Actor.system(), () -> obligations.search(unit.getId(), YEAR, null));
      assertEquals(own.size(), result.created(), "every instance of the new unit, by multi-row INSERTs");
      assertEquals(12, own.stream().filter(o -> o.getRuleId().equals("YW-10.3c")).count(), "YW-10.3c monthly");
      Obligation report = only(own, "YW-10.1");
      assertEquals(Deadlines.cutOff(report.getDueDate()).toInstant(), report.getDueAt(), "YW-10.1 cut-off");
      assertEquals(0, as(Actor.system(), () -> generator.generate(YEAR)).created(), "still idempotent");
    } finally {
      setLocalInfile(true);
    }
  }

  private void setLocalInfile(boolean on) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("SET GLOBAL local_infile = " + (on ? 1 : 0));
    }
  }

  @Test
  void evidenceAtTheLastSecondIsOnTimeAndAtMidnightLate() throws Exception {
    Organisation unit = newUnit("佐证测试镇");
    as(Actor.system(), () -> generator.generate(YEAR));
    List<Obligation> own = as(Actor.system(), () -> obligations.search(unit.getId(), YEAR, null));
    Obligation report = only(own, "YW-10.1");
    Obligation plan = only(own, "YW-6.1");

    Instant lastSecond = Deadlines.cutOff(report.getDueDate()).toInstant();
    Obligation onTime =
        as(Actor.system(), () -> obligations.recordEvidence(report.getId(), "REPORT", "r-1", null, lastSecond));
    assertEquals(ObligationStatus.DONE_ON_TIME, onTime.getStatus(), "YW-10.1 at 23:59:59 Beijing time");

    Instant midnight = plan.getDueDate().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(Deadlines.BEIJING).toInstant();
    Obligation late =
        as(Actor.system(), () -> obligations.recordEvidence(plan.getId(), "MEETING", "m-1", null, midnight));
    assertEquals(ObligationStatus.DONE_LATE, late.getStatus(), "one second after the cut-off is late");
    assertEquals(1, as(Actor.system(), () -> obligations.evidenceOf(plan.getId())).size());
  }

  @Test
  void aClerksTasksAreTheOpenObligationsOfTheirOwnUnit() throws Exception {
    Actor clerk1 = actor("clerk1");
    List<Obligation> tasks = as(clerk1, obligations::myOpenTasks);
    assertFalse(tasks.isEmpty(), "the demo township has open obligations this year");
    assertTrue(tasks.stream().allMatch(o -> o.getOrganisation().getCode().equals("QSZ")), "青山镇 only");
    assertTrue(tasks.stream().allMatch(o -> o.getStatus() == ObligationStatus.OPEN));
    assertTrue(tasks.stream().noneMatch(o -> o.getOwner() == Owner.TEAM_MEMBER), "members' own duties are theirs");
    assertTrue(tasks.stream().anyMatch(o -> o.getRuleId().equals("YW-10.1")), "the committee's annual report");
    for (int i = 1; i < tasks.size(); i++) {
      assertFalse(tasks.get(i).getDueAt().isBefore(tasks.get(i - 1).getDueAt()), "soonest due first");
    }

    long finance = idOf("CZJ");
    assertTrue(as(clerk1, () -> obligations.search(finance, YEAR, null)).isEmpty(), "市财政局 is outside 青山镇");
    Obligation financeReport = only(as(Actor.system(), () -> obligations.search(finance, YEAR, "YW-10.1")), "YW-10.1");
    assertThrows(AccessDeniedException.class, () -> as(clerk1, () -> obligations.get(financeReport.getId())));
  }

  @Test
  void onlyTheCommissionWaivesAndAlwaysWithAReason() throws Exception {
    Organisation unit = newUnit("豁免测试镇");
    as(Actor.system(), () -> generator.generate(YEAR));
    Obligation meeting = as(Actor.system(), () -> obligations.search(unit.getId(), YEAR, "YW-6.2b")).get(0);

    assertThrows(
        AccessDeniedException.class,
        () -> as(actor("admin"), () -> obligations.waive(meeting.getId(), meeting.getVersion(), "撤并")));
    DomainException noReason =
        assertThrows(
            DomainException.class,
            () -> as(actor("reviewer"), () -> obligations.waive(meeting.getId(), meeting.getVersion(), " ")));
    assertEquals("reason", noReason.getField());
    Obligation waived =
        as(actor("reviewer"), () -> obligations.waive(meeting.getId(), meeting.getVersion(), "单位年中撤并"));
    assertEquals(ObligationStatus.WAIVED, waived.getStatus());
    assertEquals("单位年中撤并", waived.getWaivedReason());
  }

  @Test
  void aDeadlineInAYearWhoseScheduleIsNotLoadedIsRefusedNamingTheYear() {
    CalendarYearMissingException e =
        assertThrows(
            CalendarYearMissingException.class,
            () -> calendar.due(LocalDate.of(2098, 12, 20), Period.parse("20D")));
    assertEquals(2099, e.getYear());
    assertTrue(e.getMessage().contains("2099"), e.getMessage());
    assertEquals(
        LocalDate.of(2026, 10, 8),
        calendar.due(LocalDate.of(2026, 9, 30), Period.parse("1WD")),
        "the shipped 2026 schedule is loaded: National Day is skipped");
  }

  // ---- rule packs composed per locality, the inspection variant switched (issue 14) ----

  @Test
  void instancesRecordThePackAndVersionTheirRuleCameFrom() throws Exception {
    Organisation unit = newUnit("版本记录镇");
    as(Actor.system(), () -> generator.generate(YEAR));
    Obligation report = only(as(Actor.system(), () -> obligations.search(unit.getId(), YEAR, "YW-10.1")), "YW-10.1");
    assertEquals("yiwu-2015", report.getPackId());
    assertEquals(rules.active().packOf("YW-10.1").orElseThrow().version(), report.getPackVersion());
  }

  @Test
  void theInspectionVariantIsPreviewedSwitchedAuditedAndWhatWasGeneratedStays() throws Exception {
    Actor admin = actor("admin");
    Actor clerk = actor("clerk1");
    assertEquals("jdz-2017", rules.choices().get("inspection"), "JDZ is listed first, so in force by default");
    Organisation unit = newUnit("巡察整改镇");
    LocalDate receipt = LocalDate.of(YEAR, 3, 2);
    Obligation plan = as(Actor.system(), () -> obligations.openForEvent("JDZ-34a", unit.getId(), receipt));
    assertEquals("jdz-2017", plan.getPackId());
    assertEquals("1.0.0", plan.getPackVersion());

    assertThrows(AccessDeniedException.class, () -> as(clerk, () -> impact.preview("inspection", "zz-2017")));
    VariantImpact.Preview preview = as(admin, () -> impact.preview("inspection", "zz-2017"));
    assertEquals(List.of("JDZ-34a", "JDZ-34b"), preview.leaving().stream().map(i -> i.rule().ruleId()).toList());
    assertTrue(preview.leaving().get(0).existing() >= 1, "the plan just opened stays");
    assertEquals(List.of("ZZ-11.7"), preview.arriving().stream().map(i -> i.rule().ruleId()).toList());
    assertFalse(preview.arriving().get(0).periodic(), "ZZ-11.7 arises from feedback: no periodic deadline");

    long seen = variants.choice("inspection").map(c -> c.getVersion()).orElse(-1L);
    assertThrows(AccessDeniedException.class, () -> as(clerk, () -> variants.choose("inspection", "zz-2017", seen)));
    assertThrows(ConcurrentChangeException.class,
        () -> as(admin, () -> variants.choose("inspection", "zz-2017", seen + 5)));
    try {
      as(admin, () -> variants.choose("inspection", "zz-2017", seen));
      assertTrue(rules.active().rule("ZZ-11.7").isPresent(), "ZZ in force at once on this node");
      assertTrue(rules.active().rule("JDZ-34a").isEmpty());
      assertTrue(rules.anyRule("JDZ-34a").isPresent(), "an instance made before the switch still shows its rule");
      long afterSwitch = variants.choice("inspection").orElseThrow().getVersion();
      DomainException again = assertThrows(DomainException.class,
          () -> as(admin, () -> variants.choose("inspection", "zz-2017", afterSwitch)));
      assertEquals("rules.variant.alreadyActive", again.getKey(), "refused as already in force, not as stale");
      assertEquals("zz-2017", variants.inForce("inspection").id(), "the stored choice is what is in force");
      Obligation kept = as(Actor.system(), () -> obligations.get(plan.getId()));
      assertEquals(plan.getDueDate(), kept.getDueDate(), "the generated deadline stays");
      assertEquals("jdz-2017 1.0.0", kept.getPackId() + " " + kept.getPackVersion());
      assertTrue(auditDetails("RULE_VARIANT_SWITCHED").stream()
          .anyMatch(d -> d.contains("jdz-2017 1.0.0") && d.contains("zz-2017 1.0.0")), "audited from → to");
    } finally {
      long now = variants.choice("inspection").map(c -> c.getVersion()).orElse(-1L);
      if (!"jdz-2017".equals(rules.choices().get("inspection"))) {
        as(admin, () -> variants.choose("inspection", "jdz-2017", now));
      }
    }
    assertTrue(rules.active().rule("JDZ-34a").isPresent(), "switched back for the other tests");
  }

  @Test
  @RunAsClient
  void theAdministratorSwitchesTheInspectionVariantOnTheRulesPageAfterAPreview() throws Exception {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("admin", TestDatabase.DEMO_PASSWORD);
      assertTrue(browser.menu().contains("规则包"), browser.menu().toString());
      browser.go("rules.xhtml");
      assertTrue(browser.text().contains("现行：景德镇市委巡察工作实施办法（试行）"), browser.text());
      assertTrue(browser.text().contains("义乌市落实党风廉政建设党委主体责任和纪委监督责任工作细则（试行）"));
      browser.clickAndWait(By.xpath("//button[normalize-space(.)='预览切换']"));
      String preview = browser.textOf("variants:preview");
      assertTrue(preview.contains("JDZ-34a") && preview.contains("ZZ-11.7"), preview);
      assertTrue(preview.contains("切换后发生的事件适用本条"), preview);
      browser.screenshot("rules-variant-preview");
      try {
        browser.confirmAndWait("variants:confirmSwitch");
        assertTrue(browser.text().contains("已切换为“株洲县委巡察工作实施办法（试行）”"), browser.text());
        assertTrue(browser.text().contains("现行：株洲县委巡察工作实施办法（试行）"), browser.text());
        assertTrue(browser.text().contains("切换人 admin"), browser.text());
      } finally {
        browser.go("rules.xhtml");
        if (browser.text().contains("现行：株洲县")) {
          browser.clickAndWait(By.xpath("//button[normalize-space(.)='预览切换']"));
          browser.confirmAndWait("variants:confirmSwitch");
        }
      }
      assertTrue(browser.text().contains("现行：景德镇市委巡察工作实施办法（试行）"), browser.text());

      browser.forgetSession();
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      browser.go("rules.xhtml");
      assertTrue(browser.text().contains("现行：景德镇市委巡察工作实施办法（试行）"), browser.text());
      assertFalse(browser.has(By.xpath("//button[normalize-space(.)='预览切换']")), "only the administrator switches");
    }
  }

  private List<String> auditDetails(String action) throws SQLException {
    List<String> details = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT changes FROM audit_entry WHERE action = ?")) {
      s.setString(1, action);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          details.add(r.getString(1));
        }
      }
    }
    return details;
  }

  // ---- helpers ----

  private Organisation newUnit(String name) throws Exception {
    Organisation draft = TestUnits.draft(TestUnits.code("OB"), name, OrganisationKind.TOWNSHIP);
    Actor admin = actor("admin");
    return as(admin, () -> organisations.create(draft, organisations.root().getId()));
  }

  private static Obligation only(List<Obligation> list, String ruleId) {
    List<Obligation> found = list.stream().filter(o -> o.getRuleId().equals(ruleId)).toList();
    assertEquals(1, found.size(), ruleId + " in " + list.size() + " instances");
    return found.get(0);
  }

  private long idOf(String code) throws Exception {
    return as(Actor.system(), organisations::visibleTree).stream()
        .filter(o -> o.getCode().equals(code))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private Actor actor(String username) {
    Actor actor = actors.resolve(username, null, "127.0.0.1");
    assertNotNull(actor, "demo account " + username);
    return actor;
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }
}
