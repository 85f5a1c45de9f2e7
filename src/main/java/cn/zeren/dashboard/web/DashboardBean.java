package cn.zeren.dashboard.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.dashboard.Compliance;
import cn.zeren.dashboard.Dashboard;
import cn.zeren.dashboard.DashboardService;
import cn.zeren.dashboard.Drill;
import cn.zeren.dashboard.DrillTable;
import cn.zeren.dashboard.RectificationState;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.primefaces.event.ItemSelectEvent;

/**
 * 监督看板 and a unit's page of it (dashboard.xhtml, dashboard-unit.xhtml?year=Y&amp;org=ID): the figures of a year
 * and subtree, the charts (Chart.js configurations for p:chart), and the drill-down table that every figure opens.
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String RED = "#d9534f";
  private static final String AMBER = "#f0ad4e";
  private static final String GREEN = "#5cb85c";
  private static final String BLUE = "#337ab7";
  private static final String GREY = "#9e9e9e";

  @Inject DashboardService service;

  private int year = LocalDate.now(Deadlines.BEIJING).getYear();
  private String org;
  private Long rootId;
  private String rootName;
  private List<Option> subtrees = List.of();
  private Dashboard figures;
  private List<Dashboard.TrendPoint> trend;
  private Drill drill;
  private DrillTable drillTable;

  /** An organisation to choose as the dashboard's subtree. */
  public record Option(long id, String name) implements Serializable {}

  /** The pages' f:viewAction: the year and organisation of the query (default: this year, one's own subtree). */
  public void load() {
    Pages.load(() -> {
      Organisation root = org == null || org.isBlank() ? service.home() : service.unit(Pages.id("organisation", org));
      rootId = root.getId();
      rootName = root.getName();
      List<Option> options = new ArrayList<>();
      service.subtrees().forEach(o -> options.add(new Option(o.getId(), o.getName())));
      if (options.stream().noneMatch(o -> o.id() == root.getId())) {
        options.add(0, new Option(root.getId(), root.getName()));
      }
      subtrees = options;
      refresh();
    });
  }

  /** 查询: the figures of the chosen year and subtree; the drill-down closes. */
  public void refresh() {
    try {
      figures = service.figures(year, rootId);
      trend = null;
      rootName = figures.rootName();
      drill = null;
      drillTable = null;
    } catch (RuntimeException e) {
      Messages.show(e, "filterForm");
    }
  }

  // ---- drill-downs ----

  public void drillInstances(Long unitId, String ruleId, String state) {
    open(Drill.instances(year, unitId, ruleId, state));
  }

  public void drillRectification(Long unitId, String state) {
    open(Drill.rectification(year, unitId, state));
  }

  public void drillCases(Long unitId, String ground, String severity, String outcome) {
    open(Drill.cases(year, unitId, ground, severity, outcome));
  }

  /** A bar of the overdue chart: the overdue instances of that rule. */
  public void overdueSelected(ItemSelectEvent event) {
    List<Dashboard.RuleColumn> rules = overdueRules();
    if (event.getItemIndex() < rules.size()) {
      drillInstances(null, rules.get(event.getItemIndex()).ruleId(), "OVERDUE");
    }
  }

  /** A segment of the rectification chart: the items in that state. */
  public void rectificationSelected(ItemSelectEvent event) {
    drillRectification(null, RectificationState.values()[event.getItemIndex()].name());
  }

  /** A bar of the outcomes chart: the cases with that outcome. */
  public void outcomeSelected(ItemSelectEvent event) {
    drillCases(null, null, null, figures.outcomes().get(event.getItemIndex()).code());
  }

  /** A point of the trend: that year's instances in that state, or that year's cases. */
  public void trendSelected(ItemSelectEvent event) {
    int pointYear = getTrend().get(event.getItemIndex()).year();
    Drill chosen = switch (event.getDataSetIndex()) {
      case 0 -> Drill.instances(pointYear, null, null, "DONE_ON_TIME");
      case 1 -> Drill.instances(pointYear, null, null, "DONE_LATE");
      case 2 -> Drill.instances(pointYear, null, null, "OVERDUE");
      default -> Drill.cases(pointYear, null, null, null, null);
    };
    open(chosen);
  }

  public void closeDrill() {
    drill = null;
    drillTable = null;
  }

  private void open(Drill chosen) {
    try {
      drillTable = service.drill(rootId, chosen, locale());
      drill = chosen;
    } catch (RuntimeException e) {
      Messages.show(e, "drillForm");
    }
  }

  // ---- charts (Chart.js configurations) ----

  public String getOverdueChart() {
    List<Dashboard.RuleColumn> rules = overdueRules();
    return bar(rules.stream().map(Dashboard.RuleColumn::ruleId).toList(),
        Map.of(t("status.OVERDUE"), new Series(rules.stream().map(r -> r.figures().overdue()).toList(), RED)),
        false);
  }

  public String getRectificationChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (RectificationState state : RectificationState.values()) {
      labels.add(t("dashboard.rectification." + state));
      data.add(figures.rectification(state));
    }
    JsonObjectBuilder dataset = Json.createObjectBuilder().add("data", data)
        .add("backgroundColor", Json.createArrayBuilder().add(BLUE).add(RED).add(GREEN).add(AMBER));
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add("data", Json.createObjectBuilder().add("labels", labels)
            .add("datasets", Json.createArrayBuilder().add(dataset)))
        .add("options", options(true))
        .build().toString();
  }

  public String getOutcomeChart() {
    return bar(figures.outcomes().stream().map(Dashboard.OutcomeCount::label).toList(),
        Map.of(t("dashboard.column.cases"),
            new Series(figures.outcomes().stream().map(Dashboard.OutcomeCount::count).toList(), BLUE)),
        false);
  }

  public String getTrendChart() {
    List<Dashboard.TrendPoint> points = getTrend();
    Map<String, Series> series = new LinkedHashMap<>();
    series.put(t("status.DONE_ON_TIME"), series(points, p -> p.figures().onTime(), GREEN));
    series.put(t("status.DONE_LATE"), series(points, p -> p.figures().late(), AMBER));
    series.put(t("status.OVERDUE"), series(points, p -> p.figures().overdue(), RED));
    series.put(t("dashboard.column.cases"), series(points, Dashboard.TrendPoint::cases, GREY));
    return bar(points.stream().map(p -> String.valueOf(p.year())).toList(), series, true);
  }

  private record Series(List<Long> values, String colour) {}

  private static Series series(List<Dashboard.TrendPoint> points, ToLongFunction<Dashboard.TrendPoint> value,
      String colour) {
    return new Series(points.stream().map(p -> value.applyAsLong(p)).toList(), colour);
  }

  private static String bar(List<String> labels, Map<String, Series> series, boolean legend) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    series.forEach((label, s) -> {
      JsonArrayBuilder data = Json.createArrayBuilder();
      s.values().forEach(data::add);
      datasets.add(Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", s.colour()));
    });
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
        .add("options", options(legend))
        .build().toString();
  }

  private static JsonObjectBuilder options(boolean legend) {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("plugins", Json.createObjectBuilder()
            .add("legend", Json.createObjectBuilder().add("display", legend).add("position", "bottom")));
  }

  /** The units with overdue instances, most first. */
  public List<Dashboard.UnitRow> getOverdueUnits() {
    return figures.units().stream()
        .filter(u -> u.figures().overdue() > 0)
        .sorted(java.util.Comparator.comparing((Dashboard.UnitRow u) -> -u.figures().overdue())
            .thenComparing(Dashboard.UnitRow::name))
        .toList();
  }

  private List<Dashboard.RuleColumn> overdueRules() {
    return figures.columns().stream().filter(c -> c.figures().overdue() > 0).toList();
  }

  // ---- exports and links ----

  /** The export of a table of the page: HEAT, OVERDUE, RECTIFICATION, ACCOUNTABILITY, TREND. */
  public String exportUrl(String table, String format) {
    return context() + "/dashboard/export?table=" + table + "&year=" + year + "&org=" + rootId + "&format=" + format;
  }

  /** The export of the open drill-down. */
  public String drillExportUrl(String format) {
    if (drill == null) {
      return null;
    }
    StringBuilder url = new StringBuilder(context()).append("/dashboard/export?table=DRILL&format=").append(format)
        .append("&year=").append(drill.year()).append("&org=").append(rootId).append("&kind=").append(drill.kind());
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("unit", drill.unitId());
    params.put("rule", drill.ruleId());
    params.put("state", drill.state());
    params.put("ground", drill.ground());
    params.put("severity", drill.severity());
    params.put("outcome", drill.outcome());
    params.forEach((name, value) -> {
      if (value != null) {
        url.append('&').append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
      }
    });
    return url.toString();
  }

  public String styleOf(Compliance c) {
    return c == null ? "" : c.band().styleClass();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(Deadlines.BEIJING).getYear();
    List<Integer> years = new ArrayList<>(List.of(now + 1, now, now - 1, now - 2));
    if (trend != null) {
      trend.stream().map(Dashboard.TrendPoint::year).filter(y -> !years.contains(y)).forEach(years::add);
    }
    years.sort(java.util.Comparator.reverseOrder());
    return years;
  }

  private static String context() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String t(String key) {
    return Texts.get(locale(), key);
  }

  /**
   * The trend over the years, read when the page's deferred trend panel asks for it (it reads every year, so it
   * stays out of the page's first response) and kept for the view.
   */
  public List<Dashboard.TrendPoint> getTrend() {
    if (trend == null && rootId != null) {
      trend = service.trend(rootId);
    }
    return trend == null ? List.of() : trend;
  }

  // ---- properties ----

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getOrg() {
    return org;
  }

  public void setOrg(String org) {
    this.org = org;
  }

  public Long getRootId() {
    return rootId;
  }

  public void setRootId(Long rootId) {
    this.rootId = rootId;
  }

  public String getRootName() {
    return rootName;
  }

  public List<Option> getSubtrees() {
    return subtrees;
  }

  public Dashboard getFigures() {
    return figures;
  }

  public Drill getDrill() {
    return drill;
  }

  public DrillTable getDrillTable() {
    return drillTable;
  }
}
