package cn.zeren.rules;

import java.util.List;
import java.util.Map;
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

  /** A section's value from a map of them by type; a missing one is a fault of the build (its reader not deployed). */
  static <T> T section(Map<Class<?>, Object> sections, Class<T> type) {
    Object value = sections.get(type);
    if (value == null) {
      throw new IllegalStateException("The rule pack has no section " + type.getName() + ": its reader is not deployed");
    }
    return type.cast(value);
  }
}
