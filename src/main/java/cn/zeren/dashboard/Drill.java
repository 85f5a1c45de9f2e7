package cn.zeren.dashboard;

import java.io.Serializable;

/**
 * What a figure of the dashboard opens (下钻): obligation instances, rectification items or accountability cases of a
 * year in a subtree, narrowed by unit, rule, state, ground, severity or outcome (null: any).
 *
 * @param state an {@link cn.zeren.obligation.ObligationStatus} name for instances, a {@link RectificationState} name
 *     for rectification items, a {@link cn.zeren.accountability.CaseStatus} name for cases
 */
public record Drill(Kind kind, int year, Long unitId, String ruleId, String state, String ground, String severity,
    String outcome) implements Serializable {

  public enum Kind {
    INSTANCES,
    RECTIFICATION,
    CASES
  }

  public static Drill instances(int year, Long unitId, String ruleId, String state) {
    return new Drill(Kind.INSTANCES, year, unitId, ruleId, state, null, null, null);
  }

  public static Drill rectification(int year, Long unitId, String state) {
    return new Drill(Kind.RECTIFICATION, year, unitId, null, state, null, null, null);
  }

  public static Drill cases(int year, Long unitId, String ground, String severity, String outcome) {
    return new Drill(Kind.CASES, year, unitId, null, null, ground, severity, outcome);
  }
}
