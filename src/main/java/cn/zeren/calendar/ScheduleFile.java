package cn.zeren.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an official holiday schedule in the portal's CSV shape — a header {@code date,kind,name}, then one line a
 * date: {@code 2026-02-14,workday,春节}. Any fault refuses the whole file with its line and reason: a malformed
 * line or date, an unknown kind, a date listed twice, an adjusted working day that is not a weekend day, or (for
 * an administrator's upload) dates of more than one year.
 */
public final class ScheduleFile {
  static final String HEADER = "date,kind,name";

  private ScheduleFile() {}

  /** Parses a file that may span several years (the schedules shipped with the portal). */
  public static List<ScheduleDay> parse(String content) {
    String[] lines = content.replace("\uFEFF", "").split("\r?\n", -1);
    if (lines.length == 0 || !HEADER.equals(lines[0].trim())) {
      throw new ScheduleFileException(1, "calendar.file.header", HEADER);
    }
    List<ScheduleDay> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      ScheduleDay day = parseLine(i + 1, line);
      if (!seen.add(day.date())) {
        throw new ScheduleFileException(i + 1, "calendar.file.duplicate", day.date().toString());
      }
      days.add(day);
    }
    if (days.isEmpty()) {
      throw new ScheduleFileException(0, "calendar.file.empty");
    }
    return days;
  }

  /** Parses an administrator's upload, which must hold exactly one year; returns that year's days. */
  public static List<ScheduleDay> parseOneYear(String content) {
    List<ScheduleDay> days = parse(content);
    int year = days.get(0).date().getYear();
    for (ScheduleDay day : days) {
      if (day.date().getYear() != year) {
        throw new ScheduleFileException(
            lineOf(content, day.date()), "calendar.file.otherYear", day.date().toString(), year);
      }
    }
    return days;
  }

  private static ScheduleDay parseLine(int number, String line) {
    String[] fields = line.split(",", -1);
    if (fields.length < 2 || fields.length > 3) {
      throw new ScheduleFileException(number, "calendar.file.fields");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(fields[0].trim());
    } catch (DateTimeParseException e) {
      throw new ScheduleFileException(number, "calendar.file.date", fields[0].trim());
    }
    DayKind kind = DayKind.ofCode(fields[1].trim());
    if (kind == null) {
      throw new ScheduleFileException(number, "calendar.file.kind", fields[1].trim());
    }
    DayOfWeek weekday = date.getDayOfWeek();
    if (kind == DayKind.WORKDAY && weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
      throw new ScheduleFileException(number, "calendar.file.workdayOnWeekday", date.toString());
    }
    String name = fields.length == 3 ? fields[2].trim() : "";
    return new ScheduleDay(date, kind, name);
  }

  private static int lineOf(String content, LocalDate date) {
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(date.toString())) {
        return i + 1;
      }
    }
    return 0;
  }
}
