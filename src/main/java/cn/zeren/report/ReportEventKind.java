package cn.zeren.report;

/** A step of a report's history (流转记录), each with who, when and any comment. */
public enum ReportEventKind {
  CREATED,
  SENT_FOR_APPROVAL,
  SENT_BACK,
  SUBMITTED,
  RETURNED,
  ACCEPTED
}
