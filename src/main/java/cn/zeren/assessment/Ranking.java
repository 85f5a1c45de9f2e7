package cn.zeren.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks units by total (highest first; equal totals share a rank and the next rank skips, 1, 1, 3) and gives each
 * the grade band of the pack its total reaches (YW-13.2), with no container.
 */
public final class Ranking {
  private Ranking() {}

  /** A unit's place: its score, rank and grade (null when the pack defines no band the total reaches). */
  public record Ranked(UnitScore score, int rank, GradeBand grade) {}

  public static List<Ranked> rank(List<UnitScore> scores, AssessmentTemplate template) {
    List<UnitScore> sorted = scores.stream()
        .sorted(Comparator.comparing(UnitScore::total).reversed().thenComparing(UnitScore::organisationName))
        .toList();
    List<Ranked> ranked = new ArrayList<>(sorted.size());
    BigDecimal previous = null;
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      UnitScore s = sorted.get(i);
      if (previous == null || s.total().compareTo(previous) != 0) {
        rank = i + 1;
        previous = s.total();
      }
      ranked.add(new Ranked(s, rank, template.grade(s.total()).orElse(null)));
    }
    return ranked;
  }
}
