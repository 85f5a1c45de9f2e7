package cn.zeren.interview.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.interview.CoverageRow;
import cn.zeren.interview.InterviewService;
import cn.zeren.interview.InterviewTrigger;
import cn.zeren.interview.InterviewType;
import cn.zeren.interview.Suggestion;
import cn.zeren.interview.UnitFigures;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 约谈统筹 ({@code interview-oversight.xhtml}, commission): the lower-level heads not yet interviewed this year
 * (YW-12.2) with their count, the suggested interviews the thresholds put in the queue, and the figures per unit and
 * year that feed them.
 */
@Named
@ViewScoped
public class InterviewOversight implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "figuresForm";

  @Inject InterviewService interviews;

  private int year = LocalDate.now(Deadlines.BEIJING).getYear();
  private List<CoverageRow> coverage = List.of();
  private transient List<Suggestion> suggestions = List.of();
  private List<InterviewEditor.Choice> units = List.of();
  private Long unitId;
  private Long figuresVersion;
  private Integer otherProblems;
  private Integer petitions;
  private Integer cases;
  private BigDecimal satisfaction;

  public void load() {
    Pages.load(() -> {
      units = interviews.schedulableUnits().stream()
          .filter(o -> o.getParent() != null)
          .map(o -> new InterviewEditor.Choice(o.getId(), o.getName()))
          .toList();
      refresh();
    });
  }

  private void refresh() {
    coverage = interviews.coverage(year);
    suggestions = interviews.suggestions(year);
  }

  /** The unit or year of the figures form changed: show what is recorded. */
  public void loadFigures() {
    Optional<UnitFigures> figures = unitId == null ? Optional.empty() : interviews.figures(unitId, year);
    figuresVersion = figures.map(UnitFigures::getVersion).orElse(null);
    otherProblems = figures.map(UnitFigures::getOtherProblems).orElse(null);
    petitions = figures.map(UnitFigures::getPetitions).orElse(null);
    cases = figures.map(UnitFigures::getCases).orElse(null);
    satisfaction = figures.map(UnitFigures::getSatisfaction).orElse(null);
  }

  public void changeYear() {
    refresh();
    loadFigures();
  }

  public void saveFigures() {
    if (unitId == null) {
      Messages.show(cn.zeren.platform.DomainException.onField("unitId", "interview.unit.required"), FORM);
      return;
    }
    try {
      interviews.recordFigures(unitId, year, figuresVersion, orZero(otherProblems), orZero(petitions), orZero(cases),
          satisfaction);
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
      return;
    }
    Messages.info("interview.figures.saved");
    refresh();
    loadFigures();
  }

  public void evaluate() {
    int created = interviews.evaluateAll(year);
    Messages.info("interview.suggestions.evaluated", created);
    refresh();
  }

  public void dismiss(Suggestion suggestion) {
    try {
      interviews.dismiss(suggestion.getId(), suggestion.getVersion());
    } catch (RuntimeException e) {
      Messages.show(e, null);
      return;
    }
    Messages.info("interview.suggestion.dismissed");
    refresh();
  }

  public InterviewTrigger trigger(String code) {
    return interviews.trigger(code);
  }

  /** The type that counts for the yearly interview of the heads (rule pack flag {@code yearlyCoverage}). */
  public String getYearlyType() {
    return interviews.types().stream().filter(InterviewType::yearlyCoverage).map(InterviewType::code).findFirst()
        .orElse(null);
  }

  /** The article of the yearly interview of the heads, cited in the coverage panel's title. */
  public String getCoverageRule() {
    return interviews.types().stream().filter(InterviewType::yearlyCoverage).map(InterviewType::ruleId).findFirst()
        .orElse("");
  }

  /** The articles of the pack's thresholds, cited in the suggestions panel's title. */
  public List<String> getSuggestionRules() {
    return interviews.triggers().stream().map(InterviewTrigger::ruleId).distinct().toList();
  }

  public long getOpenCount() {
    return coverage.stream().filter(CoverageRow::open).count();
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public List<CoverageRow> getCoverage() {
    return coverage;
  }

  public List<Suggestion> getSuggestions() {
    return suggestions;
  }

  public List<InterviewEditor.Choice> getUnits() {
    return units;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Integer getOtherProblems() {
    return otherProblems;
  }

  public void setOtherProblems(Integer otherProblems) {
    this.otherProblems = otherProblems;
  }

  public Integer getPetitions() {
    return petitions;
  }

  public void setPetitions(Integer petitions) {
    this.petitions = petitions;
  }

  public Integer getCases() {
    return cases;
  }

  public void setCases(Integer cases) {
    this.cases = cases;
  }

  public BigDecimal getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(BigDecimal satisfaction) {
    this.satisfaction = satisfaction;
  }
}
