package cn.zeren.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The assessment section of a rule pack (考核评价, YW-13.2 and YW-13.3): the default indicator set each year starts
 * from, the grade bands and the publication scopes offered, and how the pack reads what the seed leaves open
 * ({@code interpretation}). A pack without the section offers no assessment.
 *
 * @param frameworkRuleIds the articles of the assessment itself (in Yiwu's YW-13.1 … 13.3: the ledger it rests on,
 *     the indicators, the publication), which an indicator cites but does not measure: its items cite its first
 *     other rule
 * @param totalPoints what the maximum points of a year's indicators add up to (100 in Yiwu's)
 */
public record AssessmentTemplate(
    String ruleId,
    String publicationRuleId,
    List<String> frameworkRuleIds,
    BigDecimal totalPoints,
    String interpretation,
    List<IndicatorTemplate> indicators,
    List<GradeBand> grades,
    List<PublicationScope> scopes) {
  public static final AssessmentTemplate NONE =
      new AssessmentTemplate(null, null, List.of(), null, null, List.of(), List.of(), List.of());

  public AssessmentTemplate {
    frameworkRuleIds = List.copyOf(frameworkRuleIds);
    indicators = List.copyOf(indicators);
    grades = grades.stream().sorted(Comparator.comparing(GradeBand::minPoints).reversed()).toList();
    scopes = List.copyOf(scopes);
  }

  public Optional<IndicatorTemplate> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** The highest band whose minimum the total reaches, or empty when no band does (or the pack defines none). */
  public Optional<GradeBand> grade(BigDecimal total) {
    return grades.stream().filter(g -> total.compareTo(g.minPoints()) >= 0).findFirst();
  }

  public Optional<PublicationScope> scope(PublicationReach reach) {
    return scopes.stream().filter(s -> s.reach() == reach).findFirst();
  }
}
