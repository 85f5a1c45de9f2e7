package cn.zeren.assessment;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The stored result of one unit for a year (the snapshot the publication freezes): total, rank, grade and the
 * breakdown's items as JSON. Written in bulk by {@link ResultStore} (one audit event per computation), read here.
 */
@Entity
@Cacheable(false)
@Table(name = "assessment_result")
public class AssessmentResult {
  @Id private Long id;

  @Column(name = "set_id", insertable = false, updatable = false)
  private long setId;

  @Column(name = "organisation_id", insertable = false, updatable = false)
  private long organisationId;

  @Column(name = "organisation_name", insertable = false, updatable = false)
  private String organisationName;

  @Column(insertable = false, updatable = false)
  private BigDecimal total;

  @Column(name = "rank_no", insertable = false, updatable = false)
  private int rank;

  @Column(name = "grade_code", insertable = false, updatable = false)
  private String gradeCode;

  @Column(name = "grade_label", insertable = false, updatable = false)
  private String gradeLabel;

  @Column(insertable = false, updatable = false)
  private String items;

  @Column(name = "computed_at", insertable = false, updatable = false)
  private Instant computedAt;

  protected AssessmentResult() {}

  public Long getId() {
    return id;
  }

  public long getSetId() {
    return setId;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public int getRank() {
    return rank;
  }

  public String getGradeCode() {
    return gradeCode;
  }

  public String getGradeLabel() {
    return gradeLabel;
  }

  public String getItems() {
    return items;
  }

  public Instant getComputedAt() {
    return computedAt;
  }
}
