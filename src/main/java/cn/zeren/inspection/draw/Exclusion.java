package cn.zeren.inspection.draw;

import java.util.Comparator;

/**
 * Why one candidate may not serve for one target: the rule (its article id and kind) and the fact, a Chinese
 * sentence, e.g. "2019-03-01 至 2022-06-30 任青山镇党委副书记".
 */
public record Exclusion(
    long personId, String name, long targetId, String targetName, String ruleId, AvoidanceKind kind, String fact) {
  /** The order of exclusions everywhere: person, target, rule id, kind (by name), fact. */
  static final Comparator<Exclusion> ORDER =
      Comparator.comparingLong(Exclusion::personId)
          .thenComparingLong(Exclusion::targetId)
          .thenComparing(Exclusion::ruleId)
          .thenComparing(e -> e.kind().name())
          .thenComparing(Exclusion::fact);

  public Exclusion {
    Checks.text(name, "exclusion of person " + personId + ": name");
    Checks.text(targetName, "exclusion of person " + personId + ": targetName");
    Checks.text(ruleId, "exclusion of person " + personId + ": ruleId");
    Checks.present(kind, "exclusion of person " + personId + ": kind");
    Checks.text(fact, "exclusion of person " + personId + ": fact");
  }
}
