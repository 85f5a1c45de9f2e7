package cn.zeren.assessment;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A year's indicator set (量化考核指标, YW-13.2): drawn up at the start of the year from the rule pack's template,
 * edited by the commission while {@link Status#DRAFT}, locked once {@link Status#PUBLISHED}. It also carries where
 * the year's results stand: computed (a snapshot, recomputed at will) and then published to a scope (YW-13.3),
 * which freezes them.
 */
@Entity
@Table(name = "assessment_set")
public class AssessmentSet extends VersionedEntity {
  public enum Status {
    DRAFT,
    PUBLISHED
  }

  public enum ResultStatus {
    NONE,
    COMPUTED,
    PUBLISHED
  }

  @Column(name = "year_no", nullable = false, updatable = false)
  private int year;

  @Column(name = "pack_id", nullable = false, length = 40, updatable = false)
  private String packId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.DRAFT;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by", length = 100)
  private String publishedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "results_status", nullable = false, length = 16)
  private ResultStatus resultStatus = ResultStatus.NONE;

  @Enumerated(EnumType.STRING)
  @Column(name = "results_scope", length = 16)
  private PublicationReach resultScope;

  @Column(name = "results_computed_at")
  private Instant resultsComputedAt;

  @Column(name = "results_published_at")
  private Instant resultsPublishedAt;

  @Column(name = "results_published_by", length = 100)
  private String resultsPublishedBy;

  @OneToMany(mappedBy = "set", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder, id")
  private List<AssessmentIndicator> indicators = new ArrayList<>();

  protected AssessmentSet() {}

  AssessmentSet(int year, String packId) {
    this.year = year;
    this.packId = packId;
  }

  void publish(Instant at, String by) {
    status = Status.PUBLISHED;
    publishedAt = at;
    publishedBy = by;
  }

  void computed(Instant at) {
    resultStatus = ResultStatus.COMPUTED;
    resultsComputedAt = at;
  }

  void publishResults(PublicationReach scope, Instant at, String by) {
    resultStatus = ResultStatus.PUBLISHED;
    resultScope = scope;
    resultsPublishedAt = at;
    resultsPublishedBy = by;
  }

  public boolean isDraft() {
    return status == Status.DRAFT;
  }

  public boolean isResultsPublished() {
    return resultStatus == ResultStatus.PUBLISHED;
  }

  public int getYear() {
    return year;
  }

  public String getPackId() {
    return packId;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public ResultStatus getResultStatus() {
    return resultStatus;
  }

  public PublicationReach getResultScope() {
    return resultScope;
  }

  public Instant getResultsComputedAt() {
    return resultsComputedAt;
  }

  public Instant getResultsPublishedAt() {
    return resultsPublishedAt;
  }

  public String getResultsPublishedBy() {
    return resultsPublishedBy;
  }

  public List<AssessmentIndicator> getIndicators() {
    return indicators;
  }
}
