package cn.zeren.inspection.draw;

import java.util.List;

/**
 * The result of a draw: the groups in key order, every exclusion of both pools against every target (sorted by
 * person, target, rule), and problems — Chinese sentences for what could not be drawn (e.g.
 * "第二巡察组：组长库中没有无需回避的人选").
 */
public record DrawOutcome(List<GroupResult> groups, List<Exclusion> exclusions, List<String> problems) {
  public DrawOutcome {
    groups = Checks.list(groups, "outcome groups");
    exclusions = Checks.list(exclusions, "outcome exclusions");
    problems = Checks.list(problems, "outcome problems");
  }
}
