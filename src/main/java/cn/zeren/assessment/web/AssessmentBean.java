package cn.zeren.assessment.web;

import cn.zeren.assessment.AssessmentService;
import cn.zeren.assessment.AssessmentSet;
import cn.zeren.assessment.PublicationReach;
import cn.zeren.assessment.PublicationScope;
import cn.zeren.assessment.RankingRow;
import cn.zeren.calendar.Deadlines;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * 考核评价 ({@code assessment.xhtml?year=Y}): the year's ranking with totals, grades and ranks, each unit opening its
 * breakdown; for the commission also computing (again until published) and publishing to a scope (YW-13.3) after a
 * confirmation; exports of the ranking to Excel and PDF. A unit's roles see what the published scope shows them.
 */
@Named
@ViewScoped
public class AssessmentBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "rankingForm";

  @Inject AssessmentService assessments;

  private Integer year;
  private boolean commission;
  private AssessmentSet set;
  private List<Integer> years = List.of();
  private List<RankingRow> rows = List.of();
  private PublicationReach scope;

  public void load() {
    Pages.load(this::refresh);
  }

  private void refresh() {
    commission = assessments.commission();
    TreeSet<Integer> known = new TreeSet<>();
    assessments.readableYears().forEach(s -> known.add(s.getYear()));
    if (commission) {
      known.add(LocalDate.now(Deadlines.BEIJING).getYear());
    }
    years = known.descendingSet().stream().toList();
    if (year == null && !years.isEmpty()) {
      year = years.get(0);
    }
    set = commission && year != null ? assessments.set(year).orElse(null) : null;
    rows = year == null || (commission && (set == null || set.getResultStatus() == AssessmentSet.ResultStatus.NONE))
        || (!commission && !years.contains(year)) ? List.of() : assessments.ranking(year);
  }

  public void compute() {
    try {
      int units = assessments.compute(year);
      Messages.info("assessment.computed", String.valueOf(units));
      refresh();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  public void publish() {
    try {
      assessments.publishResults(year, set.getVersion(), scope);
      Messages.info("assessment.results.publishedDone");
      refresh();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  public List<PublicationScope> getScopes() {
    return assessments.template().scopes();
  }

  public boolean isMayCompute() {
    return commission && set != null && !set.isDraft() && !set.isResultsPublished();
  }

  public boolean isMayPublish() {
    return isMayCompute() && set.getResultStatus() == AssessmentSet.ResultStatus.COMPUTED && assessments.mayPublish();
  }

  public String getScopeLabel() {
    AssessmentSet s = set;
    if (s == null || s.getResultScope() == null) {
      return null;
    }
    return assessments.template().scope(s.getResultScope()).map(PublicationScope::label)
        .orElse(s.getResultScope().name());
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public boolean isCommission() {
    return commission;
  }

  public AssessmentSet getSet() {
    return set;
  }

  public List<Integer> getYears() {
    return years;
  }

  public List<RankingRow> getRows() {
    return rows;
  }

  public PublicationReach getScope() {
    return scope;
  }

  public void setScope(PublicationReach scope) {
    this.scope = scope;
  }
}
