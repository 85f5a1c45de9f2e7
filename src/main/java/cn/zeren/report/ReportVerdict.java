package cn.zeren.report;

import java.time.Instant;

/**
 * The outcome of one report as the assessment context (考核评价, YW-13) reads it through
 * {@link ReportService#verdicts}: accepted or not, submitted on time or late (and by how many seconds), how many
 * times the reviewers returned it.
 */
public record ReportVerdict(
    long reportId,
    String typeCode,
    String ruleId,
    long organisationId,
    int year,
    String periodKey,
    ReportStatus status,
    boolean accepted,
    boolean submitted,
    boolean late,
    long lateSeconds,
    int timesReturned,
    Instant firstSubmittedAt) {

  static ReportVerdict of(Report r) {
    return new ReportVerdict(
        r.getId(), r.getTypeCode(), r.getRuleId(), r.getOrganisation().getId(), r.getYear(), r.getPeriodKey(),
        r.getStatus(), r.getStatus() == ReportStatus.ACCEPTED, r.getFirstSubmittedAt() != null, r.isLate(),
        r.getLateSeconds(), r.getReturnCount(), r.getFirstSubmittedAt());
  }
}
