package cn.zeren.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.it.support.Deployments;
import cn.zeren.obligation.ObligationGenerator;
import cn.zeren.platform.persistence.ZerenDataSource;
import cn.zeren.rules.Owner;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of issue 3: generating one year's obligation instances for 2,000 organisations (each with two team
 * members) inside Payara Micro on MariaDB, then running it again (which must create nothing). It prints and
 * writes the figures to {@code target/benchmarks/obligation-generation.txt}; it asserts correctness, never time.
 * Run with {@code mvn verify -Pbench} (see docs/benchmarks.md).
 */
@ExtendWith(ArquillianExtension.class)
class ObligationGenerationBench {
  private static final int UNITS = 2000;
  private static final int MEMBERS_PER_UNIT = 2;
  /** A year nobody generates yet (the portal itself generates this year, and next year from December). */
  private static final int YEAR = java.time.LocalDate.now().getYear() + 2;

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWith(ObligationGenerationBench.class);
  }

  @Inject ObligationGenerator generator;
  @Inject RulePackRegistry rules;

  @Resource(lookup = ZerenDataSource.JNDI_NAME)
  DataSource dataSource;

  @Test
  void generatesAYearForTwoThousandUnitsAndIsIdempotent() throws Exception {
    int unitsBefore = count("SELECT COUNT(*) FROM organisation WHERE active = TRUE AND parent_id IS NOT NULL");
    addUnits();
    int units = unitsBefore + UNITS;

    long t0 = System.nanoTime();
    ObligationGenerator.Result first = ActorContext.callAs(Actor.system(), () -> generator.generate(YEAR));
    long firstMs = (System.nanoTime() - t0) / 1_000_000;
    long t1 = System.nanoTime();
    ObligationGenerator.Result second = ActorContext.callAs(Actor.system(), () -> generator.generate(YEAR));
    long secondMs = (System.nanoTime() - t1) / 1_000_000;

    int rows = count("SELECT COUNT(*) FROM obligation WHERE year_no = " + YEAR);
    assertEquals(rows, first.created(), "every instance of the year was created by the first run");
    assertEquals(0, second.created(), "the second run creates nothing");
    assertTrue(rows >= UNITS * perUnitAtLeast(), "instances for every benchmark unit: " + rows);

    String report =
        String.format(
            "obligation generation, year %d, %d units below the city (%d added, %d team members each):%n"
                + "  first run : %d instances in %d ms%n"
                + "  second run: %d instances in %d ms (idempotent)%n",
            YEAR, units, UNITS, MEMBERS_PER_UNIT, first.created(), firstMs, second.created(), secondMs);
    System.out.println("BENCH " + report);
    write(report);
  }

  /** Instances a unit gets at the least: its periodic unit-level rules (members add theirs). */
  private int perUnitAtLeast() {
    return (int)
        rules.active().periodic().stream()
            .filter(r -> r.owner() != Owner.TEAM_MEMBER && r.scope() != cn.zeren.rules.Scope.CITY)
            .mapToInt(r -> r.frequency().periodsPerYear())
            .sum();
  }

  private void addUnits() throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      long root = single(c, "SELECT id FROM organisation WHERE parent_id IS NULL");
      StringBuilder insert =
          new StringBuilder(
              "INSERT INTO organisation (code, name, kind, parent_id, path, sort_order, party_body_type,"
                  + " party_body_name, discipline_body_type, discipline_body_name, active, created_at, updated_at)"
                  + " VALUES ");
      for (int i = 1; i <= UNITS; i++) {
        insert.append(i == 1 ? "" : ",")
            .append(String.format(
                "('BENCH%04d','压测单位%04d','GOVERNMENT',%d,'/',%d,'LEADING_GROUP','党组','DISPATCHED_GROUP',"
                    + "'派驻纪检监察组',TRUE,CURRENT_TIMESTAMP,CURRENT_TIMESTAMP)", i, i, root, i));
      }
      s.executeUpdate(insert.toString());
      s.executeUpdate(
          "UPDATE organisation SET path = CONCAT('/" + root + "/', id, '/') WHERE code LIKE 'BENCH%'");
      for (int m = 1; m <= MEMBERS_PER_UNIT; m++) {
        s.executeUpdate(
            "INSERT INTO person (name, organisation_id, active, created_at, updated_at)"
                + " SELECT CONCAT('压测成员', " + m + ", '-', code), id, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                + " FROM organisation WHERE code LIKE 'BENCH%'");
      }
      s.executeUpdate(
          "INSERT INTO org_position (organisation_id, person_id, kind, title, sort_order, active, created_at,"
              + " updated_at) SELECT p.organisation_id, p.id, 'TEAM_MEMBER', '班子成员', 2, TRUE, CURRENT_TIMESTAMP,"
              + " CURRENT_TIMESTAMP FROM person p WHERE p.name LIKE '压测成员%'");
    }
  }

  private int count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return (int) single(c, sql);
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void write(String report) throws IOException {
    Path file = Path.of("target", "benchmarks", "obligation-generation.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report, StandardCharsets.UTF_8);
  }
}
