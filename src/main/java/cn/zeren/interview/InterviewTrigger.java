package cn.zeren.interview;

import java.math.BigDecimal;

/**
 * A threshold that puts a suggested interview in the commission's queue (YW-12.2: 问题较多、来信来访较多、案件较多、
 * 民主测评满意度较低): the figure it watches, the bound, and the interview type it suggests.
 *
 * @param atLeast true: fires when the figure reaches the threshold; false: when it falls below it
 * @param interpretation how the pack turns the article's "较多/较低" into a number
 */
public record InterviewTrigger(
    String code,
    String ruleId,
    String title,
    Signal signal,
    BigDecimal threshold,
    boolean atLeast,
    String interviewType,
    String interpretation) {

  /** The figures a trigger can watch, per unit and year. */
  public enum Signal {
    /** 监督检查发现的问题 (open problems on the problem list and from other sources). */
    PROBLEMS,
    /** 群众来信来访 */
    PETITIONS,
    /** 违纪违法案件 */
    CASES,
    /** 民主测评满意度 (%) */
    SATISFACTION
  }

  /** Whether a figure crosses the threshold; no figure never fires. */
  public boolean firesOn(BigDecimal value) {
    if (value == null) {
      return false;
    }
    return atLeast ? value.compareTo(threshold) >= 0 : value.compareTo(threshold) < 0;
  }
}
