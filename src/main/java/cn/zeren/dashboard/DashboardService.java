package cn.zeren.dashboard;

import cn.zeren.accountability.AccountabilityCase;
import cn.zeren.accountability.AccountabilityCatalogue;
import cn.zeren.accountability.AccountabilityService;
import cn.zeren.accountability.CaseFigures;
import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.lists.ListFigures.RectificationItem;
import cn.zeren.lists.ListFigures;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationFigures.UnitRuleCount;
import cn.zeren.obligation.ObligationFigures.YearCount;
import cn.zeren.obligation.ObligationFigures;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.web.EvidenceLinks;
import cn.zeren.platform.web.EvidencePages;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.Regulation;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The commission's dashboard (监督看板): composes the figures the contexts expose — {@link ObligationFigures},
 * {@link ListFigures}, {@link CaseFigures} — for a year and a subtree, and opens the items behind each figure. Only
 * the commission may read it ({@link DashboardAction#VIEW}); each context still checks its own reading. The number
 * of statements does not grow with the number of units: every figure is one query over the whole subtree.
 */
@ApplicationScoped
@Transactional
public class DashboardService {
  /** The most items a drill-down shows (and exports). */
  public static final int DRILL_LIMIT = 2_000;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Deadlines.BEIJING);

  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;
  @Inject ObligationFigures obligationFigures;
  @Inject ListFigures listFigures;
  @Inject CaseFigures caseFigures;
  @Inject AccountabilityService accountability;
  @Inject RulePackRegistry rules;
  @Inject Clock clock;
  @Inject @Any Instance<EvidencePages> evidencePages;

  /** May the caller open the dashboard at all (for the menu)? */
  public boolean available() {
    return access.permitsSomewhere(DashboardAction.VIEW);
  }

  /** The subtree the dashboard opens with: the caller's own organisation. */
  public Organisation home() {
    access.scopeFor(DashboardAction.VIEW);
    Long own = access.actor().orgId();
    return own == null ? organisations.root() : organisations.get(own);
  }

  /** The organisations whose subtree the caller may choose: those with units below them, and the caller's own. */
  public List<Organisation> subtrees() {
    access.scopeFor(DashboardAction.VIEW);
    List<Organisation> visible = organisations.visibleTree();
    Set<String> parents = new TreeSet<>();
    for (Organisation o : visible) {
      String path = o.getPath();
      parents.add(path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1));
    }
    return visible.stream()
        .filter(o -> o.isActive() && access.permits(DashboardAction.VIEW, o))
        .filter(o -> parents.contains(o.getPath()) || o.getId().equals(access.actor().orgId()))
        .toList();
  }

  public Organisation unit(long id) {
    Organisation unit = organisations.get(id);
    access.require(DashboardAction.VIEW, unit);
    return unit;
  }

  /** Every figure of the dashboard for a year and the subtree below an organisation. */
  public Dashboard figures(int year, long rootId) {
    Organisation root = unit(rootId);
    Instant now = clock.instant();
    Regulation pack = rules.active();
    List<UnitRuleCount> counts = obligationFigures.byUnitAndRule(year, root, now);
    List<Dashboard.UnitRow> units = heatRows(counts);
    Map<String, Compliance> byRule = new TreeMap<>();
    counts.forEach(c -> byRule.merge(c.ruleId(), compliance(c), Compliance::plus));
    List<Dashboard.RuleColumn> columns = columns(pack, byRule);
    Compliance total = units.stream().map(Dashboard.UnitRow::figures).reduce(Compliance.NONE, Compliance::plus);

    LocalDate today = LocalDate.now(clock.withZone(Deadlines.BEIJING));
    List<RectificationItem> items = listFigures.rectificationItems(year, root);
    Map<RectificationState, Long> progress = new EnumMap<>(RectificationState.class);
    items.forEach(i -> progress.merge(state(i, today), 1L, Long::sum));

    List<AccountabilityCase> cases = caseFigures.cases(year, root);
    return new Dashboard(year, root.getId(), root.getName(), columns, units, total, progress,
        rectificationByUnit(items, today), caseFigures.statistics(year, root), outcomes(cases), cases.size());
  }

  /**
   * The trend over every year that has instances or cases in the subtree. Apart from {@link #figures}: it reads every
   * year, so the page loads it after its first response.
   */
  public List<Dashboard.TrendPoint> trend(long rootId) {
    Organisation root = unit(rootId);
    return trend(obligationFigures.byYear(root, clock.instant()), caseFigures.byYear(root));
  }

  /** The items behind a figure, at most {@link #DRILL_LIMIT}, with the labels of the locale. */
  public DrillTable drill(long rootId, Drill drill, Locale locale) {
    Organisation root = unit(rootId);
    Organisation within = root;
    if (drill.unitId() != null) {
      within = unit(drill.unitId());
      if (!within.getPath().startsWith(root.getPath())) {
        throw new NotFoundException("organisation", drill.unitId());
      }
    }
    return switch (drill.kind()) {
      case INSTANCES -> instances(root, within, drill, locale);
      case RECTIFICATION -> rectification(within, drill, locale);
      case CASES -> cases(within, drill, locale);
    };
  }

  // ---- figures ----

  private static List<Dashboard.UnitRow> heatRows(List<UnitRuleCount> counts) {
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, Map<String, Compliance>> cells = new LinkedHashMap<>();
    for (UnitRuleCount c : counts) {
      names.putIfAbsent(c.organisationId(), c.organisationName());
      cells.computeIfAbsent(c.organisationId(), k -> new LinkedHashMap<>()).merge(c.ruleId(), compliance(c),
          Compliance::plus);
    }
    List<Dashboard.UnitRow> rows = new ArrayList<>();
    cells.forEach((id, byRule) -> rows.add(new Dashboard.UnitRow(id, names.get(id),
        byRule.values().stream().reduce(Compliance.NONE, Compliance::plus), byRule)));
    rows.sort(WORST_FIRST);
    return rows;
  }

  /** The lowest share done on time first (units with nothing decided last), then the most overdue, then by name. */
  static final Comparator<Dashboard.UnitRow> WORST_FIRST =
      Comparator.comparing((Dashboard.UnitRow r) -> r.figures().share(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(r -> -r.figures().overdue())
          .thenComparing(Dashboard.UnitRow::name);

  private static List<Dashboard.RuleColumn> columns(Regulation pack, Map<String, Compliance> byRule) {
    List<Dashboard.RuleColumn> columns = new ArrayList<>();
    for (ObligationRule rule : pack.obligations()) {
      Compliance figures = byRule.remove(rule.ruleId());
      if (figures != null) {
        columns.add(new Dashboard.RuleColumn(rule.ruleId(), rule.title(), figures));
      }
    }
    byRule.forEach((ruleId, figures) -> columns.add(new Dashboard.RuleColumn(ruleId, ruleId, figures)));
    return columns;
  }

  private static Compliance compliance(UnitRuleCount c) {
    return new Compliance(c.onTime(), c.late(), c.overdue(), c.open(), c.waived());
  }

  private static RectificationState state(RectificationItem item, LocalDate today) {
    return RectificationState.of(item.deadline(), item.closedAt(), today);
  }

  private static List<Dashboard.UnitRectification> rectificationByUnit(List<RectificationItem> items,
      LocalDate today) {
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, long[]> counts = new LinkedHashMap<>();
    for (RectificationItem item : items) {
      names.putIfAbsent(item.organisationId(), item.organisationName());
      counts.computeIfAbsent(item.organisationId(), k -> new long[4])[state(item, today).ordinal()]++;
    }
    return counts.entrySet().stream()
        .map(e -> new Dashboard.UnitRectification(e.getKey(), names.get(e.getKey()),
            e.getValue()[RectificationState.OPEN.ordinal()], e.getValue()[RectificationState.OVERDUE.ordinal()],
            e.getValue()[RectificationState.CLOSED_ON_TIME.ordinal()],
            e.getValue()[RectificationState.CLOSED_LATE.ordinal()]))
        .sorted(Comparator.comparing((Dashboard.UnitRectification u) -> -u.overdue())
            .thenComparing(u -> -u.open())
            .thenComparing(Dashboard.UnitRectification::name))
        .toList();
  }

  private List<Dashboard.OutcomeCount> outcomes(List<AccountabilityCase> cases) {
    AccountabilityCatalogue catalogue = accountability.catalogue();
    Map<String, Long> counts = new LinkedHashMap<>();
    catalogue.outcomes().forEach(o -> counts.put(o.code(), 0L));
    cases.forEach(c -> c.getOutcomes().forEach(code -> counts.merge(code, 1L, Long::sum)));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> new Dashboard.OutcomeCount(e.getKey(),
            catalogue.outcome(e.getKey()).map(AccountabilityCatalogue.Outcome::label).orElse(e.getKey()),
            e.getValue()))
        .toList();
  }

  private static List<Dashboard.TrendPoint> trend(List<YearCount> years, Map<Integer, Long> cases) {
    Map<Integer, Compliance> byYear = new TreeMap<>();
    years.forEach(y -> byYear.put(y.year(), new Compliance(y.onTime(), y.late(), y.overdue(), y.open(), y.waived())));
    cases.keySet().forEach(y -> byYear.putIfAbsent(y, Compliance.NONE));
    return byYear.entrySet().stream()
        .map(e -> new Dashboard.TrendPoint(e.getKey(), e.getValue(), cases.getOrDefault(e.getKey(), 0L)))
        .toList();
  }

  // ---- drill-downs ----

  private DrillTable instances(Organisation root, Organisation within, Drill drill, Locale locale) {
    ObligationStatus status = state(ObligationStatus.class, drill.state());
    Instant now = clock.instant();
    Regulation pack = rules.active();
    List<Obligation> found = obligationFigures.instances(drill.year(), root, within == root ? null : within,
        drill.ruleId(), status, now, DRILL_LIMIT + 1);
    List<DrillTable.Line> lines = found.stream().limit(DRILL_LIMIT)
        .map(o -> new DrillTable.Line(List.of(
            o.getOrganisation().getName(),
            o.getRuleId() + " " + pack.rule(o.getRuleId()).map(ObligationRule::title).orElse(""),
            o.getPeriodKey(),
            Texts.get(locale, "owner." + o.getOwner())
                + (o.getOwnerPosition() == null ? "" : " · " + o.getOwnerPosition().getPerson().getName()),
            TIME.format(o.getDueAt()),
            Texts.get(locale, "status." + o.statusAt(now)),
            o.getDoneCount() + " / " + o.getMinimumCount(),
            o.getCompletedAt() == null ? "" : TIME.format(o.getCompletedAt())), null))
        .toList();
    String what = Texts.get(locale, "dashboard.drill.instances", String.valueOf(drill.year()), within.getName(),
        drill.ruleId() == null ? Texts.get(locale, "common.all") : drill.ruleId(),
        status == null ? Texts.get(locale, "common.all") : Texts.get(locale, "status." + status));
    return new DrillTable(what, headers(locale, "unit", "rule", "period", "owner", "due", "status", "progress",
        "completedAt"), lines, found.size() > DRILL_LIMIT);
  }

  private DrillTable rectification(Organisation within, Drill drill, Locale locale) {
    RectificationState wanted = state(RectificationState.class, drill.state());
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.BEIJING));
    List<RectificationItem> found = listFigures.rectificationItems(drill.year(), within).stream()
        .filter(i -> wanted == null || state(i, today) == wanted)
        .toList();
    EvidenceLinks links = new EvidenceLinks(evidencePages);
    List<DrillTable.Line> lines = found.stream().limit(DRILL_LIMIT)
        .map(i -> new DrillTable.Line(List.of(
            i.organisationName(), i.itemKey(), i.problemKey() == null ? "" : i.problemKey(),
            i.measure() == null ? "" : i.measure(), i.ownerName() == null ? "" : i.ownerName(),
            i.deadline() == null ? "" : i.deadline().toString(),
            i.closedAt() == null ? "" : TIME.format(i.closedAt()),
            Texts.get(locale, "dashboard.rectification." + state(i, today))),
            links.relativePage("LIST", String.valueOf(i.listId()))))
        .toList();
    String what = Texts.get(locale, "dashboard.drill.rectification", String.valueOf(drill.year()), within.getName(),
        wanted == null ? Texts.get(locale, "common.all") : Texts.get(locale, "dashboard.rectification." + wanted));
    return new DrillTable(what, headers(locale, "unit", "itemKey", "problemKey", "measure", "itemOwner", "deadline",
        "closedAt", "status"), lines, found.size() > DRILL_LIMIT);
  }

  private DrillTable cases(Organisation within, Drill drill, Locale locale) {
    AccountabilityCatalogue catalogue = accountability.catalogue();
    Predicate<AccountabilityCase> wanted = c ->
        (drill.ground() == null || c.getGrounds().contains(drill.ground()))
            && (drill.severity() == null || drill.severity().equals(String.valueOf(c.getSeverity())))
            && (drill.outcome() == null || c.getOutcomes().contains(drill.outcome()));
    List<AccountabilityCase> found = caseFigures.cases(drill.year(), within).stream().filter(wanted).toList();
    EvidenceLinks links = new EvidenceLinks(evidencePages);
    List<DrillTable.Line> lines = found.stream().limit(DRILL_LIMIT)
        .map(c -> new DrillTable.Line(List.of(
            c.getOrganisation().getName(),
            c.getOpenedOn().toString(),
            String.join("、", c.getGrounds()),
            c.getSeverity() == null
                ? Texts.get(locale, "accountability.severity.none")
                : Texts.get(locale, "accountability.severity." + c.getSeverity()),
            c.getOutcomes().stream()
                .map(code -> catalogue.outcome(code).map(AccountabilityCatalogue.Outcome::label).orElse(code))
                .collect(Collectors.joining("、")),
            Texts.get(locale, "accountability.status." + c.getStatus())),
            links.relativePage("ACCOUNTABILITY_CASE", String.valueOf(c.getId()))))
        .toList();
    String what = Texts.get(locale, "dashboard.drill.cases", String.valueOf(drill.year()), within.getName());
    return new DrillTable(what, headers(locale, "unit", "openedOn", "grounds", "severity", "outcomes", "status"),
        lines, found.size() > DRILL_LIMIT);
  }

  /** The state a drill-down asks for (null: any); an unknown one names nothing, hence not found. */
  private static <E extends Enum<E>> E state(Class<E> type, String name) {
    if (name == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("dashboard", name);
    }
  }

  private static List<String> headers(Locale locale, String... keys) {
    List<String> headers = new ArrayList<>();
    for (String key : keys) {
      headers.add(Texts.get(locale, "dashboard.column." + key));
    }
    return headers;
  }
}
