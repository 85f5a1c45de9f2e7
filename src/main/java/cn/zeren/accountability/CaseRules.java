package cn.zeren.accountability;

import cn.zeren.platform.DomainException;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.accountability.AccountabilityCatalogue.Ground;
import cn.zeren.accountability.AccountabilityCatalogue.Handler;
import cn.zeren.accountability.AccountabilityCatalogue.Outcome;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks of an accountability case against the rule pack's catalogue, without a container: each ground belongs
 * to the side held accountable (YW-14.x Party committee, YW-15.x discipline organisation); the outcomes lie in the
 * YW-16 cell of the subject and severity (combinable within it); the handling body may handle every outcome chosen
 * (YW-17). A refusal cites the article and names the field of the form.
 */
public final class CaseRules {
  private final AccountabilityCatalogue catalogue;

  public CaseRules(AccountabilityCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** One or more grounds of the catalogue, all of the side held accountable. */
  public void checkGrounds(Body body, Collection<String> grounds) {
    if (grounds == null || grounds.isEmpty()) {
      throw DomainException.onField("grounds", "accountability.grounds.required");
    }
    for (String ruleId : grounds) {
      Ground ground =
          catalogue.ground(ruleId)
              .orElseThrow(() -> DomainException.onField("grounds", "accountability.ground.unknown", ruleId));
      if (ground.body() != body) {
        throw new AccountabilityRuleException(
            ground.ruleId(), "grounds", "accountability.ground.wrongBody", ruleId, ground.article(),
            Texts.zh("accountability.body." + ground.body()), Texts.zh("accountability.body." + body));
      }
    }
  }

  /** The outcomes must all lie in the YW-16 cell of the subject and severity. */
  public void checkOutcomes(Subject subject, Severity severity, Collection<String> outcomes) {
    if (outcomes == null || outcomes.isEmpty()) {
      return;
    }
    if (severity == null) {
      throw DomainException.onField("severity", "accountability.severity.required", catalogue.matrix().ruleId());
    }
    String rule = catalogue.matrix().ruleId();
    outcomes.stream().filter(c -> catalogue.outcome(c).isEmpty()).findFirst().ifPresent(c -> {
      throw new AccountabilityRuleException(rule, "outcomes", "accountability.outcome.unknown", rule, c);
    });
    Set<String> allowed = catalogue.allowed(subject, severity);
    List<String> outside = outcomes.stream().filter(c -> !allowed.contains(c)).toList();
    if (!outside.isEmpty()) {
      throw new AccountabilityRuleException(
          rule, "outcomes", "accountability.outcome.outsideMatrix", rule, catalogue.matrix().article(),
          Texts.zh("accountability.subject." + subject), Texts.zh("accountability.severity." + severity),
          labels(catalogue.allowedOutcomes(subject, severity).stream().map(Outcome::code).toList()),
          labels(outside));
    }
  }

  /** The handling body must be one that YW-17 lets handle every outcome chosen. */
  public void checkHandler(Collection<String> outcomes, Handler handledBy) {
    if (handledBy == null || outcomes == null) {
      return;
    }
    for (String code : outcomes) {
      Outcome outcome = catalogue.outcome(code).orElse(null);
      if (outcome != null && !outcome.handledBy().contains(handledBy)) {
        String rule = catalogue.procedure().ruleId();
        throw new AccountabilityRuleException(
            rule, "handledBy", "accountability.handler.notAllowed", rule, outcome.label(),
            outcome.handledBy().stream().sorted()
                .map(h -> Texts.zh("accountability.handler." + h)).collect(Collectors.joining("、")));
      }
    }
  }

  /** The handling bodies that may handle all the outcomes (every body when none is chosen yet). */
  public Set<Handler> handlersFor(Collection<String> outcomes) {
    Set<Handler> possible = EnumSet.allOf(Handler.class);
    for (String code : outcomes) {
      catalogue.outcome(code).ifPresent(o -> possible.retainAll(o.handledBy()));
    }
    return possible;
  }

  private String labels(List<String> codes) {
    return codes.stream()
        .map(c -> catalogue.outcome(c).map(Outcome::label).orElse(c))
        .map(l -> "“" + l + "”")
        .collect(Collectors.joining("、"));
  }
}
