package cn.zeren.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.accountability.CaseFact;
import cn.zeren.accountability.web.AccountabilityPages;
import cn.zeren.assessment.ManualEntry.ManualKind;
import cn.zeren.hearing.HearingResult;
import cn.zeren.hearing.web.HearingPages;
import cn.zeren.interview.HeadCoverage;
import cn.zeren.interview.web.InterviewPages;
import cn.zeren.ledger.web.LedgerPages;
import cn.zeren.lists.RectificationFact;
import cn.zeren.lists.web.ListPages;
import cn.zeren.obligation.ObligationFact;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.platform.web.EvidenceLinks;
import cn.zeren.report.ReportStatus;
import cn.zeren.report.ReportVerdict;
import cn.zeren.report.web.ReportPages;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackReaderTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scoring of YW-13.2 read like the pack: each kind from its facts, every point explained, items summing up. */
class ScorerTest {
  private static final RulePack PACK = RulePackReaderTest.shipped();
  /** The pages of every context that shows evidence, as the container collects them. */
  private static final EvidenceLinks LINKS = new EvidenceLinks(List.of(new ReportPages(), new LedgerPages(),
      new ListPages(), new InterviewPages(), new AccountabilityPages(), new HearingPages()));
  private static final Scorer SCORER = new Scorer(
      PACK.obligations().stream().collect(Collectors.toMap(r -> r.ruleId(), r -> r.title())),
      PACK.section(AssessmentTemplate.class).frameworkRuleIds(), LINKS);
  private static final long ORG = 7;

  private static IndicatorTemplate indicator(String code) {
    return PACK.section(AssessmentTemplate.class).indicator(code).orElseThrow();
  }

  private static UnitScore score(String code, UnitFacts facts) {
    return SCORER.score(List.of(indicator(code)), facts);
  }

  private static UnitFacts facts(List<ObligationFact> o, List<ReportVerdict> r, List<RectificationFact> l,
      List<HeadCoverage> h, List<CaseFact> c, List<HearingResult> s, List<ManualEntry> m) {
    return new UnitFacts(ORG, "测试单位", o, r, l, h, c, s, m);
  }

  private static ReportVerdict report(long id, String rule, boolean submitted, long lateSeconds, int returned) {
    return new ReportVerdict(id, "T", rule, ORG, 2026, "2026", ReportStatus.SUBMITTED, false, submitted,
        lateSeconds > 0, lateSeconds, returned, submitted ? Instant.parse("2026-01-10T00:00:00Z") : null);
  }

  private static ObligationFact instance(long id, String rule, String period, ObligationStatus status) {
    boolean done = status == ObligationStatus.DONE_ON_TIME || status == ObligationStatus.DONE_LATE;
    return new ObligationFact(id, ORG, rule, period, null, Instant.parse("2026-03-31T15:59:59Z"), status,
        done ? Instant.parse("2026-03-30T00:00:00Z") : null, done ? "LEDGER" : null, done ? String.valueOf(id) : null);
  }

  @ParameterizedTest(name = "YW-10.1 annual report {0}: {3} points")
  @CsvSource({
    "on time, true, 0, 10.00, 0.00",
    "late one second, true, 1, 5.00, 5.00",
    "late nine days, true, 777600, 5.00, 5.00",
    "missing, false, 0, 0.00, 10.00"
  })
  void annualReportOnTimeLateOrMissing(String name, boolean submitted, long late, String points, String lost) {
    UnitScore s = score("ANNUAL_REPORT",
        facts(List.of(), List.of(report(11, "YW-10.1", submitted, late, 0)), List.of(), List.of(), List.of(),
            List.of(), List.of()));
    ScoreItem item = s.items().get(0);
    assertEquals(new BigDecimal(points), item.points(), name);
    assertEquals(new BigDecimal(lost), item.lost(), name);
    assertEquals("YW-10.1", item.ruleId());
    assertEquals("/report.xhtml?id=11", item.evidence().link(), "the report is the evidence, even a draft");
    assertTrue(item.reason().contains(submitted ? (late > 0 ? "逾期提交" : "按时提交") : "未提交"), item.reason());
  }

  @Test
  void annualReportNeverStartedNamesTheMissingReport() {
    ScoreItem item = score("ANNUAL_REPORT", UnitFacts.empty(ORG, "u")).items().get(0);
    assertEquals(new BigDecimal("0.00"), item.points());
    assertNull(item.evidence());
    assertTrue(item.reason().contains("未提交 (YW-10.1)"), item.reason());
  }

  @ParameterizedTest(name = "YW-6.2b quarterly meetings {0}: {1}")
  @CsvSource({
    "'DONE_ON_TIME,DONE_ON_TIME,DONE_ON_TIME,DONE_ON_TIME', 20.00",
    "'DONE_ON_TIME,DONE_ON_TIME,OVERDUE,DONE_ON_TIME', 15.00",
    "'DONE_ON_TIME,DONE_LATE,OVERDUE,OPEN', 7.50",
    "'OVERDUE,OVERDUE,OVERDUE,OVERDUE', 0.00",
    "'WAIVED,DONE_ON_TIME,DONE_ON_TIME,DONE_ON_TIME', 20.00"
  })
  void quarterlyMeetingsEachCarryAShare(String statuses, String total) {
    List<ObligationFact> quarters = new ArrayList<>();
    String[] s = statuses.split(",");
    for (int q = 0; q < 4; q++) {
      quarters.add(instance(q + 1, "YW-6.2b", "2026-Q" + (q + 1), ObligationStatus.valueOf(s[q])));
    }
    UnitScore score = score("COMMITTEE_MEETINGS",
        facts(quarters, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    assertEquals(new BigDecimal(total), score.total(), statuses);
  }

  @Test
  void aMissingQuarterlyMeetingIsNamedWithItsQuarterAndRule() {
    UnitScore score = score("COMMITTEE_MEETINGS", facts(
        List.of(instance(1, "YW-6.2b", "2026-Q1", ObligationStatus.DONE_ON_TIME),
            instance(3, "YW-6.2b", "2026-Q3", ObligationStatus.OVERDUE)),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    ScoreItem missing = score.items().get(1);
    assertEquals(new BigDecimal("0.00"), missing.points());
    assertEquals(new BigDecimal("10.00"), missing.lost());
    assertTrue(missing.reason().startsWith("2026年第三季度") && missing.reason().endsWith("未完成 (YW-6.2b)"),
        missing.reason());
    assertNull(missing.evidence());
    assertEquals("/ledger-record.xhtml?id=1", score.items().get(0).evidence().link());
  }

  @Test
  void threeInstancesShareTwentyPointsByWholeHundredths() {
    assertEquals(List.of(new BigDecimal("6.67"), new BigDecimal("6.67"), new BigDecimal("6.66")),
        Scorer.shares(new BigDecimal("20"), 3));
  }

  @ParameterizedTest(name = "YW-11.2 item due {0}, closed {1}: {2} of 10")
  @CsvSource({
    "2026-06-30, 2026-06-30, 10.00",
    "2026-06-30, 2026-07-01, 5.00",
    "2026-06-30, , 0.00"
  })
  void rectificationItemsClosedByTheirDeadline(LocalDate deadline, LocalDate closed, String points) {
    UnitScore s = score("RECTIFICATION", facts(List.of(), List.of(),
        List.of(new RectificationFact(4, ORG, "R-1", "完善制度", deadline, closed)), List.of(), List.of(), List.of(),
        List.of()));
    assertEquals(new BigDecimal(points), s.total());
    assertEquals("/list.xhtml?id=4", s.items().get(0).evidence().link());
    assertEquals("YW-11.2", s.items().get(0).ruleId());
  }

  @Test
  void yearlyInterviewCoverageOfTheHeads() {
    UnitScore s = score("INTERVIEWS", facts(List.of(), List.of(), List.of(),
        List.of(new HeadCoverage(ORG, 1, "甲", "党委书记", 9L, Instant.parse("2026-05-01T02:00:00Z")),
            new HeadCoverage(ORG, 2, "乙", "纪委书记", null, null)),
        List.of(), List.of(), List.of()));
    assertEquals(new BigDecimal("2.50"), s.total());
    assertEquals("/interview.xhtml?id=9", s.items().get(0).evidence().link());
    assertTrue(s.items().get(1).reason().contains("年度约谈未覆盖：纪委书记 乙 (YW-12.2)"));
  }

  @ParameterizedTest(name = "YW-16 cases {0}: {1} of 10")
  @CsvSource({
    "'', 10.00",
    "MINOR, 8.00",
    "SERIOUS, 5.00",
    "GRAVE, 0.00",
    "'MINOR,SERIOUS', 3.00",
    "'GRAVE,MINOR', 0.00"
  })
  void accountabilityCasesDeductBySeverityDownToZero(String severities, String total) {
    List<CaseFact> cases = new ArrayList<>();
    int id = 1;
    for (String sev : severities.isEmpty() ? new String[0] : severities.split(",")) {
      cases.add(new CaseFact(id++, ORG, Severity.valueOf(sev), LocalDate.of(2026, 5, 1), "领导班子"));
    }
    UnitScore s = score("ACCOUNTABILITY", facts(List.of(), List.of(), List.of(), List.of(), cases, List.of(),
        List.of()));
    assertEquals(new BigDecimal(total), s.total(), severities);
    s.items().stream().skip(1).forEach(i -> {
      assertTrue(i.points().signum() <= 0);
      assertTrue(i.evidence().link().startsWith("/accountability-case.xhtml?id="));
      assertEquals("YW-16", i.ruleId());
    });
  }

  @ParameterizedTest(name = "reports returned {0} times: {1} of 5")
  @CsvSource({"0, 5.00", "1, 4.00", "3, 2.00", "7, 0.00"})
  void everyReturnOfAReportDeductsAPoint(int returned, String total) {
    UnitScore s = score("REVIEW_RETURNS", facts(List.of(), List.of(report(3, "YW-10.1", true, 0, returned)),
        List.of(), List.of(), List.of(), List.of(), List.of()));
    assertEquals(new BigDecimal(total), s.total());
    assertEquals(returned == 0 ? 1 : 2, s.items().size());
  }

  @ParameterizedTest(name = "YW-10.2 hearing result {0} of {1}: {2} of 10")
  @CsvSource({"100, 100, 10.00", "87.5, 100, 8.75", "66.67, 100, 6.67", "0, 100, 0.00"})
  void hearingResultIsScaledToTheIndicatorsPoints(BigDecimal result, BigDecimal scale, String points) {
    UnitScore s = score("HEARING", facts(List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new HearingResult(5, 51, ORG, "专题汇报会", result, scale)), List.of()));
    assertEquals(new BigDecimal(points), s.total());
    assertEquals("/hearing.xhtml?id=5", s.items().get(0).evidence().link());
  }

  @Test
  void noHearingResultLosesTheIndicatorNamingIt() {
    ScoreItem item = score("HEARING", UnitFacts.empty(ORG, "u")).items().get(0);
    assertEquals(new BigDecimal("10.00"), item.lost());
    assertTrue(item.reason().contains("YW-10.2"));
  }

  @Test
  void manualScoreAndAdjustmentCarryTheirJustification() {
    UnitScore s = score("OVERALL", facts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new ManualEntry(1, "OVERALL", ManualKind.SCORE, new BigDecimal("4"), "工作扎实", "审核员"),
            new ManualEntry(2, "OVERALL", ManualKind.ADJUSTMENT, new BigDecimal("-0.5"), "材料迟报", "审核员"))));
    assertEquals(new BigDecimal("3.50"), s.total());
    assertTrue(s.items().get(0).reason().contains("工作扎实"));
    assertTrue(s.items().get(1).reason().contains("人工调整：材料迟报"));
    assertEquals("ASSESSMENT_MANUAL:2", s.items().get(1).evidence().entityRef());
  }

  @Test
  void aManualIndicatorNotYetScoredGivesNothing() {
    assertEquals(new BigDecimal("0.00"), score("OVERALL", UnitFacts.empty(ORG, "u")).total());
  }

  @Test
  void everyKindOfTheShippedPackIsCoveredByThisTest() {
    assertEquals(Arrays.asList(ScoringKind.values()).size(),
        PACK.section(AssessmentTemplate.class).indicators().stream().map(IndicatorTemplate::kind).distinct().count());
  }

  @Test
  void equalTotalsShareARankAndTheGradeComesFromThePack() {
    List<UnitScore> scores = List.of(total(1, "甲", "91"), total(2, "乙", "85"), total(3, "丙", "85"),
        total(4, "丁", "59.99"));
    List<Ranking.Ranked> ranked = Ranking.rank(scores, PACK.section(AssessmentTemplate.class));
    assertEquals(List.of(1, 2, 2, 4), ranked.stream().map(Ranking.Ranked::rank).toList());
    assertEquals(List.of("EXCELLENT", "GOOD", "GOOD", "FAIL"),
        ranked.stream().map(r -> r.grade().code()).toList());
  }

  private static UnitScore total(long id, String name, String points) {
    return new UnitScore(id, name, List.of(
        new ScoreItem("X", "x", "YW-13.2", new BigDecimal(points).setScale(2), BigDecimal.ZERO, "r", null)));
  }

  /** Property (YW-13.2): for many generated units the items add up to the total exactly and each is explained. */
  @RepeatedTest(200)
  void itemsAddUpToTheTotalAndEachIsExplained(org.junit.jupiter.api.RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    UnitFacts facts = generated(random);
    UnitScore s = SCORER.score(PACK.section(AssessmentTemplate.class).indicators(), facts);
    BigDecimal sum = s.items().stream().map(ScoreItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, sum.compareTo(s.total()));
    assertTrue(s.total().signum() >= 0 && s.total().compareTo(new BigDecimal("100")) <= 0, s.total().toString());
    for (IndicatorTemplate i : PACK.section(AssessmentTemplate.class).indicators()) {
      BigDecimal sub = s.items().stream().filter(x -> x.indicatorCode().equals(i.code())).map(ScoreItem::points)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertTrue(sub.signum() >= 0 && sub.compareTo(i.maxPoints()) <= 0, i.code() + " " + sub);
    }
    for (ScoreItem item : s.items()) {
      assertNotNull(item.reason());
      assertTrue(item.reason().contains("(YW-") || item.reason().contains("满分") || item.reason().contains("考核组"),
          item.reason());
      assertTrue(item.points().signum() == 0 || item.hasEvidence() || item.reason().contains("满分"),
          "a point gained or deducted links to its evidence: " + item);
      assertEquals(2, item.points().scale());
    }
  }

  private static UnitFacts generated(Random random) {
    List<ObligationFact> obligations = new ArrayList<>();
    List<String> rules = List.of("YW-6.1", "YW-6.2a", "YW-6.2b", "YW-7.2a", "YW-8.1", "YW-8.2", "YW-9.1", "YW-9.6");
    ObligationStatus[] statuses = ObligationStatus.values();
    for (int i = 0; i < random.nextInt(30); i++) {
      obligations.add(instance(i, rules.get(random.nextInt(rules.size())), "2026-Q" + (1 + random.nextInt(4)),
          statuses[random.nextInt(statuses.length)]));
    }
    List<ReportVerdict> reports = new ArrayList<>();
    for (int i = 0; i < random.nextInt(4); i++) {
      reports.add(report(i, random.nextBoolean() ? "YW-10.1" : "YW-10.3a", random.nextBoolean(),
          random.nextBoolean() ? 0 : random.nextInt(1_000_000), random.nextInt(4)));
    }
    List<RectificationFact> items = new ArrayList<>();
    for (int i = 0; i < random.nextInt(7); i++) {
      LocalDate deadline = LocalDate.of(2026, 1 + random.nextInt(12), 1);
      items.add(new RectificationFact(1, ORG, "R-" + i, "措施", deadline,
          random.nextBoolean() ? null : deadline.plusDays(random.nextInt(20) - 10)));
    }
    List<HeadCoverage> heads = new ArrayList<>();
    for (int i = 0; i < random.nextInt(3); i++) {
      heads.add(new HeadCoverage(ORG, i, "人" + i, "书记", random.nextBoolean() ? (long) i : null, null));
    }
    List<CaseFact> cases = new ArrayList<>();
    for (int i = 0; i < random.nextInt(4); i++) {
      cases.add(new CaseFact(i, ORG, Severity.values()[random.nextInt(3)], LocalDate.of(2026, 6, 1), "班子"));
    }
    List<HearingResult> hearings = random.nextBoolean() ? List.of()
        : List.of(new HearingResult(1, 2, ORG, "汇报会", new BigDecimal(random.nextInt(201)).movePointLeft(1)
            .multiply(BigDecimal.valueOf(5)), new BigDecimal("100")));
    List<ManualEntry> manual = new ArrayList<>();
    if (random.nextBoolean()) {
      manual.add(new ManualEntry(1, "OVERALL", ManualKind.SCORE, new BigDecimal(random.nextInt(51)).movePointLeft(1),
          "理由", "审核员"));
    }
    return new UnitFacts(ORG, "u" + random.nextInt(), obligations, reports, items, heads, cases, hearings, manual);
  }

  @Test
  void periodKeysReadInChinese() {
    assertEquals(Map.of("2026", "2026年", "2026-H2", "2026年下半年", "2026-Q3", "2026年第三季度", "2026-M03", "2026年3月"),
        Map.of("2026", Periods.label("2026"), "2026-H2", Periods.label("2026-H2"), "2026-Q3", Periods.label("2026-Q3"),
            "2026-M03", Periods.label("2026-M03")));
  }
}
