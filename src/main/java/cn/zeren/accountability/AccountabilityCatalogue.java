package cn.zeren.accountability;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accountability catalogue of a rule pack (责任追究, YW-14 … YW-17): the grounds (情形) for which a Party
 * committee (YW-14.x) or a discipline organisation (YW-15.x) and their members are held accountable, the outcomes
 * (追究方式) with the bodies that may handle each (YW-17), and the YW-16 matrix of the outcomes allowed for each
 * subject and severity (情节).
 *
 * @param matrix the article of the outcome matrix (YW-16) and, per subject and severity, the allowed outcome codes
 * @param procedure the article on who handles which outcome (YW-17)
 */
public record AccountabilityCatalogue(
    List<Ground> grounds, List<Outcome> outcomes, Article matrix, Map<Subject, Map<Severity, Set<String>>> cells,
    Article procedure) {

  /** Whose duty was breached: the Party committee side (党委, YW-14) or the discipline side (纪委, YW-15). */
  public enum Body {
    PARTY_COMMITTEE,
    DISCIPLINE_BODY
  }

  /** Who is held accountable: the leadership team (领导班子) or one of its members (班子成员). */
  public enum Subject {
    TEAM,
    INDIVIDUAL
  }

  /** 情节: minor 较轻, serious 较重, grave 严重. */
  public enum Severity {
    MINOR,
    SERIOUS,
    GRAVE
  }

  /**
   * Who handles an outcome (YW-17): the discipline organisation (纪检监察组织, under the discipline-case procedure), the
   * organisation department (组织人事部门) or the discipline organisation together with it (会同).
   */
  public enum Handler {
    DISCIPLINE_ORGANISATION,
    ORGANISATION_DEPARTMENT,
    JOINT
  }

  /** An article of the pack cited by a rule of the catalogue. */
  public record Article(String ruleId, String article, String articleText, String interpretation) {}

  /** One ground (情形), e.g. YW-14.6 违规选人用人. */
  public record Ground(String ruleId, String article, Body body, String title, String articleText) {}

  /** One outcome (追究方式) with its Chinese label and the bodies that may handle it. */
  public record Outcome(String code, String label, Set<Handler> handledBy) {}

  /** A catalogue without entries, for a pack that has no accountability section. */
  public static AccountabilityCatalogue none() {
    return new AccountabilityCatalogue(List.of(), List.of(), null, Map.of(), null);
  }

  public List<Ground> groundsOf(Body body) {
    return grounds.stream().filter(g -> g.body() == body).toList();
  }

  /** The articles of a side's grounds as a page cites them: the first to the last, e.g. YW-14.1–YW-14.9. */
  public String groundArticles(Body body) {
    List<Ground> of = groundsOf(body);
    if (of.size() < 2) {
      return of.isEmpty() ? "" : of.get(0).ruleId();
    }
    return of.get(0).ruleId() + "–" + of.get(of.size() - 1).ruleId();
  }

  public Optional<Ground> ground(String ruleId) {
    return grounds.stream().filter(g -> g.ruleId().equals(ruleId)).findFirst();
  }

  public Optional<Outcome> outcome(String code) {
    return outcomes.stream().filter(o -> o.code().equals(code)).findFirst();
  }

  /** The outcome codes YW-16 allows for the subject and severity (empty when the cell is missing). */
  public Set<String> allowed(Subject subject, Severity severity) {
    return cells.getOrDefault(subject, Map.of()).getOrDefault(severity, Set.of());
  }

  /** The allowed outcomes of a cell in the catalogue's order. */
  public List<Outcome> allowedOutcomes(Subject subject, Severity severity) {
    Set<String> allowed = allowed(subject, severity);
    return outcomes.stream().filter(o -> allowed.contains(o.code())).toList();
  }
}
