package cn.zeren.interview;

import cn.zeren.security.Role;
import java.util.List;
import java.util.Optional;

/**
 * The interview types of the rule pack, the thresholds that suggest one (约谈提醒, YW-12) and the article on the
 * interviewee's explanation and its signed reply (情况说明、签字背书, {@code interviewExplanationRuleId}): this
 * context's section of the pack.
 */
public record InterviewCatalogue(List<InterviewType> types, List<InterviewTrigger> triggers, String explanationRuleId) {
  public InterviewCatalogue {
    types = List.copyOf(types);
    triggers = List.copyOf(triggers);
  }

  public Optional<InterviewType> type(String code) {
    return types.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public Optional<InterviewTrigger> trigger(String code) {
    return triggers.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /**
   * The heads interviewed each year (YW-12.2: 下一级党委、纪委主要负责人): the interviewee roles of the types that
   * count for the yearly coverage, in the roles' order.
   */
  public List<Role> heads() {
    return types.stream().filter(InterviewType::yearlyCoverage).flatMap(t -> t.intervieweeRoles().stream())
        .distinct().sorted().toList();
  }
}
