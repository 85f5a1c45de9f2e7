package cn.zeren.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Working days (工作日) by the official schedule: a listed holiday is a rest day, a listed adjusted working day is a
 * working day, every other date follows the week. Only loaded years can be asked about; any other year is refused
 * with {@link CalendarYearMissingException}. Immutable.
 */
public final class WorkingCalendar {
  private final Set<Integer> years;
  private final Map<LocalDate, DayKind> listed;

  public WorkingCalendar(Collection<Integer> years, Collection<ScheduleDay> days) {
    this.years = Set.copyOf(new HashSet<>(years));
    Map<LocalDate, DayKind> map = new HashMap<>();
    for (ScheduleDay day : days) {
      if (!this.years.contains(day.date().getYear())) {
        throw new IllegalArgumentException("day " + day.date() + " lies outside the loaded years " + years);
      }
      map.put(day.date(), day.kind());
    }
    this.listed = Map.copyOf(map);
  }

  public Set<Integer> years() {
    return years;
  }

  public boolean isWorkingDay(LocalDate date) {
    if (!years.contains(date.getYear())) {
      throw new CalendarYearMissingException(date.getYear());
    }
    DayKind kind = listed.get(date);
    if (kind != null) {
      return kind == DayKind.WORKDAY;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /** The date itself when it is a working day, otherwise the first working day after it. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** How many working days lie from {@code from} to {@code to}, both included (0 when {@code to} is before). */
  public int countWorkingDays(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
