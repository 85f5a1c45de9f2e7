package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.dashboard.Compliance;
import cn.zeren.dashboard.Dashboard;
import cn.zeren.dashboard.DashboardService;
import cn.zeren.dashboard.Drill;
import cn.zeren.dashboard.DrillTable;
import cn.zeren.dashboard.RectificationState;
import cn.zeren.directory.OrganisationService;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.it.support.TestUnits;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The commission's dashboard (监督看板, issue 7): figures right for a township of its own (instances, rectification items
 * and cases written straight into the tables for a year nobody else uses, 2090), the drill-downs behind them, the
 * refusal of a unit's clerk and of the administrator, the same number of SQL statements for one unit as for the
 * whole city; and in the browser, the commission's way from a figure to its items, to a unit's page and to the
 * Excel export.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {
  private static final int YEAR = 2090;

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWith(DashboardIT.class, TestDatabase.class, Browser.class, PortalClient.class);
  }

  @Inject DashboardService dashboard;
  @Inject OrganisationService organisations;
  @Inject ActorResolver actors;
  @Inject UserTransaction transaction;
  @PersistenceContext EntityManager em;

  @ArquillianResource URL deployed;

  @Test
  void theFiguresOfATownshipCountItsInstancesItemsAndCasesAndOpenThem() throws Exception {
    Township t = township();
    String[] rules = {"YW-6.1", "YW-7.2a"};
    // YW-6.1: on time, late, overdue, open (not yet due), waived; YW-7.2a: two on time.
    obligation(t, rules[0], "Q1", "DONE_ON_TIME", "2020-03-31");
    obligation(t, rules[0], "Q2", "DONE_LATE", "2020-06-30");
    obligation(t, rules[0], "Q3", "OPEN", "2020-09-30");
    obligation(t, rules[0], "Q4", "OPEN", "2095-12-31");
    obligation(t, rules[0], "H1", "WAIVED", "2020-06-30");
    obligation(t, rules[1], "Q1", "DONE_ON_TIME", "2020-03-31");
    obligation(t, rules[1], "Q2", "DONE_ON_TIME", "2020-06-30");
    long list = rectificationList(t);
    item(list, "R1", "2020-01-01", null);
    item(list, "R2", "2095-01-01", null);
    item(list, "R3", "2020-06-30", "2020-06-01 08:00:00");
    item(list, "R4", "2020-06-30", "2020-07-15 08:00:00");
    item(list, "R5", "2020-06-30", "2020-08-01 08:00:00");
    caseOf(t, "YW-14.2", "SERIOUS", "CIRCULATED_CRITICISM,ADMONISHMENT_TALK");
    caseOf(t, "YW-14.2", null, "");

    Dashboard d = as(commission(), () -> dashboard.figures(YEAR, t.unit().getId()));
    assertEquals(1, d.units().size());
    assertEquals(new Compliance(3, 1, 1, 1, 1), d.total());
    assertEquals(0.6, d.total().share(), 1e-9);
    assertEquals(List.of("YW-6.1", "YW-7.2a"), d.columns().stream().map(Dashboard.RuleColumn::ruleId).toList());
    assertEquals(new Compliance(1, 1, 1, 1, 1), d.units().get(0).cell("YW-6.1"));
    assertEquals(1, d.rectification(RectificationState.OVERDUE));
    assertEquals(1, d.rectification(RectificationState.OPEN));
    assertEquals(1, d.rectification(RectificationState.CLOSED_ON_TIME));
    assertEquals(2, d.rectification(RectificationState.CLOSED_LATE));
    assertEquals(2, d.cases());
    assertEquals(List.of(1L, 1L), d.outcomes().stream().map(Dashboard.OutcomeCount::count).toList());
    assertEquals(2, d.caseStatistics().stream().mapToLong(c -> c.count()).sum());
    List<Dashboard.TrendPoint> trend = as(commission(), () -> dashboard.trend(t.unit().getId()));
    assertTrue(trend.stream().anyMatch(p -> p.year() == YEAR && p.cases() == 2 && p.figures().overdue() == 1),
        trend.toString());

    DrillTable overdue = drill(t, Drill.instances(YEAR, null, null, "OVERDUE"));
    assertEquals(1, overdue.rows().size());
    assertTrue(overdue.rows().get(0).cells().contains(YEAR + "-Q3"), overdue.rows().toString());
    assertEquals(5, drill(t, Drill.instances(YEAR, t.unit().getId(), "YW-6.1", null)).rows().size());
    assertEquals(1, drill(t, Drill.instances(YEAR, null, null, "OPEN")).rows().size());
    DrillTable late = drill(t, Drill.rectification(YEAR, null, "CLOSED_LATE"));
    assertEquals(List.of("R4", "R5"), late.rows().stream().map(r -> r.cells().get(1)).toList());
    assertEquals("list.xhtml?id=" + list, late.rows().get(0).link());
    assertEquals(1, drill(t, Drill.cases(YEAR, null, null, "SERIOUS", null)).rows().size());
    assertEquals(1, drill(t, Drill.cases(YEAR, null, null, null, "ADMONISHMENT_TALK")).rows().size());
    assertEquals(2, drill(t, Drill.cases(YEAR, null, "YW-14.2", null, null)).rows().size());
  }

  @Test
  void aUnitsClerkAndTheAdministratorAreRefused() throws Exception {
    Township t = township();
    long city = as(Actor.system(), () -> organisations.root().getId());
    assertThrows(AccessDeniedException.class, () -> as(t.clerk(), () -> dashboard.figures(YEAR, t.unit().getId())));
    assertThrows(AccessDeniedException.class,
        () -> as(t.clerk(), () -> dashboard.drill(t.unit().getId(), Drill.cases(YEAR, null, null, null, null),
            Texts.CHINESE)));
    assertThrows(AccessDeniedException.class, () -> as(actor("admin"), () -> dashboard.figures(YEAR, city)));
  }

  /**
   * Issue 7, item 6: a dashboard sends as many statements for a district of one township as for a district of four,
   * each with instances, a rectification list and a case. (The look-up of the chosen organisation reads its
   * ancestors, one statement a level, so both districts are at the same depth.) Each is asked once before it is
   * counted.
   */
  @Test
  void theDashboardIssuesAsManyStatementsForOneUnitAsForFour() throws Exception {
    Organisation small = district();
    Organisation large = district();
    List<Township> townships = new java.util.ArrayList<>(List.of(township(small.getId())));
    for (int i = 0; i < 4; i++) {
      townships.add(township(large.getId()));
    }
    for (Township t : townships) {
      obligation(t, "YW-6.1", "Q1", "DONE_ON_TIME", "2020-03-31");
      obligation(t, "YW-6.1", "Q3", "OPEN", "2020-09-30");
      item(rectificationList(t), "R1", "2020-01-01", null);
      caseOf(t, "YW-14.2", "MINOR", "CRITICISM_EDUCATION");
    }
    statements(() -> dashboard.figures(YEAR, small.getId()));
    statements(() -> dashboard.figures(YEAR, large.getId()));
    long one = statements(() -> dashboard.figures(YEAR, small.getId()));
    long four = statements(() -> dashboard.figures(YEAR, large.getId()));
    assertEquals(4, as(commission(), () -> dashboard.figures(YEAR, large.getId())).units().size());
    assertTrue(one > 3, "the statements are counted: " + one);
    assertEquals(one, four, "one township against four");
  }

  @Test
  @RunAsClient
  void theCommissionDrillsFromAFigureToItsItemsOpensAUnitAndExportsExcel() throws Exception {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("commission", TestDatabase.DEMO_PASSWORD);
      assertTrue(browser.menu().contains("监督看板"), browser.menu().toString());
      browser.go("dashboard.xhtml");
      assertTrue(browser.text().contains("合规热力图"), browser.text());

      browser.click("figuresForm:tileOverdue");
      browser.waitForText("drillForm:drill", "已逾期");
      browser.screenshot("dashboard-overdue");
      String overdue = browser.textOf("figuresForm:overdueCount");
      assertTrue(Long.parseLong(overdue) > 0, "the demo units have overdue instances this year: " + overdue);

      String firstUnit = browser.textOf("figuresForm:heat:0:unitLink");
      browser.click(By.cssSelector("[id^='figuresForm:heat:0:'][id$=':cell']"));
      browser.waitForText("drillForm:drill", firstUnit);

      browser.clickAndWait("figuresForm:heat:0:unitLink");
      assertTrue(browser.path().endsWith("/dashboard-unit.xhtml"), browser.path());
      assertEquals(firstUnit + " · " + LocalDate.now(cn.zeren.calendar.Deadlines.BEIJING).getYear(),
          browser.textOf("unitForm:unitName"));
      String assessment = browser.attribute(By.id("unitForm:assessment"), "href");
      assertTrue(assessment.contains("assessment-unit.xhtml?year=")
              && assessment.contains("&org=" + browser.param("org")),
          assessment);
      browser.click("figuresForm:tileOverdue");
      browser.waitForText("drillForm:drill", firstUnit);
      browser.screenshot("dashboard-unit");

      browser.go("dashboard.xhtml");
      String export =
          browser.attribute(By.xpath("//*[@id='figuresForm:heatXlsx']/descendant-or-self::a[@href]"), "href");
      PortalClient api = new PortalClient(Deployments.local(deployed));
      api.signIn("commission", TestDatabase.DEMO_PASSWORD);
      HttpResponse<byte[]> xlsx = api.sendForBytes(api.request(export.substring(export.indexOf("dashboard/export")))
          .GET().build());
      assertEquals(200, xlsx.statusCode());
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        Sheet sheet = book.getSheetAt(0);
        assertEquals("合规热力图", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals("单位", sheet.getRow(2).getCell(0).getStringCellValue());
        assertEquals(firstUnit, sheet.getRow(3).getCell(0).getStringCellValue(), "worst unit first, as on the page");
      }

      PortalClient clerk = new PortalClient(Deployments.local(deployed));
      clerk.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      assertEquals(403, clerk.sendForBytes(clerk.request(export.substring(export.indexOf("dashboard/export")))
          .GET().build()).statusCode());
    }
  }

  // ---- data of one's own ----

  private record Township(Organisation unit, Actor clerk) {}

  private Township township() throws Exception {
    return township(as(Actor.system(), () -> organisations.root().getId()));
  }

  private Organisation district() throws Exception {
    String code = TestUnits.code("DD");
    Organisation draft = TestUnits.draft(code, "看板测试区" + code.substring(3), OrganisationKind.TOWNSHIP);
    return as(actor("admin"), () -> organisations.create(draft, organisations.root().getId()));
  }

  private Township township(long parentId) throws Exception {
    String code = TestUnits.code("DB");
    Organisation draft = TestUnits.draft(code, "看板测试镇" + code.substring(3), OrganisationKind.TOWNSHIP);
    Organisation unit = as(actor("admin"), () -> organisations.create(draft, parentId));
    return new Township(unit, actor(TestDatabase.newAccount(code, Role.UNIT_CLERK)));
  }

  private static void obligation(Township t, String rule, String period, String status, String due) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO obligation (pack_id, rule_id, organisation_id, owner, owner_key, year_no, period_key,"
                + " due_date, due_at, status, minimum_count, done_count, waived_reason, created_at, updated_at)"
                + " VALUES ('yiwu-2015', ?, ?, 'COMMITTEE', 'UNIT', ?, ?, ?, ?, ?, 1, 0, ?, NOW(6), NOW(6))")) {
      insert.setString(1, rule);
      insert.setLong(2, t.unit().getId());
      insert.setInt(3, YEAR);
      insert.setString(4, YEAR + "-" + period);
      insert.setDate(5, java.sql.Date.valueOf(due));
      insert.setTimestamp(6, Timestamp.valueOf(due + " 15:59:59"));
      insert.setString(7, status);
      insert.setString(8, status.equals("WAIVED") ? "单位撤并" : null);
      insert.executeUpdate();
    }
  }

  private static long rectificationList(Township t) throws Exception {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO signed_list (kind, rule_id, organisation_id, organisation_name, year_no,"
          + " current_version, next_item_no, created_by_name, created_at, updated_at) VALUES ('RECTIFICATION',"
          + " 'YW-6.12', " + t.unit().getId() + ", '" + t.unit().getName() + "', " + YEAR
          + ", 1, 6, '测试', NOW(6), NOW(6))", Statement.RETURN_GENERATED_KEYS);
      long list = key(s);
      s.executeUpdate("INSERT INTO list_version (list_id, number_no, created_by_name, created_at, updated_at)"
          + " VALUES (" + list + ", 1, '测试', NOW(6), NOW(6))");
      return list;
    }
  }

  private static void item(long list, String key, String deadline, String approvedAt) throws Exception {
    try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO list_item (list_version_id, item_key, position_no, measure, owner_name, deadline,"
          + " created_at, updated_at) SELECT id, '" + key + "', " + key.substring(1) + ", '整改措施" + key
          + "', '张三', '" + deadline + "', NOW(6), NOW(6) FROM list_version WHERE list_id = " + list);
      if (approvedAt != null) {
        s.executeUpdate("INSERT INTO item_closing (list_id, item_key, status, note, file_name, file_type, file_size,"
            + " file_sha256, requested_by_name, requested_at, decided_by_name, decided_at, created_at, updated_at)"
            + " VALUES (" + list + ", '" + key + "', 'APPROVED', '已整改', 'a.pdf', 'PDF', 1, '"
            + "0".repeat(64) + "', '测试', '" + approvedAt + "', '测试', '" + approvedAt + "', NOW(6), NOW(6))");
      }
    }
  }

  private static void caseOf(Township t, String ground, String severity, String outcomes) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO accountability_case (organisation_id, body, subject_type, grounds, facts, severity, outcomes,"
                + " status, opened_on, created_at, updated_at) VALUES (?, 'PARTY_COMMITTEE', 'TEAM', ?, '事实', ?, ?,"
                + " 'ESTABLISHING_FACTS', ?, NOW(6), NOW(6))")) {
      insert.setLong(1, t.unit().getId());
      insert.setString(2, ground);
      insert.setString(3, severity);
      insert.setString(4, outcomes);
      insert.setDate(5, java.sql.Date.valueOf(YEAR + "-03-01"));
      insert.executeUpdate();
    }
  }

  private static long key(Statement s) throws Exception {
    try (ResultSet keys = s.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  // ---- helpers ----

  private DrillTable drill(Township t, Drill drill) throws Exception {
    return as(commission(), () -> dashboard.drill(t.unit().getId(), drill, Texts.CHINESE));
  }

  /**
   * The SQL statements a piece of work sends, from MariaDB's own counter of the session: within one transaction the
   * container hands every query the same connection, so the difference of {@code Questions} before and after,
   * less the reading of the counter itself, is the work's.
   */
  private long statements(Callable<?> work) throws Exception {
    transaction.begin();
    try {
      long before = questions();
      as(commission(), work);
      return questions() - before - 1;
    } finally {
      transaction.rollback();
    }
  }

  private long questions() {
    Object[] row = (Object[]) em.createNativeQuery("SHOW SESSION STATUS LIKE 'Questions'").getSingleResult();
    return Long.parseLong(row[1].toString());
  }

  private Actor commission() {
    return actor("commission");
  }

  private Actor actor(String username) {
    return actors.resolve(username, null, "127.0.0.1");
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }
}
