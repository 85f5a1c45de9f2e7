package cn.zeren.assessment;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a unit's score breakdown (得分明细): the points it gives (negative for a deduction), the points it lost
 * against its share, the reason citing the rule, and its evidence — or none, when the reason names what is missing.
 */
public record ScoreItem(
    String indicatorCode, String indicatorName, String ruleId, BigDecimal points, BigDecimal lost, String reason,
    Evidence evidence) implements Serializable {

  public boolean hasEvidence() {
    return evidence != null;
  }
}
