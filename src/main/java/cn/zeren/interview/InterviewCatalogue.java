package cn.zeren.interview;

import java.util.List;
import java.util.Optional;

/**
 * The interview types of the rule pack and the thresholds that suggest one (约谈提醒, YW-12): this context's section
 * of the pack.
 */
public record InterviewCatalogue(List<InterviewType> types, List<InterviewTrigger> triggers) {
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
}
