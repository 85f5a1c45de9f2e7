package cn.zeren.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A locality's active regulation (现行规则): the packs in force composed into one — every obligation of every
 * pack, each keeping its own article id and knowing the pack (and version) it came from, and each context's
 * section taken from the one pack that defines it. Two packs defining the same rule id, the same section or the
 * same pack id are refused naming both, so a city's regulation never says one thing twice.
 */
public final class Regulation implements RuleLookup {
  private final List<RulePack> packs;
  private final List<ObligationRule> obligations;
  private final Map<String, RulePack> packOfRule;
  private final Map<Class<?>, Object> sections;
  private final Map<Class<?>, RulePack> packOfSection;

  private Regulation(List<RulePack> packs, List<ObligationRule> obligations, Map<String, RulePack> packOfRule,
      Map<Class<?>, Object> sections, Map<Class<?>, RulePack> packOfSection) {
    this.packs = List.copyOf(packs);
    this.obligations = List.copyOf(obligations);
    this.packOfRule = Map.copyOf(packOfRule);
    this.sections = Map.copyOf(sections);
    this.packOfSection = Map.copyOf(packOfSection);
  }

  /** Composes the packs in the given order (rules are listed pack by pack); every conflict is listed together. */
  public static Regulation of(List<RulePack> packs) {
    if (packs.isEmpty()) {
      throw new RulePackException("规则包", List.of("没有任何现行规则包"));
    }
    List<String> problems = new ArrayList<>();
    Map<String, RulePack> byId = new HashMap<>();
    Map<String, RulePack> packOfRule = new LinkedHashMap<>();
    Map<Class<?>, RulePack> packOfSection = new HashMap<>();
    List<ObligationRule> obligations = new ArrayList<>();
    for (RulePack pack : packs) {
      RulePack twin = byId.putIfAbsent(pack.id(), pack);
      if (twin != null) {
        problems.add("规则包编号“" + pack.id() + "”重复：" + twin.label() + " 和 " + pack.label());
        continue;
      }
      for (ObligationRule rule : pack.obligations()) {
        RulePack other = packOfRule.putIfAbsent(rule.ruleId(), pack);
        if (other != null) {
          problems.add("条款编号“" + rule.ruleId() + "”由两个规则包定义：" + other.label() + " 和 " + pack.label());
        } else {
          obligations.add(rule);
        }
      }
      for (Class<?> type : pack.defined()) {
        RulePack other = packOfSection.putIfAbsent(type, pack);
        if (other != null) {
          problems.add("模块“" + type.getSimpleName() + "”由两个规则包定义：" + other.label() + " 和 " + pack.label());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RulePackException(packs.stream().map(RulePack::file).distinct().toList().toString(), problems);
    }
    Map<Class<?>, Object> sections = new HashMap<>(packs.get(0).sections());
    packOfSection.forEach((type, pack) -> sections.put(type, pack.sections().get(type)));
    return new Regulation(packs, obligations, packOfRule, sections, packOfSection);
  }

  public static Regulation of(RulePack pack) {
    return of(List.of(pack));
  }

  /** The packs in force, in the configuration's order. */
  public List<RulePack> packs() {
    return packs;
  }

  @Override
  public List<ObligationRule> obligations() {
    return obligations;
  }

  @Override
  public Optional<ObligationRule> rule(String ruleId) {
    return Optional.ofNullable(packOfRule.get(ruleId)).flatMap(p -> p.rule(ruleId));
  }

  /** The pack a rule in force comes from (its id and version are recorded on every instance of the rule). */
  public Optional<RulePack> packOf(String ruleId) {
    return Optional.ofNullable(packOfRule.get(ruleId));
  }

  /** The rules in force that a pack contributes. */
  public List<ObligationRule> rulesOf(RulePack pack) {
    return obligations.stream().filter(r -> packOfRule.get(r.ruleId()) == pack).toList();
  }

  /** A context's section, from the pack that defines it (its empty value when no pack in force does). */
  @Override
  public <T> T section(Class<T> type) {
    return RuleLookup.section(sections, type);
  }

  /** The pack that defines a section, if any pack in force does. */
  public Optional<RulePack> packOfSection(Class<?> type) {
    return Optional.ofNullable(packOfSection.get(type));
  }
}
