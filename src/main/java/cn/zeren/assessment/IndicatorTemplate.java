package cn.zeren.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of the pack's default indicator set (考核指标, YW-13.2): code, Chinese name, the rule ids it measures
 * and cites, maximum points (the set's maxima sum to 100), scoring kind and its parameters.
 */
public record IndicatorTemplate(
    String code, String name, ScoringKind kind, List<String> ruleIds, BigDecimal maxPoints,
    ScoringParameters parameters) {
  public IndicatorTemplate {
    ruleIds = List.copyOf(ruleIds);
  }
}
