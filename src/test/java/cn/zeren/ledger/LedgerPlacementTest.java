package cn.zeren.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Deadlines;
import cn.zeren.obligation.DueDates;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackReaderTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a ledger record of the shipped Yiwu pack belongs: the kind names the rule, the date the period, and the
 * date against the rule's due date decides on time or late (YW-6 … YW-9, YW-13.1).
 */
class LedgerPlacementTest {
  private static final RulePack PACK = RulePackReaderTest.shipped();

  @ParameterizedTest(name = "{0} held {1}: {2} {3}, late={4}")
  @CsvSource({
    // YW-6.2a 年初专门会议: yearly, "年初" read as by 31 March
    "START_OF_YEAR_MEETING, 2026-02-18, YW-6.2a, 2026,    false",
    "START_OF_YEAR_MEETING, 2026-03-31, YW-6.2a, 2026,    false",
    "START_OF_YEAR_MEETING, 2026-04-01, YW-6.2a, 2026,    true",
    // YW-6.1 年度工作会议: by 31 March as well
    "ANNUAL_CONFERENCE,     2026-01-10, YW-6.1,  2026,    false",
    // YW-6.2b 每季度专题例会: the quarter of the date, due at its end
    "QUARTERLY_MEETING,     2026-01-01, YW-6.2b, 2026-Q1, false",
    "QUARTERLY_MEETING,     2026-05-10, YW-6.2b, 2026-Q2, false",
    "QUARTERLY_MEETING,     2026-09-30, YW-6.2b, 2026-Q3, false",
    "QUARTERLY_MEETING,     2026-10-01, YW-6.2b, 2026-Q4, false",
    // YW-7.2a 每季度至少听取1次汇报
    "LEADER_HEARS_REPORTS,  2026-12-31, YW-7.2a, 2026-Q4, false",
    // YW-7.2b / YW-8.4 每年至少上1次廉政党课
    "LEADER_PARTY_LECTURE,  2026-07-01, YW-7.2b, 2026,    false",
    "MEMBER_PARTY_LECTURE,  2026-11-11, YW-8.4,  2026,    false",
    // YW-8.1 每季度汇报分管领域; YW-8.2 每年专题分析不少于2次; YW-8.3 每半年听取分管单位汇报
    "MEMBER_REPORTS_AREA,   2026-03-15, YW-8.1,  2026-Q1, false",
    "MEMBER_SPECIAL_ANALYSIS, 2026-06-01, YW-8.2, 2026,   false",
    "MEMBER_HEARS_UNITS,    2026-06-30, YW-8.3,  2026-H1, false",
    "MEMBER_HEARS_UNITS,    2026-07-01, YW-8.3,  2026-H2, false",
    // YW-9.6 每年1次以上警示教育; YW-9.7 每年市领导带队专项检查1次
    "WARNING_EDUCATION,     2025-12-31, YW-9.6,  2025,    false",
    "SPECIAL_INSPECTION,    2026-08-08, YW-9.7,  2026,    false"
  })
  void theKindPicksTheRuleAndTheDateThePeriod(
      String kind, LocalDate held, String ruleId, String periodKey, boolean late) {
    LedgerPlacement placement = LedgerPlacement.of(PACK, kind, held).orElseThrow();

    assertEquals(ruleId, placement.rule().ruleId());
    assertEquals(periodKey, placement.period().key());
    assertTrue(placement.period().contains(held));
    LocalDate due = DueDates.dueDate(placement.rule().due(), placement.period(), null);
    assertEquals(late, Deadlines.isLate(LedgerPlacement.evidenceTime(held), due), "due " + due);
  }

  @Test
  void specialAnalysesNeedTwoRecordsAYearAndEveryOtherKindOne() {
    for (LedgerActivity activity : PACK.section(LedgerActivities.class).all()) {
      int minimum = PACK.rule(activity.ruleId()).orElseThrow().minimumCount();
      assertEquals(activity.ruleId().equals("YW-8.2") ? 2 : 1, minimum, activity.ruleId() + " minimumCount");
    }
  }

  @Test
  void aKindTheRulePackDoesNotNameHasNoPlace() {
    assertTrue(LedgerPlacement.of(PACK, "BIRTHDAY_PARTY", LocalDate.of(2026, 5, 1)).isEmpty());
  }

  @Test
  void theShippedLedgerCoversTheRecurringActivitiesOfYw6To9() {
    assertEquals(
        List.of("YW-6.1", "YW-6.2a", "YW-6.2b", "YW-7.2a", "YW-7.2b", "YW-8.1", "YW-8.2", "YW-8.3", "YW-8.4",
            "YW-9.6", "YW-9.7"),
        PACK.section(LedgerActivities.class).all().stream().map(LedgerActivity::ruleId).toList());
  }
}
