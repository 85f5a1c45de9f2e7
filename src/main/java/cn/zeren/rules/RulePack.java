package cn.zeren.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A locality's regulation as data (规则包): versioned, each obligation citing its article, and one section per
 * context that has rules of its own (report types, scored meetings, interviews …), asked for by type —
 * {@code pack.section(InterviewCatalogue.class)}. The seeded default is Yiwu's work rules (YW); another locality is
 * another pack, not a code change.
 */
public record RulePack(
    String id,
    String version,
    String title,
    String source,
    String notes,
    List<ObligationRule> obligations,
    Map<Class<?>, Object> sections) {

  public RulePack {
    obligations = List.copyOf(obligations);
    sections = Map.copyOf(sections);
  }

  /** A context's section; every deployed section is present (its empty value when the pack has none of it). */
  public <T> T section(Class<T> type) {
    Object value = sections.get(type);
    if (value == null) {
      throw new IllegalStateException("The rule pack has no section " + type.getName() + ": its reader is not deployed");
    }
    return type.cast(value);
  }

  public Optional<ObligationRule> rule(String ruleId) {
    return obligations.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  /** The obligations generated for every year (all but those that arise from events). */
  public List<ObligationRule> periodic() {
    return obligations.stream().filter(r -> r.frequency() != Frequency.PER_EVENT).toList();
  }
}
