package cn.zeren.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines on the official 2025–2026 schedules shipped with the portal, by the PRC Civil Code arts. 201–203
 * (SPEC §11). Each row names the rule whose kind of period it exercises.
 */
public class DeadlinesTest {
  public static final WorkingCalendar SHIPPED = shipped();

  @ParameterizedTest(name = "{3}: {0} + {1} = {2}")
  @CsvSource({
    // working days: start day not counted (art. 201), rest days skipped, adjusted working weekends counted
    "2025-01-24, 1WD, 2025-01-26, SPEC-11 2025 Spring Festival: Sunday 26 Jan is worked",
    "2025-01-27, 1WD, 2025-02-05, SPEC-11 2025 Spring Festival: 28 Jan – 4 Feb off",
    "2025-02-07, 1WD, 2025-02-08, SPEC-11 2025 Spring Festival: Saturday 8 Feb is worked",
    "2025-04-25, 1WD, 2025-04-27, SPEC-11 2025 Labour Day: Sunday 27 Apr is worked",
    "2025-09-26, 1WD, 2025-09-28, SPEC-11 2025 National Day: Sunday 28 Sep is worked",
    "2025-09-30, 1WD, 2025-10-09, SPEC-11 2025 National Day and Mid-Autumn: 1–8 Oct off",
    "2025-10-10, 1WD, 2025-10-11, SPEC-11 2025 National Day: Saturday 11 Oct is worked",
    "2026-01-03, 1WD, 2026-01-04, SPEC-11 2026 New Year: Sunday 4 Jan is worked",
    "2026-02-13, 1WD, 2026-02-14, SPEC-11 2026 Spring Festival: Saturday 14 Feb is worked",
    "2026-02-14, 1WD, 2026-02-24, SPEC-11 2026 Spring Festival: 15–23 Feb off",
    "2026-02-27, 1WD, 2026-02-28, SPEC-11 2026 Spring Festival: Saturday 28 Feb is worked",
    "2026-05-08, 1WD, 2026-05-09, SPEC-11 2026 Labour Day: Saturday 9 May is worked",
    "2026-09-18, 1WD, 2026-09-20, SPEC-11 2026 National Day: Sunday 20 Sep is worked",
    "2026-09-30, 1WD, 2026-10-08, SPEC-11 2026 National Day: 1–7 Oct off",
    "2026-10-09, 1WD, 2026-10-10, SPEC-11 2026 National Day: Saturday 10 Oct is worked",
    "2025-09-26, 10WD, 2025-10-16, JDZ-34 rectification plan in 10 working days across National Day",
    "2026-02-11, 5WD, 2026-02-25, XC-3.2 answer in 5 working days across Spring Festival",
    "2026-09-21, 15WD, 2026-10-19, JDZ-31 hearing within 15 working days across Mid-Autumn and National Day",
    // calendar days: a last day that is a rest day moves to the next working day (art. 203)
    "2025-01-20, 10D, 2025-02-05, Civil Code art. 203: last day in the Spring Festival break",
    "2025-09-21, 10D, 2025-10-09, Civil Code art. 203: last day on National Day",
    "2026-09-10, 10D, 2026-09-20, Civil Code art. 203: last day on a worked Sunday stays",
    "2025-03-01, 7D, 2025-03-10, Civil Code art. 203: last day on an ordinary Saturday",
    "2026-06-09, 10D, 2026-06-22, Civil Code art. 203: last day in the Dragon Boat break",
    // months: corresponding day, or the month's last day (art. 202), then art. 203
    "2025-01-31, 1M, 2025-02-28, Civil Code art. 202: no 31 Feb in a common year",
    "2026-01-31, 1M, 2026-02-28, Civil Code art. 202: 28 Feb 2026 is a worked Saturday",
    "2025-12-31, 2M, 2026-02-28, ZZ-11.7 rectification report in 2 months, across the year end",
    "2025-08-31, 1M, 2025-09-30, Civil Code art. 202: no 31 Sep",
    "2026-03-31, 1M, 2026-04-30, Civil Code art. 202: no 31 Apr",
    "2025-07-01, 3M, 2025-10-09, YW-6.12 progress every 3 months, landing on National Day",
    "2026-04-04, 1M, 2026-05-06, YW-6.12 plan in 1 month, landing in the Labour Day break",
    "2025-12-15, 1M, 2026-01-15, YW-6.12 plan in 1 month, across the year end",
    "2025-04-30, 1M, 2025-05-30, Civil Code art. 202: corresponding day"
  })
  void periodsEndOnTheRightDay(String start, String period, String due, String rule) {
    assertEquals(LocalDate.parse(due), Deadlines.due(SHIPPED, LocalDate.parse(start), Period.parse(period)), rule);
  }

  @Test
  void leapFebruaryHasItsTwentyNinth() {
    WorkingCalendar weekendsOnly2028 = new WorkingCalendar(List.of(2028), List.of());
    assertEquals(
        LocalDate.of(2028, 2, 29),
        Deadlines.due(weekendsOnly2028, LocalDate.of(2028, 1, 31), Period.parse("1M")),
        "Civil Code art. 202 in a leap year");
  }

  @ParameterizedTest(name = "{0} + {1} needs {2}")
  @CsvSource({"2026-12-01, 1M, 2027", "2026-12-28, 5WD, 2027", "2026-12-25, 10D, 2027"})
  void aDeadlineInAYearWithoutScheduleIsRefusedNamingTheYear(String start, String period, int year) {
    CalendarYearMissingException e =
        assertThrows(
            CalendarYearMissingException.class,
            () -> Deadlines.due(SHIPPED, LocalDate.parse(start), Period.parse(period)));
    assertEquals(year, e.getYear());
    assertTrue(e.getMessage().contains(String.valueOf(year)), e.getMessage());
  }

  @Test
  void annualReportIsOnTimeAtTheLastSecondOfFifteenJanuaryBeijingTime() {
    LocalDate due = LocalDate.of(2026, 1, 15); // YW-10.1
    assertFalse(Deadlines.isLate(Instant.parse("2026-01-15T15:59:59Z"), due), "23:59:59 in Beijing");
    assertFalse(Deadlines.isLate(Instant.parse("2026-01-15T15:59:59.999Z"), due));
  }

  @Test
  void annualReportIsLateOneSecondAfterMidnightBeijingTime() {
    LocalDate due = LocalDate.of(2026, 1, 15); // YW-10.1
    assertTrue(Deadlines.isLate(Instant.parse("2026-01-15T16:00:00Z"), due), "00:00:00 on 16 January in Beijing");
    assertTrue(Deadlines.isLate(Instant.parse("2026-01-15T16:00:01Z"), due));
  }

  @Test
  void aUtcTimeStillOnTheFifteenthIsAlreadyTheSixteenthInBeijing() {
    assertTrue(Deadlines.isLate(Instant.parse("2026-01-15T20:00:00Z"), LocalDate.of(2026, 1, 15)), "YW-10.1");
  }

  @Test
  void cutOffIsTheLastSecondOfTheDueDateInBeijing() {
    assertEquals(
        ZonedDateTime.parse("2026-01-15T23:59:59+08:00[Asia/Shanghai]"),
        Deadlines.cutOff(LocalDate.of(2026, 1, 15)));
  }

  @ParameterizedTest
  @CsvSource({"0WD", "WD", "3", "2Y", "-1D", "1.5M", "''"})
  void malformedPeriodsAreRefused(String text) {
    assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
  }

  static WorkingCalendar shipped() {
    try (InputStream in =
        DeadlinesTest.class.getResourceAsStream("/calendar/cn-official-holidays-2025-2026.csv")) {
      List<ScheduleDay> days = ScheduleFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return new WorkingCalendar(List.of(2025, 2026), days);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
