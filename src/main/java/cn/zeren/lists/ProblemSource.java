package cn.zeren.lists;

/**
 * Where a problem of a problem list came from (问题来源, YW-11.1: 日常检查、专项监督、案件调查、群众反映, and in
 * practice inspection and upper-level feedback).
 *
 * @param followUpRuleId the per-event obligation a problem of this source opens (YW-6.12: plan within a month,
 *     progress every three months), or null
 */
public record ProblemSource(String code, String title, String followUpRuleId) {

  public boolean followedUp() {
    return followUpRuleId != null;
  }
}
