package cn.zeren.inspection;

import cn.zeren.inspection.draw.AvoidanceKind;
import cn.zeren.inspection.draw.AvoidanceRule;
import cn.zeren.rules.RulePackRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The inspection rules in force, as this context's services use them: from the pack section {@code inspection} of
 * the locality's inspection measures (JDZ or ZZ, whichever the administrator put in force).
 */
@ApplicationScoped
public class InspectionRules {
  @Inject RulePackRegistry registry;

  /**
   * A round's least length in working days and the article that sets it (JDZ-16), and whether the leading group may
   * consent to another duration.
   */
  public record RoundMinimum(String ruleId, int workingDays, boolean adjustable) {}

  /** How often each unit is inspected per committee term and the article that says so (JDZ-16). */
  public record CoverageRule(String ruleId, int timesPerTerm) {}

  private InspectionProcedure procedure() {
    return registry.active().section(InspectionProcedure.class);
  }

  public Optional<RoundMinimum> roundMinimum() {
    return procedure().roundMinimum().map(m -> new RoundMinimum(m.ruleId(), m.workingDays(), m.adjustable()));
  }

  public Optional<CoverageRule> coverage() {
    return procedure().coverage().map(c -> new CoverageRule(c.ruleId(), c.timesPerTerm()));
  }

  /** The avoidance rules the draw applies (ZZ-16, JDZ-13). */
  public List<AvoidanceRule> avoidance() {
    return procedure().avoidance().stream()
        .map(a -> new AvoidanceRule(a.ruleId(), AvoidanceKind.valueOf(a.kind()), a.lookbackYears()))
        .toList();
  }

  /** The kinds of round the measures in force name, in their order (ZZ: 常规、专项; JDZ also 回头看). */
  public List<RoundKind> roundKinds() {
    return procedure().roundTypes().stream().map(t -> RoundKind.valueOf(t.key())).toList();
  }

  /** The article a kind of round rests on, if the measures in force name the kind. */
  public Optional<String> roundKindRule(RoundKind kind) {
    return procedure().roundType(kind.name()).map(t -> t.ruleId());
  }

  /** The article that orders the draw by lot, if the pack in force has one (ZZ-6). */
  public Optional<String> drawRuleId() {
    return procedure().draw().map(d -> d.ruleId());
  }
}
