package cn.zeren.assessment.web;

import cn.zeren.assessment.AssessmentService;
import cn.zeren.assessment.IndicatorTemplate;
import cn.zeren.assessment.ManualEntry.ManualKind;
import cn.zeren.assessment.ManualScore;
import cn.zeren.assessment.UnitResult;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * 考核得分明细 ({@code assessment-unit.xhtml?year=Y&org=ID}): one unit's breakdown — each item with its points, the
 * reason citing the rule and a link to its evidence, or the missing item named; the score sheet as PDF and Excel;
 * for the commission's reviewers the manual scores and adjustments with their mandatory justification.
 */
@Named
@ViewScoped
public class AssessmentUnitPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "manualForm";

  @Inject AssessmentService assessments;

  private String year;
  private String org;
  private UnitResult result;
  private boolean mayScore;
  private List<ManualScore> entries = List.of();
  private List<IndicatorTemplate> indicators = List.of();
  private String indicatorCode;
  private ManualKind kind = ManualKind.SCORE;
  private BigDecimal points;
  private String justification;

  public void load() {
    Pages.load(this::refresh);
  }

  private void refresh() {
    int y = (int) Pages.id("assessment.set", year);
    long o = Pages.id("organisation", org);
    result = assessments.unitResult(y, o);
    mayScore = assessments.mayScore() && !result.published();
    if (mayScore) {
      entries = assessments.manualEntries(y, o);
      indicators = assessments.indicators(y);
    }
  }

  /** Saves a manual score or adjustment (changing the existing one of that indicator and kind) and recomputes. */
  public void saveManual() {
    try {
      Long expected = entries.stream()
          .filter(e -> e.getIndicatorCode().equals(indicatorCode) && e.getKind() == kind)
          .map(ManualScore::getVersion).findFirst().orElse(null);
      assessments.enterManual(result.year(), result.organisationId(), indicatorCode, kind, points, justification,
          expected);
      Messages.info("assessment.manual.saved");
      points = null;
      justification = null;
      refresh();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  public BigDecimal subtotal(String indicatorCode) {
    return result.items().stream().filter(i -> i.indicatorCode().equals(indicatorCode)).map(i -> i.points())
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  public ManualKind[] getKinds() {
    return ManualKind.values();
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getOrg() {
    return org;
  }

  public void setOrg(String org) {
    this.org = org;
  }

  public UnitResult getResult() {
    return result;
  }

  public boolean isMayScore() {
    return mayScore;
  }

  public List<ManualScore> getEntries() {
    return entries;
  }

  public List<IndicatorTemplate> getIndicators() {
    return indicators;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public void setIndicatorCode(String indicatorCode) {
    this.indicatorCode = indicatorCode;
  }

  public ManualKind getKind() {
    return kind;
  }

  public void setKind(ManualKind kind) {
    this.kind = kind;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
