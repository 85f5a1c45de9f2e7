package cn.zeren.hearing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackReader;
import cn.zeren.rules.TestSections;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The result of a speaker at a scored meeting as the shipped rule pack defines it: YW-10.2 (专题汇报会) and YW-10.4
 * (述职会议) both score 0–100 in steps of 0.5 and, from 5 scores on, drop one highest and one lowest score before
 * averaging (HALF_UP to 2 decimals).
 */
class ScoreSheetTest {
  private static RulePack pack;

  @BeforeAll
  static void readShippedPack() throws IOException {
    try (InputStream in = ScoreSheetTest.class.getResourceAsStream("/rules/yiwu-2015.json")) {
      pack = RulePackReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "yiwu-2015.json", TestSections.ALL);
    }
  }

  @ParameterizedTest(name = "{0} {1}: {2} → {3} (dropped {4})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # meeting   | rule    | scores                        | average | dropped
          HEARING     | YW-10.2 | 90                            | 90.00   | ''
          HEARING     | YW-10.2 | 90 80                         | 85.00   | ''
          HEARING     | YW-10.2 | 90 80 70 60                   | 75.00   | ''
          HEARING     | YW-10.2 | 95 90 85 80 10                | 85.00   | 10 95
          HEARING     | YW-10.2 | 100 0 50 50 50 50             | 50.00   | 0 100
          HEARING     | YW-10.2 | 90 90 90 90 90                | 90.00   | 90 90
          HEARING     | YW-10.2 | 88 90 90 70 70 85             | 83.25   | 70 90
          HEARING     | YW-10.2 | 92.5 88 91 90.5 87 60 99.5    | 89.80   | 60 99.5
          HEARING     | YW-10.2 | 85.5 85 85                    | 85.17   | ''
          HEARING     | YW-10.2 | 10 80 80 80 80 80 80 80 81 100 | 80.13  | 10 100
          DUTY_REPORT | YW-10.4 | 80 80.5 81 79.5               | 80.25   | ''
          DUTY_REPORT | YW-10.4 | 100 100 100 0 0               | 66.67   | 0 100
          DUTY_REPORT | YW-10.4 | 70 75 80 85 90 95 100 65 60 55 | 77.50  | 55 100
          """)
  void averageDropsOneHighestAndOneLowestFromFiveScoresOn(
      String code, String ruleId, String scores, String average, String dropped) {
    ScoredMeeting meeting = meeting(code, ruleId);
    ScoreSheet sheet = ScoreSheet.of(given(scores), meeting);

    assertEquals(new BigDecimal(average), sheet.average(), ruleId + " average of " + scores);
    List<BigDecimal> droppedScores = sheet.dropped().stream().map(ScoreSheet.Mark::score).toList();
    assertEquals(decimals(dropped), droppedScores.stream().map(BigDecimal::stripTrailingZeros).toList());
    assertEquals(sheet.marks().size() - droppedScores.size(), sheet.counted());
  }

  @Test
  void withTiesOnlyOneOfTheLowestAndOneOfTheHighestIsDroppedYw102() {
    ScoreSheet sheet = ScoreSheet.of(given("90 90 80 80 85"), meeting("HEARING", "YW-10.2"));
    List<ScoreSheet.Mark> marks = sheet.marks();
    assertEquals(List.of("80", "80", "85", "90", "90"), marks.stream().map(m -> m.score().toPlainString()).toList());
    assertEquals(List.of(true, false, false, false, true), marks.stream().map(ScoreSheet.Mark::dropped).toList());
    assertEquals(new BigDecimal("85.00"), sheet.average(), "(80 + 85 + 90) / 3");
  }

  @Test
  void scoresAreSortedLowToHighAndTiesByScorer() {
    List<ScoreSheet.Given> given =
        List.of(
            new ScoreSheet.Given("丙", new BigDecimal("88")),
            new ScoreSheet.Given("乙", new BigDecimal("92")),
            new ScoreSheet.Given("甲", new BigDecimal("88")));
    ScoreSheet sheet = ScoreSheet.of(given, meeting("HEARING", "YW-10.2"));
    assertEquals(List.of("丙", "甲", "乙"), sheet.marks().stream().map(ScoreSheet.Mark::scorer).toList());
  }

  @Test
  void withoutScoresThereIsNoAverageYet() {
    ScoreSheet sheet = ScoreSheet.of(List.of(), meeting("DUTY_REPORT", "YW-10.4"));
    assertNull(sheet.average());
    assertTrue(sheet.bands().stream().allMatch(b -> b.count() == 0));
  }

  @Test
  void theDistributionCountsEveryScoreInTenBandsHighestFirstWithOneHundredInTheTopBand() {
    ScoreSheet sheet = ScoreSheet.of(given("100 90 89.5 80 75 0 9.5 10"), meeting("HEARING", "YW-10.2"));
    List<String> labels = sheet.bands().stream().map(ScoreSheet.Band::label).toList();
    assertEquals("90–100", labels.get(0));
    assertEquals("0–10", labels.get(9));
    List<Integer> counts = sheet.bands().stream().map(ScoreSheet.Band::count).toList();
    assertEquals(List.of(2, 2, 1, 0, 0, 0, 0, 0, 1, 2), counts);
    assertEquals(8, counts.stream().mapToInt(Integer::intValue).sum(), "dropped scores are shown in the bands too");
  }

  @Test
  void aPackThatDoesNotTrimAveragesEveryScore() {
    ScoredMeeting plain = withoutTrimming(meeting("HEARING", "YW-10.2"));
    ScoreSheet sheet = ScoreSheet.of(given("100 90 80 70 0"), plain);
    assertEquals(new BigDecimal("68.00"), sheet.average());
    assertTrue(sheet.dropped().isEmpty());
  }

  @ParameterizedTest(name = "YW-10.2 scale 0–100 step 0.5 admits {0}: {1}")
  @CsvSource({
    "0, true", "100, true", "92.5, true", "92.50, true", "60, true", "0.5, true",
    "92.3, false", "92.25, false", "100.5, false", "-0.5, false", "101, false", "-1, false"
  })
  void theScaleOfThePackAdmitsOnlyWholeStepsWithinItsBounds(String score, boolean admitted) {
    assertEquals(admitted, meeting("HEARING", "YW-10.2").scale().admits(new BigDecimal(score)));
  }

  @Test
  void bothMeetingsOfThePackNameTheirRuleAndSpeaker() {
    assertEquals("YW-10.2", meeting("HEARING", "YW-10.2").ruleId());
    assertEquals("YW-10.4", meeting("DUTY_REPORT", "YW-10.4").ruleId());
    assertFalse(meeting("HEARING", "YW-10.2").scale().admits(null));
  }

  private static ScoredMeeting meeting(String code, String ruleId) {
    ScoredMeeting meeting = pack.section(ScoredMeetings.class).meeting(code).orElseThrow();
    assertEquals(ruleId, meeting.ruleId());
    return meeting;
  }

  private static ScoredMeeting withoutTrimming(ScoredMeeting m) {
    return new ScoredMeeting(
        m.code(), m.ruleId(), m.title(), m.speakerRole(), m.scale(), false, m.minimumScoresToDrop(), null);
  }

  private static List<ScoreSheet.Given> given(String scores) {
    List<String> values = Arrays.asList(scores.trim().split("\\s+"));
    List<ScoreSheet.Given> given = new ArrayList<>();
    IntStream.range(0, values.size())
        .forEach(i -> given.add(new ScoreSheet.Given("评分人" + (char) ('A' + i), new BigDecimal(values.get(i)))));
    return given;
  }

  private static List<BigDecimal> decimals(String values) {
    return values.isBlank()
        ? List.of()
        : Arrays.stream(values.trim().split("\\s+")).map(v -> new BigDecimal(v).stripTrailingZeros()).toList();
  }
}
