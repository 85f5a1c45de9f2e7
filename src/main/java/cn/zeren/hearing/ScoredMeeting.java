package cn.zeren.hearing;

import cn.zeren.security.Role;
import java.math.BigDecimal;

/**
 * A meeting at which the commission hears speakers face to face and scores them on the spot (YW-10.2 专题汇报会,
 * YW-10.4 述职会议): the obligation it fulfils, who speaks, the scoring scale and how the result is formed.
 *
 * @param code stable identifier, e.g. {@code HEARING}
 * @param ruleId the obligation of the pack that holding the meeting fulfils
 * @param speakerRole the role, in each unit heard, of the person who reports
 * @param scale the scores a scorer may give
 * @param dropHighestAndLowest whether the result drops one highest and one lowest score (去掉一个最高分和一个最低分)
 * @param minimumScoresToDrop the number of scores from which the extremes are dropped (below it: plain average)
 * @param interpretation how the pack reads what the article leaves open, or null
 */
public record ScoredMeeting(
    String code,
    String ruleId,
    String title,
    Role speakerRole,
    Scale scale,
    boolean dropHighestAndLowest,
    int minimumScoresToDrop,
    String interpretation) {

  /** Scores from {@code min} to {@code max} in steps of {@code step}. */
  public record Scale(BigDecimal min, BigDecimal max, BigDecimal step) {

    /** Whether a score lies on the scale: within its bounds and a whole number of steps above its minimum. */
    public boolean admits(BigDecimal score) {
      if (score == null || score.compareTo(min) < 0 || score.compareTo(max) > 0) {
        return false;
      }
      return score.subtract(min).remainder(step).signum() == 0;
    }
  }
}
