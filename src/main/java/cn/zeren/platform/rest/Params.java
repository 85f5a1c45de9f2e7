package cn.zeren.platform.rest;

import cn.zeren.platform.Years;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Reads query parameters given as text, so that a malformed value is answered with a 400 problem naming the
 * parameter (JAX-RS would answer 404 for an unconvertible query parameter).
 */
public final class Params {
  /** Dates and times without an offset are Beijing time, like everything the portal shows. */
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private Params() {}

  /** An optional positive id. */
  public static Long id(String name, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below like any other bad value
    }
    throw ProblemException.badRequest(name, "api.param.id", name);
  }

  /** An optional year of the portal ({@link Years}). */
  public static Integer year(String name, String value) {
    return blank(value) ? null : integer(name, value, 0, Years.FIRST, Years.LAST);
  }

  /** A year of the portal that must be given. */
  public static int requiredYear(String name, String value) {
    Integer year = year(name, value);
    if (year == null) {
      throw ProblemException.badRequest(
          name, "api.param.range", name, String.valueOf(Years.FIRST), String.valueOf(Years.LAST));
    }
    return year;
  }

  /** An optional whole number between {@code min} and {@code max}. */
  public static int integer(String name, String value, int defaultValue, int min, int max) {
    if (blank(value)) {
      return defaultValue;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below like any other bad value
    }
    throw ProblemException.badRequest(name, "api.param.range", name, String.valueOf(min), String.valueOf(max));
  }

  /**
   * An optional point in time: an instant with offset ({@code 2026-01-15T08:00:00+08:00}, {@code …Z}), a Beijing
   * date-time ({@code 2026-01-15T08:00:00}) or a Beijing date ({@code 2026-01-15}), which stands for its first
   * moment, or with {@code endOfDay} for its last.
   */
  public static Instant time(String name, String value, boolean endOfDay) {
    if (blank(value)) {
      return null;
    }
    String text = value.trim();
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return endOfDay
            ? day.plusDays(1).atStartOfDay(BEIJING).toInstant().minusNanos(1000)
            : day.atStartOfDay(BEIJING).toInstant();
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(text).toInstant();
      }
      return LocalDateTime.parse(text).atZone(BEIJING).toInstant();
    } catch (DateTimeException e) {
      throw ProblemException.badRequest(name, "api.param.time", name);
    }
  }

  /** An optional text filter: trimmed, null when empty. */
  public static String text(String value) {
    return blank(value) ? null : value.trim();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
