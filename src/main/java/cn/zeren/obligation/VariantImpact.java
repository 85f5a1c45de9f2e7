package cn.zeren.obligation;

import cn.zeren.directory.OrganisationService;
import cn.zeren.platform.NotFoundException;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.PackSet;
import cn.zeren.rules.Regulation;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.rules.RuleVariantService;
import cn.zeren.rules.RulesAction;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What switching a variant group to another pack would do to the deadlines (切换预览), before the administrator
 * confirms: the rules that leave and the rules that arrive; for each, the instances that exist (they stay as
 * generated, with the pack version they were made from) and, for a periodic rule arriving, the instances the
 * generation run right after the switch creates for the years it covers ({@link GenerationYears}). A per-event rule applies to events after
 * the switch only.
 */
@ApplicationScoped
public class VariantImpact {
  @PersistenceContext EntityManager em;
  @Inject RulePackRegistry registry;
  @Inject ObligationGenerator generator;
  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;
  @Inject GenerationYears generationYears;
  @Inject RuleVariantService variants;

  /** One rule the switch takes out of force or puts into it. */
  public record RuleImpact(ObligationRule rule, long existing, Map<Integer, Integer> created) {
    public boolean periodic() {
      return !created.isEmpty();
    }
  }

  /**
   * The preview of a switch.
   *
   * @param years the years the generation after the switch covers
   * @param missingCalendarYears years whose holiday schedule is missing, so some deadlines cannot be counted yet
   */
  public record Preview(String group, RulePack from, RulePack to, List<Integer> years, List<RuleImpact> leaving,
      List<RuleImpact> arriving, Set<Integer> missingCalendarYears) {}

  public Preview preview(String group, String packId) {
    access.require(RulesAction.MANAGE, organisations.root());
    PackSet packs = registry.packs();
    RulePack to = packs.option(group, packId).orElseThrow(() -> new NotFoundException("pack", group + "/" + packId));
    RulePack from = variants.inForce(group);
    List<Integer> years = generationYears.due();
    if (from.id().equals(to.id())) {
      return new Preview(group, from, to, years, List.of(), List.of(), Set.of());
    }
    Regulation next = registry.withChoice(group, packId);
    List<ObligationRule> periodic = next.rulesOf(to).stream().filter(next.periodic()::contains).toList();
    Set<Integer> missing = new TreeSet<>();
    Map<Integer, Map<String, Integer>> createdByYear = new LinkedHashMap<>();
    if (!periodic.isEmpty()) {
      for (int year : years) {
        Map<String, Integer> byRule = new HashMap<>();
        missing.addAll(generator.preview(year, periodic, byRule).missingCalendarYears());
        createdByYear.put(year, byRule);
      }
    }
    List<RuleImpact> arriving = next.rulesOf(to).stream().map(rule -> {
      Map<Integer, Integer> created = new LinkedHashMap<>();
      if (periodic.contains(rule)) {
        createdByYear.forEach((year, byRule) -> created.put(year, byRule.getOrDefault(rule.ruleId(), 0)));
      }
      return new RuleImpact(rule, existing(rule.ruleId()), created);
    }).toList();
    List<RuleImpact> leaving =
        from.obligations().stream().map(rule -> new RuleImpact(rule, existing(rule.ruleId()), Map.of())).toList();
    return new Preview(group, from, to, years, leaving, arriving, missing);
  }

  private long existing(String ruleId) {
    return em.createQuery("SELECT COUNT(o) FROM Obligation o WHERE o.ruleId = :r", Long.class)
        .setParameter("r", ruleId)
        .getSingleResult();
  }
}
