package cn.zeren.assessment;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** One indicator (考核指标) of a year's set: as in the pack's template, with the name and points the commission set. */
@Entity
@Table(name = "assessment_indicator")
public class AssessmentIndicator extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "set_id", nullable = false, updatable = false)
  private AssessmentSet set;

  @Column(nullable = false, length = 30, updatable = false)
  private String code;

  @NotBlank(message = "{assessment.indicator.name.required}")
  @Size(max = 200, message = "{assessment.indicator.name.size}")
  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  private ScoringKind kind;

  @Column(name = "rule_ids", nullable = false, length = 200, updatable = false)
  private String ruleIds;

  @DecimalMin(value = "0.5", message = "{assessment.indicator.points.range}")
  @DecimalMax(value = "100", message = "{assessment.indicator.points.range}")
  @Column(name = "max_points", nullable = false, precision = 6, scale = 2)
  private BigDecimal maxPoints;

  @Column(nullable = false, length = 2000, updatable = false)
  private String parameters;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected AssessmentIndicator() {}

  AssessmentIndicator(AssessmentSet set, IndicatorTemplate template, int sortOrder) {
    this.set = set;
    this.code = template.code();
    this.name = template.name();
    this.kind = template.kind();
    this.ruleIds = String.join(",", template.ruleIds());
    this.maxPoints = template.maxPoints();
    this.parameters = ParametersCodec.write(template.parameters());
    this.sortOrder = sortOrder;
  }

  /** The indicator as the scoring reads it. */
  public IndicatorTemplate template() {
    return new IndicatorTemplate(code, name, kind, getRuleIdList(), maxPoints, ParametersCodec.read(parameters));
  }

  void change(String name, BigDecimal maxPoints) {
    this.name = name;
    this.maxPoints = maxPoints;
  }

  public AssessmentSet getSet() {
    return set;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public ScoringKind getKind() {
    return kind;
  }

  public List<String> getRuleIdList() {
    return Arrays.asList(ruleIds.split(","));
  }

  public String getRuleIds() {
    return ruleIds;
  }

  public BigDecimal getMaxPoints() {
    return maxPoints;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
