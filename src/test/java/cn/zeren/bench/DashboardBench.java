package cn.zeren.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Deadlines;
import cn.zeren.dashboard.Dashboard;
import cn.zeren.dashboard.DashboardService;
import cn.zeren.directory.OrganisationService;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.obligation.ObligationGenerator;
import cn.zeren.platform.persistence.ZerenDataSource;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of issue 7, item 6: the commission's dashboard over 2,000 units and one year. It adds units below the city
 * (up to 2,000, plain JDBC, not timed), generates this year's instances for them, marks six in ten done on time and
 * one in ten late, gives each unit a rectification list of five items and every fourth unit a case; the SQL
 * statements of the dashboard's figures for the whole city (MariaDB's session counter inside one transaction) are
 * counted before the units are added and after; then it times the page {@code /dashboard.xhtml} as the commission
 * over HTTP (20 requests to warm up, then 50). The figures go to the console and
 * {@code target/benchmarks/dashboard.txt}; the test asserts correctness only.
 * Run with {@code mvn verify -Pbench -Dit.test=DashboardBench} (see docs/benchmarks.md).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBench {
  private static final int UNITS = 2000;
  private static final Path REPORT = Path.of("target", "benchmarks", "dashboard.txt");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWith(DashboardBench.class, TestDatabase.class, PortalClient.class);
  }

  @Inject ObligationGenerator generator;
  @Inject DashboardService dashboard;
  @Inject OrganisationService organisations;
  @Inject ActorResolver actors;
  @Inject UserTransaction transaction;
  @PersistenceContext EntityManager em;

  @Resource(lookup = ZerenDataSource.JNDI_NAME)
  DataSource dataSource;

  @ArquillianResource URL deployed;

  @Test
  @Order(1)
  void theStatementsOfTheFiguresDoNotGrowWithTheUnits() throws Exception {
    int year = LocalDate.now(Deadlines.BEIJING).getYear();
    long city = ActorContext.callAs(Actor.system(), () -> organisations.root().getId());
    int demoUnits = count("SELECT COUNT(*) FROM organisation WHERE active = TRUE AND parent_id IS NOT NULL");
    statements(() -> dashboard.figures(year, city));
    long demoStatements = statements(() -> dashboard.figures(year, city));

    addUnits();
    ActorContext.callAs(Actor.system(), () -> generator.generate(year));
    addFigures(year);
    int units = count("SELECT COUNT(*) FROM organisation WHERE active = TRUE AND parent_id IS NOT NULL");
    Dashboard whole = as(() -> dashboard.figures(year, city));
    long cityStatements = statements(() -> dashboard.figures(year, city));
    long t0 = System.nanoTime();
    as(() -> dashboard.figures(year, city));
    long figuresMs = (System.nanoTime() - t0) / 1_000_000;
    as(() -> dashboard.trend(city));
    long t1 = System.nanoTime();
    as(() -> dashboard.trend(city));
    long trendMs = (System.nanoTime() - t1) / 1_000_000;

    assertTrue(whole.units().size() >= UNITS, "every unit in the heat map: " + whole.units().size());
    assertEquals(demoStatements, cityStatements, "as many statements for 2,000 units as for the demo's");
    write(String.format(
        "dashboard, year %d, the city with %d units, %d instances:%n"
            + "  statements of the figures: %d with the demo's %d units, %d with %d units%n"
            + "  figures of the whole city (service, warm, one call): %d ms%n"
            + "  trend of the whole city (service, warm, one call; the page's deferred panel asks for it): %d ms%n",
        year, units, whole.total().total(), demoStatements, demoUnits, cityStatements, units, figuresMs, trendMs),
        false);
  }

  @Test
  @Order(2)
  @RunAsClient
  void thePageRendersWarm() throws Exception {
    PortalClient api = new PortalClient(Deployments.local(deployed));
    api.signIn("commission", TestDatabase.DEMO_PASSWORD);
    for (int i = 0; i < 20; i++) {
      assertEquals(200, api.get("dashboard.xhtml").statusCode());
    }
    List<Long> times = new ArrayList<>();
    long questions = Long.MAX_VALUE;
    for (int i = 0; i < 50; i++) {
      long before = globalQuestions();
      long t0 = System.nanoTime();
      HttpResponse<String> page = api.get("dashboard.xhtml");
      times.add((System.nanoTime() - t0) / 1_000_000);
      questions = Math.min(questions, globalQuestions() - before - 1);
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("合规热力图"), "the dashboard, not another page");
    }
    Collections.sort(times);
    write(String.format(
        "  page /dashboard.xhtml as the commission, 50 requests after 20: median %d ms, p95 %d ms, max %d ms%n"
            + "  statements per page request (MariaDB global Questions, fewest of the 50): %d%n",
        times.get(25), times.get(47), times.get(49), questions), true);
  }

  // ---- data ----

  private void addUnits() throws SQLException {
    int existing = count("SELECT COUNT(*) FROM organisation WHERE parent_id IS NOT NULL");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      long root = count("SELECT id FROM organisation WHERE parent_id IS NULL");
      StringBuilder insert = new StringBuilder(
          "INSERT INTO organisation (code, name, kind, parent_id, path, sort_order, party_body_type, party_body_name,"
              + " discipline_body_type, discipline_body_name, active, created_at, updated_at) VALUES ");
      for (int i = 1; i <= UNITS - Math.min(existing, UNITS - 1); i++) {
        insert.append(i == 1 ? "" : ",").append(String.format(
            "('DASH%04d','看板压测单位%04d','GOVERNMENT',%d,'/',%d,'LEADING_GROUP','党组','DISPATCHED_GROUP',"
                + "'派驻纪检监察组',TRUE,CURRENT_TIMESTAMP,CURRENT_TIMESTAMP)", i, i, root, i));
      }
      s.executeUpdate(insert.toString());
      s.executeUpdate("UPDATE organisation SET path = CONCAT('/" + root + "/', id, '/') WHERE code LIKE 'DASH%'");
    }
  }

  /** Six in ten instances done on time, one in ten late; a rectification list of five items a unit; some cases. */
  private void addFigures(int year) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE obligation SET status = 'DONE_ON_TIME', done_count = minimum_count, completed_at = due_at"
          + " WHERE year_no = " + year + " AND status = 'OPEN' AND MOD(id, 10) < 6");
      s.executeUpdate("UPDATE obligation SET status = 'DONE_LATE', done_count = minimum_count, completed_at = due_at"
          + " WHERE year_no = " + year + " AND status = 'OPEN' AND MOD(id, 10) = 6");
      s.executeUpdate("INSERT INTO signed_list (kind, rule_id, organisation_id, organisation_name, year_no,"
          + " current_version, next_item_no, created_by_name, created_at, updated_at)"
          + " SELECT 'RECTIFICATION', 'YW-6.12',"
          + " id, name, " + year + ", 1, 6, '压测', NOW(6), NOW(6) FROM organisation WHERE code LIKE 'DASH%'");
      s.executeUpdate("INSERT INTO list_version (list_id, number_no, created_by_name, created_at, updated_at)"
          + " SELECT l.id, 1, '压测', NOW(6), NOW(6) FROM signed_list l JOIN organisation o ON o.id = l.organisation_id"
          + " WHERE o.code LIKE 'DASH%'");
      for (int i = 1; i <= 5; i++) {
        s.executeUpdate("INSERT INTO list_item (list_version_id, item_key, position_no, measure, owner_name, deadline,"
            + " created_at, updated_at) SELECT v.id, 'R" + i + "', " + i + ", '整改措施', '张三', '"
            + String.format("%d-%02d-15", year, 2 * i) + "', NOW(6), NOW(6)"
            + " FROM list_version v JOIN signed_list l ON l.id = v.list_id"
            + " JOIN organisation o ON o.id = l.organisation_id WHERE o.code LIKE 'DASH%'");
      }
      s.executeUpdate("INSERT INTO item_closing (list_id, item_key, status, note, file_name, file_type, file_size,"
          + " file_sha256, requested_by_name, requested_at, decided_by_name, decided_at, created_at, updated_at)"
          + " SELECT l.id, 'R1', 'APPROVED', '已整改', 'a.pdf', 'PDF', 1, REPEAT('0', 64), '压测', NOW(6), '压测',"
          + " '" + year + "-01-20 08:00:00', NOW(6), NOW(6) FROM signed_list l JOIN organisation o"
          + " ON o.id = l.organisation_id WHERE o.code LIKE 'DASH%'");
      s.executeUpdate("INSERT INTO accountability_case (organisation_id, body, subject_type, grounds, facts, severity,"
          + " outcomes, status, opened_on, created_at, updated_at) SELECT id, 'PARTY_COMMITTEE', 'TEAM', 'YW-14.2',"
          + " '压测', 'SERIOUS', 'CIRCULATED_CRITICISM', 'ESTABLISHING_FACTS', '" + year + "-03-01', NOW(6), NOW(6)"
          + " FROM organisation WHERE code LIKE 'DASH%' AND MOD(id, 4) = 0");
    }
  }

  // ---- measuring ----

  private <T> T as(Callable<T> work) throws Exception {
    return ActorContext.callAs(actors.resolve("commission", null, "127.0.0.1"), work);
  }

  /** The statements of a piece of work: MariaDB's session counter before and after, in one transaction. */
  private long statements(Callable<?> work) throws Exception {
    transaction.begin();
    try {
      long before = sessionQuestions();
      as(work);
      return sessionQuestions() - before - 1;
    } finally {
      transaction.rollback();
    }
  }

  private long sessionQuestions() {
    Object[] row = (Object[]) em.createNativeQuery("SHOW SESSION STATUS LIKE 'Questions'").getSingleResult();
    return Long.parseLong(row[1].toString());
  }

  private static long globalQuestions() throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s = c.prepareStatement("SHOW GLOBAL STATUS LIKE 'Questions'");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(2);
    }
  }

  private int count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return (int) r.getLong(1);
    }
  }

  private static void write(String report, boolean append) throws IOException {
    System.out.print("BENCH " + report);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report, StandardCharsets.UTF_8, append
        ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND}
        : new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING});
  }
}
