package cn.zeren.assessment;

import cn.zeren.accountability.AccountabilityCatalogue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;



/**
 * The parameters of an indicator's scoring kind; each kind uses its own and the others are empty:
 * {@code obligationRuleIds} (ANNUAL_REPORT, OBLIGATIONS_ON_TIME), {@code lateFactor} — the share of an item's points
 * kept when it was done late (ANNUAL_REPORT, OBLIGATIONS_ON_TIME, RECTIFICATION_ON_TIME), {@code perReturn}
 * (REVIEW_RETURNS), {@code severityDeductions} keyed by severity (ACCOUNTABILITY_DEDUCTION) and {@code meetingCode}
 * (HEARING_SCORE).
 */
public record ScoringParameters(
    List<String> obligationRuleIds,
    BigDecimal lateFactor,
    BigDecimal perReturn,
    Map<AccountabilityCatalogue.Severity, BigDecimal> severityDeductions,
    String meetingCode) {
  public static final ScoringParameters NONE = new ScoringParameters(List.of(), null, null, Map.of(), null);

  public ScoringParameters {
    obligationRuleIds = List.copyOf(obligationRuleIds);
    severityDeductions = Map.copyOf(severityDeductions);
  }
}
