package cn.zeren.report;

/**
 * What the review list shows: each criterion is optional (null means any).
 *
 * @param late true for late submissions only, false for those on time
 */
public record ReportFilter(String typeCode, Integer year, ReportStatus status, Boolean late) {
  public static final ReportFilter ANY = new ReportFilter(null, null, null, null);
}
