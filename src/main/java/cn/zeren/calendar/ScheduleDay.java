package cn.zeren.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One date of the official schedule: a holiday or an adjusted working day, with the festival's name. */
public record ScheduleDay(LocalDate date, DayKind kind, String name) {
  public ScheduleDay {
    Objects.requireNonNull(date);
    Objects.requireNonNull(kind);
  }
}
