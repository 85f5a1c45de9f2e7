package cn.zeren.report.api;

import cn.zeren.calendar.Deadlines;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.report.Report;
import cn.zeren.report.ReportType;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A report as the API lists it; times in Beijing time ({@code +08:00}). {@code coveredYear} is the year reported
 * on (Y−1 for the 15 January report of year Y, YW-10.1); {@code lateBy} says how late the first submission was.
 */
public record ReportView(
    long id,
    long version,
    String type,
    String title,
    String ruleId,
    long organisationId,
    String organisationName,
    int year,
    String period,
    Integer coveredYear,
    String eventDate,
    String dueAt,
    String status,
    int currentVersion,
    int timesReturned,
    String firstSubmittedAt,
    boolean late,
    long lateSeconds,
    String lateBy,
    String acceptedAt,
    String author) {

  static ReportView of(Report r, ReportType type) {
    return new ReportView(
        r.getId(), r.getVersion(), r.getTypeCode(), type.title(), r.getRuleId(), r.getOrganisation().getId(),
        r.getOrganisation().getName(), r.getYear(), r.getPeriodKey(), r.getCoveredYear(),
        r.getEventDate() == null ? null : r.getEventDate().toString(), beijing(r.getDueAt()), r.getStatus().name(),
        r.getCurrentVersion(), r.getReturnCount(), beijing(r.getFirstSubmittedAt()), r.isLate(), r.getLateSeconds(),
        r.isLate() ? r.getLateness().delay(Texts.CHINESE) : null, beijing(r.getAcceptedAt()), r.getAuthorName());
  }

  static String beijing(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, Deadlines.BEIJING).toString();
  }
}
