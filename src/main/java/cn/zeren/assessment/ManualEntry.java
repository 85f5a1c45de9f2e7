package cn.zeren.assessment;

import java.math.BigDecimal;

/**
 * A reviewer's score of a manual indicator, or an adjustment (+/−) of any indicator, with its written justification
 * (人工评分 / 人工调整, YW-13.2), as the scoring reads it.
 */
public record ManualEntry(
    long id, String indicatorCode, ManualKind kind, BigDecimal points, String justification, String enteredBy) {

  /** A score of a MANUAL indicator, or an adjustment of any indicator. */
  public enum ManualKind {
    SCORE,
    ADJUSTMENT
  }
}
