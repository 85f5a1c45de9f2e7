package cn.zeren.calendar;

import cn.zeren.platform.DomainException;

/**
 * A deadline needs a year whose official holiday schedule is not loaded. The portal refuses rather than guess from
 * weekends alone, because 调休 can move a deadline by days.
 */
public class CalendarYearMissingException extends DomainException {
  private final int year;

  public CalendarYearMissingException(int year) {
    super("calendar.yearMissing", String.valueOf(year));
    this.year = year;
  }

  public int getYear() {
    return year;
  }
}
