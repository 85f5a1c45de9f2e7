package cn.zeren.hearing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of one speaker (评议结果) at a scored meeting (YW-10.2, YW-10.4): every score sorted from low to high,
 * the one lowest and one highest dropped when the rule pack says so and there are at least its
 * {@code minimumScoresToDrop} scores (去掉一个最高分和一个最低分), the average of the rest, and how many scores fall
 * into each tenth of the scale. Plain Java, no container.
 *
 * <p>Rounding: the average is rounded HALF_UP to two decimals (92.125 → 92.13); nothing else is rounded.
 *
 * @param marks the scores sorted ascending (ties by scorer), each marked whether it was dropped
 * @param average the result, or null while nobody has scored
 * @param bands the scale's ten bands, highest first, each with its count
 */
public record ScoreSheet(List<Mark> marks, BigDecimal average, List<Band> bands) implements Serializable {
  /** Decimals of the average. */
  public static final int SCALE = 2;
  private static final int BAND_COUNT = 10;

  /** One scorer's score; {@code dropped} when it is the lowest or highest one left out of the average. */
  public record Mark(String scorer, BigDecimal score, boolean dropped) implements Serializable {}

  /** Scores from {@code lower} (inclusive) to {@code upper} (exclusive, inclusive for the top band). */
  public record Band(BigDecimal lower, BigDecimal upper, int count) implements Serializable {
    public String label() {
      return lower.stripTrailingZeros().toPlainString() + "–" + upper.stripTrailingZeros().toPlainString();
    }
  }

  /** One score as given, before sorting. */
  public record Given(String scorer, BigDecimal score) {}

  /** The sheet of the given scores under the meeting's rule (trimming and scale from the rule pack). */
  public static ScoreSheet of(List<Given> scores, ScoredMeeting meeting) {
    List<Given> sorted =
        scores.stream()
            .sorted(Comparator.comparing(Given::score).thenComparing(Given::scorer))
            .toList();
    boolean trim = meeting.dropHighestAndLowest() && sorted.size() >= meeting.minimumScoresToDrop();
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      boolean dropped = trim && (i == 0 || i == sorted.size() - 1);
      marks.add(new Mark(sorted.get(i).scorer(), sorted.get(i).score(), dropped));
    }
    return new ScoreSheet(List.copyOf(marks), average(marks), bands(marks, meeting.scale()));
  }

  /** The scores that were dropped (empty, one lowest and one highest). */
  public List<Mark> dropped() {
    return marks.stream().filter(Mark::dropped).toList();
  }

  public int counted() {
    return marks.size() - dropped().size();
  }

  private static BigDecimal average(List<Mark> marks) {
    List<BigDecimal> counted = marks.stream().filter(m -> !m.dropped()).map(Mark::score).toList();
    if (counted.isEmpty()) {
      return null;
    }
    BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(counted.size()), SCALE, RoundingMode.HALF_UP);
  }

  private static List<Band> bands(List<Mark> marks, ScoredMeeting.Scale scale) {
    BigDecimal width = scale.max().subtract(scale.min()).divide(BigDecimal.valueOf(BAND_COUNT), MathContext.DECIMAL64);
    List<Band> bands = new ArrayList<>();
    for (int i = BAND_COUNT - 1; i >= 0; i--) {
      BigDecimal lower = scale.min().add(width.multiply(BigDecimal.valueOf(i)));
      BigDecimal upper = lower.add(width);
      boolean top = i == BAND_COUNT - 1;
      int count =
          (int) marks.stream()
              .map(Mark::score)
              .filter(s -> s.compareTo(lower) >= 0 && (s.compareTo(upper) < 0 || top && s.compareTo(upper) == 0))
              .count();
      bands.add(new Band(lower, upper, count));
    }
    return List.copyOf(bands);
  }
}
