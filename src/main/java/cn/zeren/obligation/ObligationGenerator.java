package cn.zeren.obligation;

import cn.zeren.audit.AuditLog;
import cn.zeren.calendar.CalendarService;
import cn.zeren.calendar.CalendarYearMissingException;
import cn.zeren.calendar.Deadlines;
import cn.zeren.calendar.WorkingCalendar;
import cn.zeren.directory.OrganisationService;
import cn.zeren.platform.Years;
import cn.zeren.platform.persistence.BulkLoad;
import cn.zeren.platform.persistence.ZerenDataSource;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.Owner;
import cn.zeren.rules.Regulation;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.rules.Scope;
import cn.zeren.security.AccessPolicy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * Generates a year's obligation instances from the active rule pack for every active organisation in each rule's
 * scope — one per period, and for rules owned by each team member one per member's post. Idempotent: what exists
 * is never created again, and a new organisation or member simply gets its own on the next run. Written in
 * one LOAD DATA (MySQL/MariaDB) or multi-row INSERTs (H2, or a server refusing local files) so that thousands of
 * units take about a second; the run is audited as one event.
 */
@ApplicationScoped
public class ObligationGenerator {
  static final String UNIT = "UNIT";
  private static final int ROWS_PER_STATEMENT = 2000;
  /** The columns that differ between the instances of a run (the others are constants of the run). */
  private static final List<String> COLUMNS =
      List.of("pack_id", "pack_version", "rule_id", "organisation_id", "owner", "owner_key", "owner_position_id",
          "year_no", "period_key", "due_date", "due_at", "minimum_count");

  @Resource(lookup = ZerenDataSource.JNDI_NAME)
  DataSource dataSource;

  /** Writes the next load file while the database loads the previous one. */
  @Resource ManagedExecutorService writer;

  @Inject RulePackRegistry rules;
  @Inject CalendarService calendar;
  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;
  @Inject AuditLog audit;

  /** What a run did: instances created, and rules whose due date needs a calendar year not loaded yet. */
  public record Result(int year, int created, Set<Integer> missingCalendarYears) {}

  private record Unit(long id, boolean root) {}

  /** One instance to create; {@code dueAt} is the cut-off as a UTC date-time (InstantConverter's form). */
  private record Row(ObligationRule rule, long organisationId, String ownerKey, Long positionId,
      ObligationPeriod period, LocalDate dueDate, LocalDateTime dueAt) {}

  @Transactional
  public Result generate(int year) {
    access.require(ObligationAction.GENERATE, organisations.root());
    Years.require("year", year);
    Regulation regulation = rules.active();
    try (Connection connection = dataSource.getConnection()) {
      Plan plan = plan(connection, year, regulation.periodic());
      insert(connection, regulation, plan.rows(), writer);
      audit.record(
          "OBLIGATIONS_GENERATED", "Obligation", null,
          Map.of("year", year, "pack", packs(regulation), "created", plan.rows().size()));
      return new Result(year, plan.rows().size(), plan.missing());
    } catch (SQLException e) {
      throw new IllegalStateException("Obligation generation for " + year + " failed", e);
    }
  }

  /**
   * How many instances of each of the given periodic rules a run for the year would create now (what exists is
   * not counted), without creating any: the preview of a variant switch. Rules whose due dates need a calendar
   * year not loaded yet count what they can and name the missing year.
   */
  public Result preview(int year, List<ObligationRule> periodic, Map<String, Integer> createdByRule) {
    access.require(ObligationAction.GENERATE, organisations.root());
    Years.require("year", year);
    try (Connection connection = dataSource.getConnection()) {
      Plan plan = plan(connection, year, periodic);
      plan.rows().forEach(row -> createdByRule.merge(row.rule().ruleId(), 1, Integer::sum));
      return new Result(year, plan.rows().size(), plan.missing());
    } catch (SQLException e) {
      throw new IllegalStateException("Obligation preview for " + year + " failed", e);
    }
  }

  private record Plan(List<Row> rows, Set<Integer> missing) {}

  private Plan plan(Connection connection, int year, List<ObligationRule> periodic) throws SQLException {
    WorkingCalendar workingDays = calendar.calendar();
    List<Unit> units = units(connection);
    Map<Long, List<Long>> members = teamMemberPosts(connection);
    Set<String> existing = existingKeys(connection, year);
    Set<Integer> missing = new TreeSet<>();
    List<Row> rows = new ArrayList<>();
    for (ObligationRule rule : periodic) {
      for (ObligationPeriod period : ObligationPeriod.of(year, rule.frequency())) {
        LocalDate due;
        try {
          due = DueDates.dueDate(rule.due(), period, workingDays);
        } catch (CalendarYearMissingException e) {
          missing.add(e.getYear());
          continue;
        }
        LocalDateTime dueAt = LocalDateTime.ofInstant(Deadlines.cutOff(due).toInstant(), ZoneOffset.UTC);
        for (Unit unit : units) {
          if (applies(rule.scope(), unit)) {
            addRows(rows, existing, rule, unit, members, period, due, dueAt);
          }
        }
      }
    }
    return new Plan(rows, missing);
  }

  /** The packs in force as the audit names them: "yiwu-2015 1.0.0, jdz-2017 1.0.0". */
  private static String packs(Regulation regulation) {
    return String.join(", ", regulation.packs().stream().map(p -> p.id() + " " + p.version()).toList());
  }

  private static boolean applies(Scope scope, Unit unit) {
    return switch (scope) {
      case ALL -> true;
      case CITY -> unit.root();
      case UNITS -> !unit.root();
    };
  }

  private static void addRows(List<Row> rows, Set<String> existing, ObligationRule rule, Unit unit,
      Map<Long, List<Long>> members, ObligationPeriod period, LocalDate due, LocalDateTime dueAt) {
    if (rule.owner() == Owner.TEAM_MEMBER) {
      for (Long post : members.getOrDefault(unit.id(), List.of())) {
        add(rows, existing, new Row(rule, unit.id(), "POS-" + post, post, period, due, dueAt));
      }
    } else {
      add(rows, existing, new Row(rule, unit.id(), UNIT, null, period, due, dueAt));
    }
  }

  private static void add(List<Row> rows, Set<String> existing, Row row) {
    if (existing.isEmpty()
        || !existing.contains(key(row.organisationId(), row.rule().ruleId(), row.period().key(), row.ownerKey()))) {
      rows.add(row);
    }
  }

  private static String key(long org, String rule, String period, String owner) {
    return org + "|" + rule + "|" + period + "|" + owner;
  }

  private static List<Unit> units(Connection c) throws SQLException {
    List<Unit> units = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id, parent_id FROM organisation WHERE active = TRUE");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long id = r.getLong(1);
        r.getLong(2);
        units.add(new Unit(id, r.wasNull())); // wasNull() speaks of the column read last: parent_id
      }
    }
    return units;
  }

  private static Map<Long, List<Long>> teamMemberPosts(Connection c) throws SQLException {
    Map<Long, List<Long>> posts = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT p.organisation_id, p.id FROM org_position p JOIN person x ON x.id = p.person_id"
                    + " WHERE p.active = TRUE AND x.active = TRUE AND p.kind = 'TEAM_MEMBER'");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        posts.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2));
      }
    }
    return posts;
  }

  private static Set<String> existingKeys(Connection c, int year) throws SQLException {
    Set<String> keys = new HashSet<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT organisation_id, rule_id, period_key, owner_key FROM obligation WHERE year_no = ?")) {
      s.setInt(1, year);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          keys.add(key(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
        }
      }
    }
    return keys;
  }

  private static void insert(Connection c, Regulation regulation, List<Row> rows, Executor writer)
      throws SQLException {
    LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    Map<String, Object> constants = new LinkedHashMap<>();
    constants.put("version", 0);
    constants.put("status", ObligationStatus.OPEN.name());
    constants.put("done_count", 0);
    constants.put("created_at", now);
    constants.put("updated_at", now);
    if (BulkLoad.available(c)) {
      BulkLoad.load(
          c, "obligation", COLUMNS, constants, rows.stream().map(r -> values(regulation, r)).toList(), writer);
      return;
    }
    String placeholders = "(" + ",?".repeat(constants.size() + COLUMNS.size()).substring(1) + ")";
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      StringBuilder sql =
          new StringBuilder("INSERT IGNORE INTO obligation (")
              .append(String.join(", ", constants.keySet())).append(", ")
              .append(String.join(", ", COLUMNS)).append(") VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ",").append(placeholders);
      }
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        int p = 1;
        for (Row row : chunk) {
          for (Object value : constants.values()) {
            s.setObject(p++, value);
          }
          for (Object value : values(regulation, row)) {
            s.setObject(p++, value);
          }
        }
        s.executeUpdate();
      }
    }
  }

  /** A row's values in the order of {@link #COLUMNS}; the pack and version are those of the row's rule. */
  private static List<?> values(Regulation regulation, Row row) {
    RulePack pack = regulation.packOf(row.rule().ruleId()).orElseThrow();
    return Arrays.asList(
        pack.id(), pack.version(), row.rule().ruleId(), row.organisationId(), row.rule().owner().name(), row.ownerKey(), row.positionId(),
        row.period().year(), row.period().key(), row.dueDate(), row.dueAt(), row.rule().minimumCount());
  }
}
