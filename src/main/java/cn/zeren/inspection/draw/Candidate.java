package cn.zeren.inspection.draw;

import java.util.Comparator;
import java.util.List;

/**
 * A person of the leader pool (组长库) or the talent pool (人才库) with the facts avoidance looks at. nativePlace
 * and placesWorked are place names as typed (e.g. "示范市青山镇", "青山镇"); may be null/empty (a null placesWorked is
 * kept as the empty list).
 *
 * <p>The lists are kept in canonical order — posts by from, to (current last), organisation, title; places as text;
 * declarations by organisation, relation, detail — so two candidates with the same facts are equal and have the same
 * JSON ({@link DrawJson#canonical}).
 */
public record Candidate(
    long personId,
    String name,
    List<Tenure> posts,
    String nativePlace,
    List<String> placesWorked,
    List<Declaration> declarations) {
  private static final Comparator<Tenure> POST_ORDER =
      Comparator.comparing(Tenure::from, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Tenure::to, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(Tenure::organisationId)
          .thenComparing(Tenure::title)
          .thenComparing(Tenure::organisationName);
  private static final Comparator<Declaration> DECLARATION_ORDER =
      Comparator.comparingLong(Declaration::organisationId)
          .thenComparing(Declaration::relation)
          .thenComparing(Declaration::detail)
          .thenComparing(Declaration::organisationName);

  public Candidate {
    Checks.text(name, "candidate " + personId + ": name");
    String who = "candidate " + personId + " " + name + ": ";
    posts = sorted(Checks.list(posts, who + "posts"), POST_ORDER);
    placesWorked = sorted(Checks.list(placesWorked == null ? List.of() : placesWorked, who + "placesWorked"),
        Comparator.naturalOrder());
    declarations = sorted(Checks.list(declarations, who + "declarations"), DECLARATION_ORDER);
  }

  private static <T> List<T> sorted(List<T> values, Comparator<? super T> order) {
    return values.stream().sorted(order).toList();
  }
}
