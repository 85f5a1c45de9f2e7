package cn.zeren.dashboard;

import cn.zeren.accountability.CaseCount;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The figures of the commission's dashboard (监督看板) for one year and one subtree: compliance by unit and rule (the
 * heat map, worst unit first), overdue instances, rectification progress and accountability statistics (the trend
 * over the years, {@link TrendPoint}, comes separately from {@link DashboardService#trend}). Plain values, safe to
 * keep in a view.
 */
public record Dashboard(
    int year,
    long rootId,
    String rootName,
    List<RuleColumn> columns,
    List<UnitRow> units,
    Compliance total,
    Map<RectificationState, Long> rectification,
    List<UnitRectification> rectificationByUnit,
    List<CaseCount> caseStatistics,
    List<OutcomeCount> outcomes,
    long cases)
    implements Serializable {

  /** A rule of the heat map's columns with the figures of its instances in the whole subtree. */
  public record RuleColumn(String ruleId, String title, Compliance figures) implements Serializable {}

  /** A unit's line of the heat map: its figures in all and by rule id. */
  public record UnitRow(long organisationId, String name, Compliance figures, Map<String, Compliance> byRule)
      implements Serializable {
    public Compliance cell(String ruleId) {
      return byRule.get(ruleId);
    }
  }

  /** A unit's rectification items by state. */
  public record UnitRectification(long organisationId, String name, long open, long overdue, long closedOnTime,
      long closedLate) implements Serializable {
    public long total() {
      return open + overdue + closedOnTime + closedLate;
    }
  }

  /** The cases of the year with one outcome of the YW-16 matrix (a case with two outcomes counts under each). */
  public record OutcomeCount(String code, String label, long count) implements Serializable {}

  /** A year of the trend: its obligation figures and the cases opened in it. */
  public record TrendPoint(int year, Compliance figures, long cases) implements Serializable {}

  public long overdue() {
    return total.overdue();
  }

  public long rectification(RectificationState state) {
    return rectification.getOrDefault(state, 0L);
  }
}
