package cn.zeren.inspection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inspection procedure (巡察工作程序) of the measures in force — JDZ's or ZZ's, alternatives of the variant group
 * {@code inspection}: how long a round lasts at least, how often each target is inspected, which conflicts an
 * inspector avoids, whether groups are assigned to targets by lot, and the kinds of round. A part the regulation does
 * not set is empty (ZZ sets no duration, JDZ no draw); a regulation without the section is {@link #NONE}.
 *
 * @param roundMinimum the least duration of a round (巡察时间), if the regulation sets one
 * @param coverage how often each target is inspected in a committee's term (每届任期内), if it says
 * @param avoidance the kinds of avoidance (回避) inspectors observe
 * @param draw the assignment of groups to targets by lot (随机抽签), if the regulation provides it
 * @param roundTypes the kinds of round (巡察方式) the regulation names
 */
public record InspectionProcedure(
    Optional<RoundMinimum> roundMinimum,
    Optional<Coverage> coverage,
    List<Avoidance> avoidance,
    Optional<Draw> draw,
    List<RoundType> roundTypes) {

  public static final InspectionProcedure NONE =
      new InspectionProcedure(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of());

  public InspectionProcedure {
    Objects.requireNonNull(roundMinimum);
    Objects.requireNonNull(coverage);
    Objects.requireNonNull(draw);
    avoidance = List.copyOf(avoidance);
    roundTypes = List.copyOf(roundTypes);
  }

  /** The round type of a key ({@code REGULAR}, {@code SPECIAL}, {@code LOOK_BACK}), if the regulation names it. */
  public Optional<RoundType> roundType(String key) {
    return roundTypes.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  /**
   * A round lasts at least {@code workingDays} working days (JDZ: 原则上每次巡察时间不少于20个工作日).
   *
   * @param adjustable whether the regulation lets another duration be approved (JDZ: 经领导小组同意……可以适当调整)
   * @param note how the pack reads the duration and who may adjust it; present when adjustable
   */
  public record RoundMinimum(
      String ruleId, String article, String articleText, int workingDays, boolean adjustable, String note) {}

  /** Each target is inspected at least {@code timesPerTerm} times in a committee's term (每届任期内至少巡察1次). */
  public record Coverage(String ruleId, String article, String articleText, int timesPerTerm) {}

  /**
   * One kind of avoidance an inspector observes.
   *
   * @param kind {@code TENURE} (任职回避), {@code REGION} (地域回避) or {@code OFFICIAL} (公务回避)
   * @param lookbackYears how many years back a past post or place counts, or null when the regulation sets no limit
   */
  public record Avoidance(String ruleId, String article, String kind, Integer lookbackYears) {}

  /** Groups are formed from a pool, authorised one round at a time and assigned to targets by lot (ZZ: 人选库). */
  public record Draw(String ruleId, String article, String articleText) {}

  /**
   * A kind of round the regulation names.
   *
   * @param key {@code REGULAR} (常规巡察), {@code SPECIAL} (专项巡察) or {@code LOOK_BACK} (“回头看”)
   * @param title its name, in the regulation's words where it has them (JDZ names no regular round; its pack says so)
   */
  public record RoundType(String key, String title, String ruleId, String article) {}
}
