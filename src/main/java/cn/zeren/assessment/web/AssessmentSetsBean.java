package cn.zeren.assessment.web;

import cn.zeren.assessment.AssessmentIndicator;
import cn.zeren.assessment.AssessmentService;
import cn.zeren.assessment.AssessmentSet;
import cn.zeren.assessment.IndicatorTemplate;
import cn.zeren.calendar.Deadlines;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 考核指标 ({@code assessment-sets.xhtml?year=Y}): the year's indicator set (YW-13.2) — drawn up from the rule pack's
 * template, its indicators' names and points edited, removed or added again while draft, then published and so
 * locked after a confirmation. The service refuses any edit of a published set.
 */
@Named
@ViewScoped
public class AssessmentSetsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "setForm";

  @Inject AssessmentService assessments;

  private int year = LocalDate.now(Deadlines.BEIJING).getYear();
  private boolean exists;
  private boolean draft;
  private long version;
  private String publishedBy;
  private List<Row> rows = new ArrayList<>();
  private List<IndicatorTemplate> addable = List.of();
  private String addCode;

  /** An indicator as the page edits it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final long version;
    private final String code;
    private final String kind;
    private final String ruleIds;
    private String name;
    private BigDecimal maxPoints;

    Row(AssessmentIndicator i) {
      id = i.getId();
      version = i.getVersion();
      code = i.getCode();
      kind = i.getKind().name();
      ruleIds = i.getRuleIds().replace(",", "、");
      name = i.getName();
      maxPoints = i.getMaxPoints();
    }

    public long getId() {
      return id;
    }

    public String getCode() {
      return code;
    }

    public String getKind() {
      return kind;
    }

    public String getRuleIds() {
      return ruleIds;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public BigDecimal getMaxPoints() {
      return maxPoints;
    }

    public void setMaxPoints(BigDecimal maxPoints) {
      this.maxPoints = maxPoints;
    }
  }

  public void load() {
    Pages.load(this::refresh);
  }

  private void refresh() {
    AssessmentSet set = assessments.set(year).orElse(null);
    exists = set != null;
    rows = new ArrayList<>();
    addable = List.of();
    if (set == null) {
      return;
    }
    draft = set.isDraft();
    version = set.getVersion();
    publishedBy = set.getPublishedBy();
    set.getIndicators().forEach(i -> rows.add(new Row(i)));
    addable = assessments.template().indicators().stream()
        .filter(t -> set.getIndicators().stream().noneMatch(i -> i.getCode().equals(t.code())))
        .toList();
  }

  public void create() {
    act(() -> assessments.createSet(year), "assessment.set.created");
  }

  public void save(Row row) {
    act(() -> assessments.changeIndicator(row.id, row.version, row.name, row.maxPoints), "assessment.indicator.saved");
  }

  public void remove(Row row) {
    act(() -> assessments.removeIndicator(row.id, row.version), "assessment.indicator.removed");
  }

  public void add() {
    act(() -> assessments.addIndicator(year, addCode), "assessment.indicator.added");
    addCode = null;
  }

  public void publish() {
    act(() -> assessments.publishSet(year, version), "assessment.set.published");
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      Messages.info(doneKey);
      refresh();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  public BigDecimal getSum() {
    return rows.stream().map(Row::getMaxPoints).filter(p -> p != null).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean isMayPublish() {
    return assessments.mayPublish();
  }

  /** The article the indicator sets enforce, cited in the page's introduction. */
  public String getRule() {
    return assessments.template().ruleId();
  }

  public String getInterpretation() {
    return assessments.template().interpretation();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public boolean isExists() {
    return exists;
  }

  public boolean isDraft() {
    return draft;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<IndicatorTemplate> getAddable() {
    return addable;
  }

  public String getAddCode() {
    return addCode;
  }

  public void setAddCode(String addCode) {
    this.addCode = addCode;
  }
}
