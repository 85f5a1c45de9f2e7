package cn.zeren.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One regulation document as data (规则包): versioned, each obligation citing its article, and one section per
 * context that has rules of its own (report types, scored meetings, interviews …), asked for by type —
 * {@code pack.section(InterviewCatalogue.class)}. A locality's active regulation is a set of packs composed into a
 * {@link Regulation} (Yiwu's work rules YW, and for inspection JDZ's or ZZ's measures); another locality is another
 * set of packs, not a code change.
 *
 * @param file where the pack was read from, for messages naming it
 * @param variant the alternatives this pack belongs to, or null when it is always active
 * @param sections every deployed section's value (its empty value where the pack has none of its keys)
 * @param defined the sections whose keys the document holds: only these count when packs are composed
 */
public record RulePack(
    String id,
    String version,
    String title,
    String source,
    String notes,
    String file,
    PackVariant variant,
    List<ObligationRule> obligations,
    Map<Class<?>, Object> sections,
    Set<Class<?>> defined) implements RuleLookup {

  public RulePack {
    obligations = List.copyOf(obligations);
    sections = Map.copyOf(sections);
    defined = Set.copyOf(defined);
  }

  /** The pack's name in messages: its id and version and the file it came from. */
  public String label() {
    return id + " " + version + "（" + file + "）";
  }

  /** A context's section; every deployed section is present (its empty value when the pack has none of it). */
  @Override
  public <T> T section(Class<T> type) {
    return RuleLookup.section(sections, type);
  }

  @Override
  public Optional<ObligationRule> rule(String ruleId) {
    return obligations.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }
}
