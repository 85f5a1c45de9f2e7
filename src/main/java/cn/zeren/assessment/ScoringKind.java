package cn.zeren.assessment;

/**
 * How an assessment indicator (考核指标, YW-13.2) is scored: automatically from the data of another context, or by a
 * reviewer with a written justification.
 */
public enum ScoringKind {
  /** The annual written report (YW-10.1) submitted on time; late loses part of the points, missing all. */
  ANNUAL_REPORT,
  /** Obligation instances of the listed rules (meetings, lectures, analyses ...) done on time. */
  OBLIGATIONS_ON_TIME,
  /** Rectification items (YW-11.2) due in the year and written off by their deadline. */
  RECTIFICATION_ON_TIME,
  /** The yearly interview of the unit's heads (YW-12.2) held. */
  INTERVIEW_COVERAGE,
  /** Accountability cases decided against the unit (YW-16): deductions by severity from the indicator's points. */
  ACCOUNTABILITY_DEDUCTION,
  /** Reports returned by the reviewers: a deduction for each return. */
  REVIEW_RETURNS,
  /** The result of the scored meeting (YW-10.2), scaled to the indicator's points. */
  HEARING_SCORE,
  /** A reviewer's score with a written justification. */
  MANUAL
}
