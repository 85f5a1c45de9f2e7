package cn.zeren.inspection.draw;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Avoidance (回避, ZZ-16, JDZ-13): which rules of the pack bar a candidate from a target, and on which fact. Only the
 * kinds the pack lists apply; each exclusion cites the rule that found it.
 *
 * <ul>
 *   <li>{@link AvoidanceKind#TENURE 任职回避}: a post, current or past, in the target or a unit below it; with a time
 *       limit, only posts current or ended on or after the draw date minus that many years.
 *   <li>{@link AvoidanceKind#REGION 地域回避}: only for a target with a place; the native place or a place worked
 *       matches it — without white space and in Unicode NFC, one ends with the other ("示范市青山镇" and "青山镇").
 *   <li>{@link AvoidanceKind#OFFICIAL 公务回避}: a declaration about the target or a unit below it.
 * </ul>
 */
public final class Avoidance {
  private Avoidance() {}

  /** Every reason {@code candidate} may not serve for {@code target} on the day {@code on}, sorted by rule and fact. */
  public static List<Exclusion> conflicts(
      Candidate candidate, DrawTarget target, List<AvoidanceRule> rules, LocalDate on) {
    Checks.present(candidate, "candidate");
    Checks.present(target, "target");
    Checks.present(on, "the day of avoidance (on)");
    List<Exclusion> found = new ArrayList<>();
    for (AvoidanceRule rule : Checks.list(rules, "rules")) {
      for (String fact : facts(candidate, target, rule, on)) {
        found.add(new Exclusion(candidate.personId(), candidate.name(), target.organisationId(), target.name(),
            rule.ruleId(), rule.kind(), fact));
      }
    }
    return found.stream().distinct().sorted(Exclusion.ORDER).toList();
  }

  private static List<String> facts(Candidate candidate, DrawTarget target, AvoidanceRule rule, LocalDate on) {
    return switch (rule.kind()) {
      case TENURE -> tenure(candidate, target, rule.lookbackYears() == null ? null
          : on.minusYears(rule.lookbackYears()));
      case REGION -> region(candidate, target);
      case OFFICIAL -> official(candidate, target);
    };
  }

  private static List<String> tenure(Candidate candidate, DrawTarget target, LocalDate endedSince) {
    List<String> facts = new ArrayList<>();
    for (Tenure post : candidate.posts()) {
      boolean counts = post.to() == null || endedSince == null || !post.to().isBefore(endedSince);
      if (counts && target.subtreeIds().contains(post.organisationId())) {
        String held = post.from() == null ? "任" : post.to() == null ? post.from() + " 起任" : post.from() + " 至 " + post.to() + " 任";
        facts.add(held + post.organisationName() + post.title() + (post.to() == null ? "（现任）" : "")
            + below(post.organisationId(), post.organisationName(), target));
      }
    }
    return facts;
  }

  private static List<String> region(Candidate candidate, DrawTarget target) {
    List<String> facts = new ArrayList<>();
    String place = place(target.place());
    if (place.isEmpty()) {
      return facts;
    }
    String same = "，与被巡察单位所在地" + Whitespace.strip(target.place()) + "相符";
    if (matches(place(candidate.nativePlace()), place)) {
      facts.add("籍贯" + Whitespace.strip(candidate.nativePlace()) + same);
    }
    for (String worked : candidate.placesWorked()) {
      if (matches(place(worked), place)) {
        facts.add("曾在" + Whitespace.strip(worked) + "工作" + same);
      }
    }
    return facts;
  }

  private static List<String> official(Candidate candidate, DrawTarget target) {
    List<String> facts = new ArrayList<>();
    for (Declaration declared : candidate.declarations()) {
      if (target.subtreeIds().contains(declared.organisationId())) {
        facts.add("申报事项：" + declared.relation() + "，涉及" + declared.organisationName()
            + (declared.detail().isBlank() ? "" : "，" + Whitespace.strip(declared.detail()))
            + below(declared.organisationId(), declared.organisationName(), target));
      }
    }
    return facts;
  }

  /** "，青山镇财政所是青山镇的下属单位" when the organisation is not the target itself. */
  private static String below(long organisationId, String organisationName, DrawTarget target) {
    return organisationId == target.organisationId() ? ""
        : "，" + organisationName + "是" + target.name() + "的下属单位";
  }

  /** A place as compared: NFC, without white space; the empty text for none. */
  static String place(String typed) {
    return typed == null ? "" : Whitespace.removeAll(Normalizer.normalize(typed, Normalizer.Form.NFC));
  }

  private static boolean matches(String place, String targetPlace) {
    return !place.isEmpty() && (place.endsWith(targetPlace) || targetPlace.endsWith(place));
  }
}
