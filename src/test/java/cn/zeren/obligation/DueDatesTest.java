package cn.zeren.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zeren.calendar.Period;
import cn.zeren.calendar.DeadlinesTest;
import cn.zeren.calendar.WorkingCalendar;
import cn.zeren.rules.DueRule;
import cn.zeren.rules.Frequency;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods of the obligation engine and their due dates (rule ids of the shipped pack in each case). */
class DueDatesTest {
  static final WorkingCalendar Y2026 = DeadlinesTest.SHIPPED;

  @ParameterizedTest(name = "{0} {1}/{2}: {3} .. {4}")
  @CsvSource({
    "YEARLY, 2026, 1, 2026, 2026-01-01, 2026-12-31",
    "HALF_YEARLY, 2026, 2, 2026-H2, 2026-07-01, 2026-12-31",
    "QUARTERLY, 2026, 1, 2026-Q1, 2026-01-01, 2026-03-31",
    "QUARTERLY, 2026, 4, 2026-Q4, 2026-10-01, 2026-12-31",
    "MONTHLY, 2026, 2, 2026-M02, 2026-02-01, 2026-02-28",
    "MONTHLY, 2028, 2, 2028-M02, 2028-02-01, 2028-02-29"
  })
  void periodsHaveAKeyAndBounds(Frequency f, int year, int index, String key, LocalDate start, LocalDate end) {
    ObligationPeriod period = new ObligationPeriod(year, f, index);
    assertEquals(key, period.key());
    assertEquals(start, period.start());
    assertEquals(end, period.end());
  }

  @Test
  void aYearHasOnePeriodPerFrequencyStep() {
    assertEquals(4, ObligationPeriod.of(2026, Frequency.QUARTERLY).size());
    assertEquals(12, ObligationPeriod.of(2026, Frequency.MONTHLY).size());
  }

  @Test
  void annualReportIsDueOnItsFixedDateEvenOnARestDay() {
    // YW-10.1: "每年1月15日前" is a date of the rules, not a period: it is not moved.
    assertEquals(
        LocalDate.of(2026, 1, 15),
        DueDates.dueDate(
            new DueRule.FixedDate(MonthDay.of(1, 15)), new ObligationPeriod(2026, Frequency.YEARLY, 1), Y2026));
  }

  @Test
  void quarterlyMeetingIsDueOnTheQuartersLastDay() {
    // YW-6.2b
    assertEquals(
        LocalDate.of(2026, 9, 30),
        DueDates.dueDate(new DueRule.EndOfPeriod(), new ObligationPeriod(2026, Frequency.QUARTERLY, 3), Y2026));
  }

  @Test
  void aPeriodAfterThePeriodEndCountsWorkingDays() {
    // A locality's pack may give e.g. 10 working days after the quarter (Q3 2026 ends before National Day).
    assertEquals(
        LocalDate.of(2026, 10, 20),
        DueDates.dueDate(
            new DueRule.AfterPeriodEnd(Period.parse("10WD")),
            new ObligationPeriod(2026, Frequency.QUARTERLY, 3),
            Y2026));
  }
}
