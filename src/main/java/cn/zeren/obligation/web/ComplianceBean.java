package cn.zeren.obligation.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationAction;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import cn.zeren.platform.web.TableExport;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * 合规矩阵: units × obligations of a year, each cell summarising the instances of one rule for one unit (done on
 * time, done late, overdue, open, waived) and opening them.
 */
@Named
@ViewScoped
public class ComplianceBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ObligationService obligations;
  @Inject OrganisationService organisations;
  @Inject RulePackRegistry rules;
  @Inject AccessPolicy access;

  private int year = LocalDate.now(Deadlines.BEIJING).getYear();
  private Long subtreeId;
  private String ruleId;
  private List<Option> subtrees;
  private List<Row> rows = List.of();
  private transient List<ObligationRule> columns = List.of();
  private transient List<Obligation> selected = List.of();

  /** An organisation to choose as the matrix's subtree. */
  public record Option(long id, String name) implements Serializable {}

  /** One unit's line of the matrix. */
  public record Row(long organisationId, String organisationName, Map<String, Cell> cells)
      implements Serializable {}

  /** One unit × rule cell: how many instances are in which state, and the worst of them for its colour. */
  public record Cell(List<Long> ids, int done, int late, int overdue, int open, int waived) implements Serializable {
    public String getStyle() {
      if (overdue > 0) {
        return "zr-cell-overdue";
      }
      if (open > 0) {
        return "zr-cell-open";
      }
      if (late > 0) {
        return "zr-cell-late";
      }
      return done > 0 ? "zr-cell-done" : "zr-cell-waived";
    }

    public int getTotal() {
      return done + late + overdue + open + waived;
    }
  }

  /** The page's f:viewAction: a role that oversees no unit gets 403, not an empty matrix. */
  public void requireAccess() {
    Pages.load(
        () -> {
          if (!access.permitsSomewhere(ObligationAction.OVERSEE)) {
            throw new AccessDeniedException("error.accessDenied");
          }
        });
  }

  @PostConstruct
  void init() {
    subtrees =
        organisations.visibleTree().stream()
            .filter(o -> o.isActive() && access.permits(ObligationAction.OVERSEE, o))
            .map(o -> new Option(o.getId(), o.getName()))
            .toList();
    if (!subtrees.isEmpty()) {
      subtreeId = subtrees.get(0).id();
      load();
    }
  }

  public void load() {
    try {
      columns =
          rules.active().periodic().stream().filter(r -> ruleId == null || r.ruleId().equals(ruleId)).toList();
      rows = build(obligations.forMatrix(year, subtreeId, ruleId));
    } catch (RuntimeException e) {
      rows = List.of();
      Messages.show(e, "filterForm");
    }
  }

  private static List<Row> build(List<Obligation> all) {
    Instant now = Instant.now();
    Map<Long, String> units = new LinkedHashMap<>();
    Map<Long, Map<String, List<Obligation>>> byUnit = new LinkedHashMap<>();
    for (Obligation o : all) {
      units.putIfAbsent(o.getOrganisation().getId(), o.getOrganisation().getName());
      byUnit.computeIfAbsent(o.getOrganisation().getId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(o.getRuleId(), k -> new ArrayList<>())
          .add(o);
    }
    List<Row> rows = new ArrayList<>();
    byUnit.forEach(
        (unitId, byRule) -> {
          Map<String, Cell> cells = new LinkedHashMap<>();
          byRule.forEach((rule, instances) -> cells.put(rule, cell(instances, now)));
          rows.add(new Row(unitId, units.get(unitId), cells));
        });
    return rows;
  }

  private static Cell cell(List<Obligation> instances, Instant now) {
    int[] counts = new int[ObligationStatus.values().length];
    List<Long> ids = new ArrayList<>();
    for (Obligation o : instances) {
      counts[o.statusAt(now).ordinal()]++;
      ids.add(o.getId());
    }
    return new Cell(
        ids,
        counts[ObligationStatus.DONE_ON_TIME.ordinal()],
        counts[ObligationStatus.DONE_LATE.ordinal()],
        counts[ObligationStatus.OVERDUE.ordinal()],
        counts[ObligationStatus.OPEN.ordinal()],
        counts[ObligationStatus.WAIVED.ordinal()]);
  }

  /** Opens the instances behind a cell. */
  public void open(Cell cell) {
    selected = cell == null ? List.of() : cell.ids().stream().map(obligations::get).toList();
  }

  /** 导出 Excel: the matrix as shown, each cell "done / all" with the count of overdue instances. */
  public void exportXlsx() throws IOException {
    TableExport.Table table = table();
    Faces.sendFile(TableExport.xlsx(table), table.title() + "-" + year + ".xlsx", true);
  }

  /** 导出 PDF: the same table. */
  public void exportPdf() throws IOException {
    TableExport.Table table = table();
    Faces.sendFile(TableExport.pdf(table), table.title() + "-" + year + ".pdf", true);
  }

  private TableExport.Table table() {
    load();
    List<String> headers = new ArrayList<>(List.of(Texts.zh("compliance.unit")));
    getColumns().forEach(rule -> headers.add(rule.ruleId() + " " + rule.title()));
    List<List<String>> lines = new ArrayList<>();
    for (Row row : rows) {
      List<String> line = new ArrayList<>(List.of(row.organisationName()));
      for (ObligationRule rule : getColumns()) {
        Cell cell = row.cells().get(rule.ruleId());
        line.add(cell == null ? "" : (cell.done() + cell.late()) + "/" + cell.getTotal()
            + (cell.overdue() > 0 ? " " + Texts.zh("compliance.export.overdue", cell.overdue()) : ""));
      }
      lines.add(line);
    }
    String scope = subtrees.stream().filter(o -> o.id() == subtreeId).map(Option::name).findFirst().orElse("");
    return new TableExport.Table(Texts.zh("compliance.title"), Texts.zh("compliance.export.subtitle", String.valueOf(year), scope),
        headers, lines);
  }

  public String status(Obligation o) {
    return o.statusAt(Instant.now()).name();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(Deadlines.BEIJING).getYear();
    return List.of(now + 1, now, now - 1, now - 2);
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public Long getSubtreeId() {
    return subtreeId;
  }

  public void setSubtreeId(Long subtreeId) {
    this.subtreeId = subtreeId;
  }

  public String getRuleId() {
    return ruleId;
  }

  public void setRuleId(String ruleId) {
    this.ruleId = ruleId;
  }

  public List<Option> getSubtrees() {
    return subtrees;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<ObligationRule> getColumns() {
    if (columns == null) {
      load();
    }
    return columns;
  }

  public List<ObligationRule> getAllRules() {
    return rules.active().periodic();
  }

  public List<Obligation> getSelected() {
    return selected == null ? List.of() : selected;
  }
}
