package cn.zeren.rules;

import java.util.List;
import java.util.Optional;

/**
 * What a context asks of its rules: an obligation rule by article id, the obligations, a section by type. One
 * pack answers it for itself (plain tests of one pack), the {@link Regulation} in force for the packs composed.
 */
public interface RuleLookup {
  List<ObligationRule> obligations();

  Optional<ObligationRule> rule(String ruleId);

  <T> T section(Class<T> type);

  /** The obligations generated for every year (all but those that arise from events). */
  default List<ObligationRule> periodic() {
    return obligations().stream().filter(r -> r.frequency() != Frequency.PER_EVENT).toList();
  }
}
