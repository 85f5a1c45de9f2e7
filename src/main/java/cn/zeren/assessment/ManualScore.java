package cn.zeren.assessment;

import cn.zeren.assessment.ManualEntry.ManualKind;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A reviewer's score of a manual indicator or adjustment of any indicator for one unit and year, with the written
 * justification the scoring shows (人工评分 / 人工调整, YW-13.2). Changes are audited and guarded by the version.
 */
@Entity
@Table(name = "assessment_manual")
public class ManualScore extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "set_id", nullable = false, updatable = false)
  private AssessmentSet set;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(name = "indicator_code", nullable = false, length = 30, updatable = false)
  private String indicatorCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private ManualKind kind;

  @Column(nullable = false, precision = 6, scale = 2)
  private BigDecimal points;

  @Column(nullable = false, length = 2000)
  private String justification;

  @Column(name = "entered_by_name", nullable = false, length = 100)
  private String enteredByName;

  protected ManualScore() {}

  ManualScore(AssessmentSet set, Organisation organisation, String indicatorCode, ManualKind kind) {
    this.set = set;
    this.organisation = organisation;
    this.indicatorCode = indicatorCode;
    this.kind = kind;
  }

  void set(BigDecimal points, String justification, String by) {
    this.points = points;
    this.justification = justification;
    this.enteredByName = by;
  }

  public ManualEntry entry() {
    return new ManualEntry(getId(), indicatorCode, kind, points, justification, enteredByName);
  }

  public AssessmentSet getSet() {
    return set;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public ManualKind getKind() {
    return kind;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public String getJustification() {
    return justification;
  }

  public String getEnteredByName() {
    return enteredByName;
  }
}
