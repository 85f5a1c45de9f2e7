package cn.zeren.platform;

/**
 * The years the portal keeps records for, the one place that says so: a year outside them is a typing mistake
 * (99999, -1), never a year of work. Bean Validation says it with {@link Year}; services that take a year as a
 * number check it with {@link #require}.
 */
public final class Years {
  public static final int FIRST = 2000;
  public static final int LAST = 2100;

  private Years() {}

  public static boolean contains(int year) {
    return year >= FIRST && year <= LAST;
  }

  /** The year itself, or a refusal next to {@code field}. */
  public static int require(String field, int year) {
    if (!contains(year)) {
      throw DomainException.onField(field, "platform.year.range", String.valueOf(FIRST), String.valueOf(LAST));
    }
    return year;
  }
}
