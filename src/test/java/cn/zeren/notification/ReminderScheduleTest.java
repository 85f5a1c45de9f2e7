package cn.zeren.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which reminder applies on a Beijing day (SPEC §11: reminders before and at each deadline), with the default
 * configuration — 5 and 1 days before, the day after, then weekly — for YW-6.2b, the quarterly meeting due at the
 * end of Q2 2026 (30 June, a Tuesday).
 */
class ReminderScheduleTest {
  private static final ReminderSchedule DEFAULT = ReminderSchedule.parse("5,1", 7);
  private static final LocalDate Q2_END = LocalDate.of(2026, 6, 30);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "2026-06-01, none",
    "2026-06-24, none",
    "2026-06-25, D-5",
    "2026-06-26, D-5",
    "2026-06-28, D-5",
    "2026-06-29, D-1",
    "2026-06-30, D-1",
    "2026-07-01, OVERDUE-0",
    "2026-07-07, OVERDUE-0",
    "2026-07-08, OVERDUE-1",
    "2026-07-14, OVERDUE-1",
    "2026-07-15, OVERDUE-2",
    "2026-11-22, OVERDUE-20"
  })
  void quarterlyMeetingYw62bIsRemindedFiveDaysAndOneDayBeforeThenWeeklyWhenOverdue(LocalDate today, String key) {
    assertEquals(key, code(DEFAULT, Q2_END, today));
  }

  @ParameterizedTest(name = "job back on {0}: only {1}")
  @CsvSource({
    "2026-06-29, D-1",
    "2026-06-30, D-1",
    "2026-07-03, OVERDUE-0",
    "2026-07-20, OVERDUE-2"
  })
  void aJobThatMissedLeadDaysSendsOnlyTheMostUrgentReminder(LocalDate backOn, String only) {
    // Down from 24 June: D-5 was never sent. Whatever day it comes back, one reminder applies, not a backlog.
    assertEquals(only, code(DEFAULT, Q2_END, backOn));
  }

  @Test
  void theSameDayGivesTheSameKeySoTheSentLogCatchesARepeat() {
    LocalDate today = LocalDate.of(2026, 6, 26);
    assertEquals(DEFAULT.applicable(Q2_END, today), DEFAULT.applicable(Q2_END, today));
  }

  @ParameterizedTest(name = "lead days \"{0}\", every {1}: {2} on {3}")
  @CsvSource({
    "'5,1,0', 7, 2026-06-30, D-0",
    "'1,5', 7, 2026-06-29, D-1",
    "' 3 , 3 ', 7, 2026-06-27, D-3",
    "'', 7, 2026-06-29, none",
    "'', 7, 2026-07-01, OVERDUE-0",
    "'5,1', 1, 2026-07-01, OVERDUE-0",
    "'5,1', 1, 2026-07-02, OVERDUE-1",
    "'10', 30, 2026-06-20, D-10",
    "'10', 30, 2026-07-31, OVERDUE-1"
  })
  void configuredScheduleIsFollowed(String leadDays, int every, LocalDate today, String key) {
    assertEquals(key, code(ReminderSchedule.parse(leadDays, every), Q2_END, today));
  }

  @Test
  void theHorizonIsTheFurthestLead() {
    assertEquals(5, DEFAULT.horizonDays());
    assertEquals(List.of(1, 5), DEFAULT.leadDays());
    assertEquals(0, ReminderSchedule.parse("", 7).horizonDays());
  }

  @Test
  void aMalformedConfigurationIsRefusedWithTheKeyName() {
    IllegalArgumentException notANumber =
        assertThrows(IllegalArgumentException.class, () -> ReminderSchedule.parse("5,one", 7));
    assertEquals("zeren.reminders.lead-days: \"one\" is not a number of days", notANumber.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReminderSchedule.parse("-1", 7));
    assertThrows(IllegalArgumentException.class, () -> ReminderSchedule.parse("5,1", 0));
  }

  @Test
  void keysAreWrittenAsInTheSentLog() {
    assertEquals("D-5", ReminderKey.before(5).code());
    assertEquals("OVERDUE-0", ReminderKey.overdue(0).code());
    assertThrows(IllegalArgumentException.class, () -> ReminderKey.before(-1));
  }

  private static String code(ReminderSchedule schedule, LocalDate due, LocalDate today) {
    return schedule.applicable(due, today).map(ReminderKey::code).orElse("none");
  }
}
