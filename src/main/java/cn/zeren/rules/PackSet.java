package cn.zeren.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The packs a locality ships (配置的规则包): those always in force, and the variant groups whose packs replace each
 * other (inspection by JDZ or by ZZ). Every choice the administrator could make is composed once when the set is
 * built, so a conflict between any two packs that could ever be in force together stops the start, naming both.
 */
public final class PackSet {
  private final List<RulePack> packs;
  private final Map<String, List<RulePack>> groups = new LinkedHashMap<>();

  public PackSet(List<RulePack> packs) {
    this.packs = List.copyOf(packs);
    for (RulePack pack : packs) {
      if (pack.variant() != null) {
        groups.computeIfAbsent(pack.variant().group(), g -> new ArrayList<>()).add(pack);
      }
    }
    List<String> problems = new ArrayList<>();
    Set<String> files = new LinkedHashSet<>();
    for (Map<String, String> choice : everyChoice()) {
      try {
        compose(choice);
      } catch (RulePackException e) {
        files.add(e.getSource());
        e.getProblems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new RulePackException(String.join("、", files), problems);
    }
  }

  /** Every configured pack, in the configuration's order. */
  public List<RulePack> packs() {
    return packs;
  }

  /** The variant groups with their packs, in the configuration's order. */
  public Map<String, List<RulePack>> groups() {
    return Map.copyOf(groups);
  }

  public List<String> groupKeys() {
    return List.copyOf(groups.keySet());
  }

  public List<RulePack> options(String group) {
    return groups.getOrDefault(group, List.of());
  }

  /** The pack a group uses when the administrator has chosen none: the first the configuration lists. */
  public RulePack defaultOption(String group) {
    return options(group).get(0);
  }

  /** The group's pack with the given id, if it is one of the group's options. */
  public Optional<RulePack> option(String group, String packId) {
    return options(group).stream().filter(p -> p.id().equals(packId)).findFirst();
  }

  /**
   * The regulation in force for the given choices (group → pack id): every pack outside a group and, for each
   * group, the chosen pack — the group's first when the choice is missing or names no pack of the group (a pack
   * withdrawn from the configuration).
   */
  public Regulation compose(Map<String, String> choices) {
    List<RulePack> active = new ArrayList<>();
    for (RulePack pack : packs) {
      if (pack.variant() == null || chosen(pack.variant().group(), choices) == pack) {
        active.add(pack);
      }
    }
    return Regulation.of(active);
  }

  /** The pack a group uses under the given choices. */
  public RulePack chosen(String group, Map<String, String> choices) {
    String id = choices.get(group);
    return id == null ? defaultOption(group) : option(group, id).orElse(defaultOption(group));
  }

  private List<Map<String, String>> everyChoice() {
    List<Map<String, String>> result = new ArrayList<>();
    result.add(Map.of());
    for (Map.Entry<String, List<RulePack>> group : groups.entrySet()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : result) {
        for (RulePack option : group.getValue()) {
          Map<String, String> choice = new LinkedHashMap<>(partial);
          choice.put(group.getKey(), option.id());
          next.add(choice);
        }
      }
      result = next;
    }
    return result;
  }
}
