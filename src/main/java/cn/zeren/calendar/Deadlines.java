package cn.zeren.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Deadline arithmetic of the PRC Civil Code, articles 201–203, on the official working-day calendar:
 *
 * <ul>
 *   <li>art. 201: the starting day is not counted; counting begins the next day;
 *   <li>art. 202: a period in months ends on the corresponding day of the final month, or on that month's last
 *       day when it has no such day;
 *   <li>art. 203: when the last day is a rest day, the period ends on the first working day after it; the last day
 *       ends at 24:00 — here 23:59:59 Beijing time (Asia/Shanghai).
 * </ul>
 *
 * A period in working days counts working days only.
 */
public final class Deadlines {
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

  private Deadlines() {}

  /** The last day of {@code period} counted from {@code start} (an event's date, e.g. a feedback's receipt). */
  public static LocalDate due(WorkingCalendar calendar, LocalDate start, Period period) {
    return switch (period.unit()) {
      case WORKING_DAYS -> afterWorkingDays(calendar, start, period.amount());
      case DAYS -> calendar.onOrAfter(start.plusDays(period.amount()));
      case MONTHS -> calendar.onOrAfter(start.plusMonths(period.amount()));
    };
  }

  private static LocalDate afterWorkingDays(WorkingCalendar calendar, LocalDate start, int count) {
    LocalDate day = start;
    int counted = 0;
    while (counted < count) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The last second of a due date: 23:59:59 Beijing time. */
  public static ZonedDateTime cutOff(LocalDate dueDate) {
    return ZonedDateTime.of(dueDate, LAST_SECOND, BEIJING);
  }

  /** Late means at or after midnight Beijing time that follows the due date. */
  public static boolean isLate(Instant when, LocalDate dueDate) {
    return !when.isBefore(dueDate.plusDays(1).atStartOfDay(BEIJING).toInstant());
  }
}
