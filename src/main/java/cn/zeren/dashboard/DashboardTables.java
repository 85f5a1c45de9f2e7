package cn.zeren.dashboard;

import cn.zeren.accountability.CaseCount;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.web.TableExport.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's tables as exported (Excel, PDF): the same rows as the page shows, every row of the table rather
 * than one page of it. No container needed.
 */
public final class DashboardTables {
  /** The tables of the dashboard that can be exported, by their name in the export's query. */
  public enum Name {
    HEAT,
    OVERDUE,
    RECTIFICATION,
    ACCOUNTABILITY,
    TREND
  }

  private DashboardTables() {}

  /** A table of the year's figures (every name but {@link Name#TREND}, which {@link #trend} exports). */
  public static Table of(Name name, Dashboard d, Locale locale) {
    return switch (name) {
      case HEAT -> heat(d, locale);
      case OVERDUE -> overdue(d, locale);
      case RECTIFICATION -> rectification(d, locale);
      case ACCOUNTABILITY -> accountability(d, locale);
      case TREND -> throw new IllegalArgumentException("the trend is exported by DashboardTables.trend");
    };
  }

  public static Table drill(DrillTable drill, Locale locale) {
    List<List<String>> rows = drill.rows().stream().map(DrillTable.Line::cells).toList();
    String subtitle = drill.truncated()
        ? Texts.get(locale, "dashboard.drill.truncated", DashboardService.DRILL_LIMIT) : null;
    return new Table(drill.title(), subtitle, drill.headers(), rows);
  }

  /** Units × rules, each cell "share (done on time / decided)", worst unit first. */
  static Table heat(Dashboard d, Locale locale) {
    List<String> headers = new ArrayList<>(List.of(t(locale, "dashboard.column.unit"),
        t(locale, "dashboard.column.share"), t(locale, "dashboard.column.overdue")));
    d.columns().forEach(c -> headers.add(c.ruleId() + " " + c.title()));
    List<List<String>> rows = new ArrayList<>();
    for (Dashboard.UnitRow unit : d.units()) {
      List<String> row = new ArrayList<>(List.of(unit.name(), cell(unit.figures()),
          String.valueOf(unit.figures().overdue())));
      d.columns().forEach(c -> row.add(unit.cell(c.ruleId()) == null ? "" : cell(unit.cell(c.ruleId()))));
      rows.add(row);
    }
    return new Table(t(locale, "dashboard.heat"), subtitle(d, locale), headers, rows);
  }

  /** Units with overdue instances, most first. */
  static Table overdue(Dashboard d, Locale locale) {
    List<List<String>> rows = d.units().stream()
        .filter(u -> u.figures().overdue() > 0)
        .sorted(java.util.Comparator.comparing((Dashboard.UnitRow u) -> -u.figures().overdue())
            .thenComparing(Dashboard.UnitRow::name))
        .map(u -> List.of(u.name(), String.valueOf(u.figures().overdue()), String.valueOf(u.figures().late()),
            String.valueOf(u.figures().open()), u.figures().percent()))
        .toList();
    return new Table(t(locale, "dashboard.overdue"), subtitle(d, locale),
        List.of(t(locale, "dashboard.column.unit"), t(locale, "status.OVERDUE"), t(locale, "status.DONE_LATE"),
            t(locale, "status.OPEN"), t(locale, "dashboard.column.share")), rows);
  }

  static Table rectification(Dashboard d, Locale locale) {
    List<List<String>> rows = d.rectificationByUnit().stream()
        .map(u -> List.of(u.name(), String.valueOf(u.open()), String.valueOf(u.overdue()),
            String.valueOf(u.closedOnTime()), String.valueOf(u.closedLate()), String.valueOf(u.total())))
        .toList();
    return new Table(t(locale, "dashboard.rectification"), subtitle(d, locale),
        List.of(t(locale, "dashboard.column.unit"), t(locale, "dashboard.rectification.OPEN"),
            t(locale, "dashboard.rectification.OVERDUE"), t(locale, "dashboard.rectification.CLOSED_ON_TIME"),
            t(locale, "dashboard.rectification.CLOSED_LATE"), t(locale, "dashboard.column.total")), rows);
  }

  static Table accountability(Dashboard d, Locale locale) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseCount c : d.caseStatistics()) {
      rows.add(List.of(c.organisationName(), c.ground() + " " + c.groundTitle(),
          c.severity() == null
              ? t(locale, "accountability.severity.none")
              : t(locale, "accountability.severity." + c.severity()),
          String.valueOf(c.count())));
    }
    return new Table(t(locale, "dashboard.accountability"), subtitle(d, locale),
        List.of(t(locale, "dashboard.column.unit"), t(locale, "dashboard.column.grounds"),
            t(locale, "dashboard.column.severity"), t(locale, "dashboard.column.count")), rows);
  }

  public static Table trend(String rootName, List<Dashboard.TrendPoint> trend, Locale locale) {
    List<List<String>> rows = trend.stream()
        .map(p -> List.of(String.valueOf(p.year()), String.valueOf(p.figures().onTime()),
            String.valueOf(p.figures().late()), String.valueOf(p.figures().overdue()), p.figures().percent(),
            String.valueOf(p.cases())))
        .toList();
    return new Table(t(locale, "dashboard.trend"), t(locale, "dashboard.subtitle.trend", rootName),
        List.of(t(locale, "dashboard.column.year"), t(locale, "status.DONE_ON_TIME"), t(locale, "status.DONE_LATE"),
            t(locale, "status.OVERDUE"), t(locale, "dashboard.column.share"), t(locale, "dashboard.column.cases")),
        rows);
  }

  private static String cell(Compliance c) {
    return c.percent() + " (" + c.onTime() + "/" + c.decided() + ")";
  }

  private static String subtitle(Dashboard d, Locale locale) {
    return t(locale, "dashboard.subtitle", String.valueOf(d.year()), d.rootName());
  }

  private static String t(Locale locale, String key, Object... args) {
    return Texts.get(locale, key, args);
  }
}
