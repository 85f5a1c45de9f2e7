package cn.zeren.inspection.draw;

/**
 * One avoidance rule of the rule pack, with its article id (e.g. "JDZ-13"); lookbackYears null = no time limit. One
 * article may give several rules, one per kind (JDZ-13 names all three). A time limit applies to posts, so only a
 * {@link AvoidanceKind#TENURE} rule may have one.
 */
public record AvoidanceRule(String ruleId, AvoidanceKind kind, Integer lookbackYears) {
  public AvoidanceRule {
    Checks.text(ruleId, "an avoidance rule's ruleId");
    Checks.present(kind, "avoidance rule " + ruleId + ": kind");
    if (lookbackYears != null && lookbackYears < 0) {
      throw new IllegalArgumentException("avoidance rule " + ruleId + ": lookbackYears must not be negative");
    }
    if (lookbackYears != null && kind != AvoidanceKind.TENURE) {
      throw new IllegalArgumentException(
          "avoidance rule " + ruleId + ": lookbackYears applies to TENURE only, not to " + kind);
    }
  }
}
