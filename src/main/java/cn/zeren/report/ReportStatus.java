package cn.zeren.report;

/**
 * Where a report stands (报告状态): a draft being written, waiting for the approving leader, submitted to the
 * reviewers (read-only from then on), returned to the author with a comment — the next submission is a new
 * version — or accepted.
 */
public enum ReportStatus {
  DRAFT,
  AWAITING_APPROVAL,
  SUBMITTED,
  RETURNED,
  ACCEPTED;

  /** The author may change the content and hand it in. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}
