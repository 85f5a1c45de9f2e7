package cn.zeren.inspection.draw;

import static cn.zeren.inspection.draw.Fixtures.BAISHUI;
import static cn.zeren.inspection.draw.Fixtures.DRAW_DATE;
import static cn.zeren.inspection.draw.Fixtures.HOUSING;
import static cn.zeren.inspection.draw.Fixtures.JDZ_13;
import static cn.zeren.inspection.draw.Fixtures.QINGSHAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Avoidance (回避) of ZZ-16 and JDZ-13 on the draw date 2025-03-03: each row gives one candidate one fact and names
 * the exclusion it must cause, if any; a candidate without facts beside it is never excluded.
 */
class AvoidanceTest {
  private static final Map<Long, DrawTarget> TARGETS = Map.of(100L, QINGSHAN, 200L, HOUSING, 300L, BAISHUI);
  private static final Map<Long, String> UNITS =
      Map.of(100L, "青山镇", 101L, "青山镇财政所", 102L, "青山镇农业服务中心", 300L, "白水乡");
  private static final Candidate CLEAN = Fixtures.person(99, "无关联");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      JDZ-13 current post         | 3 | 100 | 党委书记   | 2022-01-01 |            | 2022-01-01 起任青山镇党委书记（现任）
      JDZ-13 ended in lookback    | 3 | 100 | 党委副书记 | 2019-03-01 | 2022-06-30 | 2019-03-01 至 2022-06-30 任青山镇党委副书记
      JDZ-13 ended on its 1st day | 3 | 100 | 党委副书记 | 2019-03-01 | 2022-03-03 | 2019-03-01 至 2022-03-03 任青山镇党委副书记
      JDZ-13 ended the day before | 3 | 100 | 党委副书记 | 2019-03-01 | 2022-03-02 |
      JDZ-13 lookback 0           | 0 | 100 | 党委副书记 | 2019-03-01 | 2025-03-02 |
      ZZ-16 no limit, long ago    |   | 100 | 镇长       | 2005-01-01 | 2010-06-30 | 2005-01-01 至 2010-06-30 任青山镇镇长
      ZZ-16 subordinate unit      |   | 101 | 所长       | 2018-01-01 | 2021-12-31 | 2018-01-01 至 2021-12-31 任青山镇财政所所长，\
      青山镇财政所是青山镇的下属单位
      ZZ-16 another unit: none    |   | 300 | 乡长       | 2018-01-01 |            |
      """)
  void tenureAvoidanceZz16Jdz13ExcludesOnlyThePostHolder(
      String rule, Integer lookbackYears, long organisationId, String title, LocalDate from, LocalDate to,
      String fact) {
    String ruleId = rule.substring(0, rule.indexOf(' '));
    List<AvoidanceRule> rules = List.of(new AvoidanceRule(ruleId, AvoidanceKind.TENURE, lookbackYears));
    Tenure post = new Tenure(organisationId, UNITS.get(organisationId), title, from, to);
    assertOnly(Fixtures.withPost(1, "王立新", post), QINGSHAN, rules, ruleId, AvoidanceKind.TENURE, fact);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      JDZ-13 native place          | 100 | 青山镇       |               | 籍贯青山镇，与被巡察单位所在地青山镇相符
      JDZ-13 native, suffix        | 100 | 示范市青山镇 |               | 籍贯示范市青山镇，与被巡察单位所在地青山镇相符
      JDZ-13 worked, white space   | 100 |              | 示范市　青山镇 | 曾在示范市　青山镇工作，与被巡察单位所在地青山镇相符
      JDZ-13 worked, target longer | 300 |              | 红山镇;白水乡  | 曾在白水乡工作，与被巡察单位所在地示范市白水乡相符
      JDZ-13 target without place  | 200 | 示范市       | 示范市住建局   |
      JDZ-13 another place         | 100 | 红山镇       | 示范市;白水乡  |
      JDZ-13 a blank place         | 100 | '　 '        |               |
      """)
  void regionAvoidanceJdz13ExcludesOnlyTheNativeOrTheOneWhoWorkedThere(
      String rule, long target, String nativePlace, String placesWorked, String fact) {
    List<String> worked = placesWorked == null ? null : Arrays.asList(placesWorked.split(";"));
    Candidate local = Fixtures.withPlaces(2, "李红", nativePlace, worked);
    List<AvoidanceRule> rules = List.of(new AvoidanceRule("JDZ-13", AvoidanceKind.REGION, null));
    assertOnly(local, TARGETS.get(target), rules, "JDZ-13", AvoidanceKind.REGION, fact);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ZZ-16 about the target    | 100 | 配偶 | 任副镇长 | 申报事项：配偶，涉及青山镇，任副镇长
      ZZ-16 about a unit below  | 102 | 子女 | 任会计   | 申报事项：子女，涉及青山镇农业服务中心，任会计，\
      青山镇农业服务中心是青山镇的下属单位
      ZZ-16 without detail      | 100 | 持股 |          | 申报事项：持股，涉及青山镇
      ZZ-16 elsewhere: none     | 300 | 配偶 | 任乡长   |
      """)
  void officialAvoidanceZz16ExcludesOnlyTheDeclarant(
      String rule, long organisationId, String relation, String detail, String fact) {
    Candidate declarant = Fixtures.withDeclaration(
        4, "陈刚", new Declaration(organisationId, UNITS.get(organisationId), relation, detail));
    List<AvoidanceRule> rules = List.of(new AvoidanceRule("ZZ-16", AvoidanceKind.OFFICIAL, null));
    assertOnly(declarant, QINGSHAN, rules, "ZZ-16", AvoidanceKind.OFFICIAL, fact);
  }

  @Test
  void onlyTheKindsThePackListsApplyJdz13() {
    Candidate everything = new Candidate(5, "全关联",
        List.of(new Tenure(100, "青山镇", "镇长", LocalDate.of(2020, 1, 1), null)), "青山镇", List.of(),
        List.of(new Declaration(100, "青山镇", "配偶", "")));
    for (AvoidanceRule rule : JDZ_13) {
      List<Exclusion> found = Avoidance.conflicts(everything, QINGSHAN, List.of(rule), DRAW_DATE);
      assertEquals(1, found.size(), rule.toString());
      assertEquals(rule.kind(), found.get(0).kind());
    }
    assertEquals(3, Avoidance.conflicts(everything, QINGSHAN, JDZ_13, DRAW_DATE).size());
    assertEquals(List.of(), Avoidance.conflicts(everything, QINGSHAN, List.of(), DRAW_DATE), "no rule, no avoidance");
  }

  @Test
  void eachExclusionCitesTheRuleThatFoundItZz16Jdz13() {
    Candidate former = Fixtures.withPost(1, "王立新",
        new Tenure(100, "青山镇", "镇长", LocalDate.of(2005, 1, 1), LocalDate.of(2010, 6, 30)));
    List<AvoidanceRule> rules = List.of(
        new AvoidanceRule("ZZ-16", AvoidanceKind.TENURE, null), new AvoidanceRule("JDZ-13", AvoidanceKind.TENURE, 3));
    List<Exclusion> found = Avoidance.conflicts(former, QINGSHAN, rules, DRAW_DATE);
    assertEquals(List.of("ZZ-16"), found.stream().map(Exclusion::ruleId).toList());
  }

  @Test
  void oneExclusionPerFactJdz13() {
    Candidate local = Fixtures.withPlaces(2, "李红", "青山镇", List.of("青山镇", "示范市青山镇", "青山镇"));
    List<Exclusion> found = Avoidance.conflicts(local, QINGSHAN, JDZ_13, DRAW_DATE);
    assertEquals(
        List.of(
            "曾在示范市青山镇工作，与被巡察单位所在地青山镇相符",
            "曾在青山镇工作，与被巡察单位所在地青山镇相符",
            "籍贯青山镇，与被巡察单位所在地青山镇相符"),
        found.stream().map(Exclusion::fact).toList());
  }

  @Test
  void theTargetItselfBelongsToItsSubtreeZz16() {
    DrawTarget withoutItself = new DrawTarget(100, "青山镇", "青山镇", Set.of(101L));
    assertTrue(withoutItself.subtreeIds().contains(100L));
  }

  @Test
  void missingArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Avoidance.conflicts(null, QINGSHAN, JDZ_13, DRAW_DATE));
    assertThrows(IllegalArgumentException.class, () -> Avoidance.conflicts(CLEAN, null, JDZ_13, DRAW_DATE));
    assertThrows(IllegalArgumentException.class, () -> Avoidance.conflicts(CLEAN, QINGSHAN, null, DRAW_DATE));
    assertThrows(IllegalArgumentException.class, () -> Avoidance.conflicts(CLEAN, QINGSHAN, JDZ_13, null));
  }

  private static void assertOnly(
      Candidate candidate, DrawTarget target, List<AvoidanceRule> rules, String ruleId, AvoidanceKind kind,
      String fact) {
    List<Exclusion> expected = fact == null ? List.of() : List.of(new Exclusion(candidate.personId(),
        candidate.name(), target.organisationId(), target.name(), ruleId, kind, fact));
    assertEquals(expected, Avoidance.conflicts(candidate, target, rules, DRAW_DATE));
    assertEquals(List.of(), Avoidance.conflicts(CLEAN, target, rules, DRAW_DATE), "the candidate without facts");
  }
}
