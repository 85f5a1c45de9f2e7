package cn.zeren.report;

/**
 * What the acting role may do to a report in its present state.
 *
 * @param edit write the sections, attach the document and hand it in (the author's side, while a draft or returned)
 * @param approve approve and submit, or send back (the type's approving leader, while awaiting approval)
 * @param review return with a comment or accept (the type's reviewers, while submitted)
 */
public record ReportActions(boolean edit, boolean approve, boolean review) {}
