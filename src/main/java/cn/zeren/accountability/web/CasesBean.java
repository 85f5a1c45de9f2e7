package cn.zeren.accountability.web;

import cn.zeren.accountability.AccountabilityAction;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue;
import cn.zeren.accountability.AccountabilityService;
import cn.zeren.accountability.CaseCount;
import cn.zeren.accountability.CaseStatus;
import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.platform.web.Pages;
import cn.zeren.security.AccessPolicy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * 责任追究 ({@code accountability.xhtml}) and 责任追究统计 ({@code accountability-statistics.xhtml}): the cases the
 * caller may read, filtered by year opened, unit (with the units below), ground, severity and status, and the
 * counts by year, unit, ground and severity of the same selection.
 */
@Named
@ViewScoped
public class CasesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountabilityService cases;
  @Inject OrganisationService organisations;
  @Inject AccessPolicy access;

  private final CaseFilterForm filter = new CaseFilterForm();
  private List<CaseRow> rows = List.of();
  private List<CaseCount> counts = List.of();
  private List<Choice> units = List.of();

  /** A unit or ground to filter by. */
  public record Choice(Object value, String label) implements Serializable {}

  /** A total of the statistics. */
  public record Total(String label, long count) implements Serializable {}

  public void load() {
    Pages.load(
        () -> {
          access.scopeFor(AccountabilityAction.VIEW);
          units =
              organisations.visibleTree().stream()
                  .filter(o -> access.permits(AccountabilityAction.VIEW, o))
                  .map(o -> new Choice(o.getId(), o.getName()))
                  .toList();
          search();
        });
  }

  /** What the page's introduction cites, as the pack names it: each side's grounds, the matrix, the procedure. */
  public List<String> getIntroArticles() {
    AccountabilityCatalogue catalogue = cases.catalogue();
    return List.of(
        catalogue.groundArticles(AccountabilityCatalogue.Body.PARTY_COMMITTEE),
        catalogue.groundArticles(AccountabilityCatalogue.Body.DISCIPLINE_BODY),
        catalogue.matrix() == null ? "" : catalogue.matrix().ruleId(),
        catalogue.procedure() == null ? "" : catalogue.procedure().ruleId());
  }

  public void search() {
    AccountabilityCatalogue catalogue = cases.catalogue();
    rows = cases.list(filter.toFilter()).stream().map(c -> CaseRow.of(c, catalogue, cases.canManage(c))).toList();
    counts = cases.statistics(filter.toFilter());
  }

  public void reset() {
    filter.setYear(null);
    filter.setOrganisationId(null);
    filter.setGround(null);
    filter.setSeverity(null);
    filter.setStatus(null);
    search();
  }

  public boolean isCanCreate() {
    return cases.canCreate();
  }

  public CaseFilterForm getFilter() {
    return filter;
  }

  public List<CaseRow> getRows() {
    return rows;
  }

  public List<CaseCount> getCounts() {
    return counts;
  }

  public List<Choice> getUnits() {
    return units;
  }

  public List<Choice> getGrounds() {
    return cases.catalogue().grounds().stream()
        .map(g -> new Choice(g.ruleId(), g.ruleId() + " " + g.title()))
        .toList();
  }

  public List<Integer> getYears() {
    int now = LocalDate.now(Deadlines.BEIJING).getYear();
    return IntStream.rangeClosed(0, 9).mapToObj(i -> now - i).toList();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public CaseStatus[] getStatuses() {
    return CaseStatus.values();
  }

  public long getTotal() {
    return counts.stream().mapToLong(CaseCount::count).sum();
  }

  /** Counts per ground in the catalogue's order (grounds without cases left out). */
  public List<Total> getByGround() {
    Map<String, Long> sums = new LinkedHashMap<>();
    cases.catalogue().grounds().forEach(g -> sums.put(g.ruleId() + " " + g.title(), 0L));
    AccountabilityCatalogue catalogue = cases.catalogue();
    for (CaseCount c : counts) {
      String key = catalogue.ground(c.ground()).map(g -> g.ruleId() + " " + g.title()).orElse(c.ground());
      sums.merge(key, c.count(), Long::sum);
    }
    return sums.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> new Total(e.getKey(), e.getValue()))
        .toList();
  }

  /** Counts per severity (the key is the severity's name, or "none" when not yet graded). */
  public List<Total> getBySeverity() {
    Map<Severity, Long> sums = new EnumMap<>(Severity.class);
    long ungraded = 0;
    for (CaseCount c : counts) {
      if (c.severity() == null) {
        ungraded += c.count();
      } else {
        sums.merge(c.severity(), c.count(), Long::sum);
      }
    }
    List<Total> totals = new java.util.ArrayList<>(
        sums.entrySet().stream().map(e -> new Total(e.getKey().name(), e.getValue())).toList());
    if (ungraded > 0) {
      totals.add(new Total("none", ungraded));
    }
    return totals;
  }
}
