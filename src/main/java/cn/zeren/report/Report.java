package cn.zeren.report;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A report (报告) of one unit for one obligation instance of the rule pack: its type, the period or event it is
 * for, where it stands, and the verdicts the assessment context reads — submitted on time or late (by the first
 * submission), how many times returned, accepted. Its content lives in {@link ReportVersion}s; every step is a
 * {@link ReportEvent}.
 */
@Entity
@Table(name = "report")
public class Report extends VersionedEntity {
  @Column(name = "type_code", nullable = false, length = 40, updatable = false)
  private String typeCode;

  @Column(name = "rule_id", nullable = false, length = 20, updatable = false)
  private String ruleId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(name = "obligation_id", nullable = false, updatable = false)
  private long obligationId;

  @Column(name = "year_no", nullable = false, updatable = false)
  private int year;

  @Column(name = "period_key", nullable = false, length = 12, updatable = false)
  private String periodKey;

  @Column(name = "covered_year", updatable = false)
  private Integer coveredYear;

  @Column(name = "event_date", updatable = false)
  private LocalDate eventDate;

  @Column(name = "due_date", nullable = false, updatable = false)
  private LocalDate dueDate;

  @Column(name = "due_at", nullable = false, updatable = false)
  private Instant dueAt;

  @Column(name = "author_person_id", nullable = false, updatable = false)
  private long authorPersonId;

  @Column(name = "author_name", nullable = false, length = 100, updatable = false)
  private String authorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReportStatus status = ReportStatus.DRAFT;

  @Column(name = "current_version", nullable = false)
  private int currentVersion = 1;

  @Column(name = "return_count", nullable = false)
  private int returnCount;

  @Column(name = "first_submitted_at")
  private Instant firstSubmittedAt;

  @Column(name = "last_submitted_at")
  private Instant lastSubmittedAt;

  @Column(nullable = false)
  private boolean late;

  @Column(name = "late_seconds", nullable = false)
  private long lateSeconds;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  /** The time of the last step, so that every step changes the report and raises its version (optimistic lock). */
  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  protected Report() {}

  /** A new draft for an obligation instance; the period, event and due time are the instance's. */
  Report(String typeCode, String ruleId, Organisation organisation, ObligationFacts instance, long authorPersonId,
      String authorName) {
    this.typeCode = Objects.requireNonNull(typeCode);
    this.ruleId = Objects.requireNonNull(ruleId);
    this.organisation = Objects.requireNonNull(organisation);
    this.obligationId = instance.id();
    this.year = instance.year();
    this.periodKey = instance.periodKey();
    this.coveredYear = instance.coveredYear();
    this.eventDate = instance.eventDate();
    this.dueDate = instance.dueDate();
    this.dueAt = instance.dueAt();
    this.authorPersonId = authorPersonId;
    this.authorName = Objects.requireNonNull(authorName);
  }

  void touch(Instant at) {
    lastActivityAt = at;
  }

  void awaitApproval() {
    status = ReportStatus.AWAITING_APPROVAL;
  }

  void backToDraft() {
    status = currentVersion > 1 ? ReportStatus.RETURNED : ReportStatus.DRAFT;
  }

  /** Submitted at {@code at}: the first submission decides on time or late (YW-10.1). */
  void submitted(Instant at, Lateness lateness) {
    status = ReportStatus.SUBMITTED;
    lastSubmittedAt = at;
    if (firstSubmittedAt == null) {
      firstSubmittedAt = at;
      late = lateness.late();
      lateSeconds = lateness.seconds();
    }
  }

  /** Returned to the author: the next submission will be version {@code n + 1}. */
  void returned() {
    status = ReportStatus.RETURNED;
    returnCount++;
    currentVersion++;
  }

  void accepted(Instant at) {
    status = ReportStatus.ACCEPTED;
    acceptedAt = at;
  }

  public Lateness getLateness() {
    return new Lateness(late, lateSeconds);
  }

  public String getTypeCode() {
    return typeCode;
  }

  public String getRuleId() {
    return ruleId;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public long getObligationId() {
    return obligationId;
  }

  public int getYear() {
    return year;
  }

  public String getPeriodKey() {
    return periodKey;
  }

  public Integer getCoveredYear() {
    return coveredYear;
  }

  public LocalDate getEventDate() {
    return eventDate;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public long getAuthorPersonId() {
    return authorPersonId;
  }

  public String getAuthorName() {
    return authorName;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public int getReturnCount() {
    return returnCount;
  }

  public Instant getFirstSubmittedAt() {
    return firstSubmittedAt;
  }

  public Instant getLastSubmittedAt() {
    return lastSubmittedAt;
  }

  public boolean isLate() {
    return late;
  }

  public long getLateSeconds() {
    return lateSeconds;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }
}
