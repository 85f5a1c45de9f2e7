package cn.zeren.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as the regulations state it: {@code <n>WD} working days (个工作日), {@code <n>D} calendar days (日),
 * {@code <n>M} months (个月). This is the syntax of rule packs and of the calendar API.
 */
public record Period(int amount, Unit unit) {
  /** The units a period can be counted in. */
  public enum Unit {
    WORKING_DAYS("WD"),
    DAYS("D"),
    MONTHS("M");

    private final String suffix;

    Unit(String suffix) {
      this.suffix = suffix;
    }
  }

  private static final Pattern SYNTAX = Pattern.compile("([1-9][0-9]{0,3})(WD|D|M)");

  public Period {
    if (amount < 1 || unit == null) {
      throw new IllegalArgumentException("a period needs a positive amount and a unit");
    }
  }

  /** Parses {@code 10WD}, {@code 30D}, {@code 2M}; refuses anything else with {@link IllegalArgumentException}. */
  public static Period parse(String text) {
    Matcher m = SYNTAX.matcher(text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a period: " + text);
    }
    int amount = Integer.parseInt(m.group(1));
    for (Unit unit : Unit.values()) {
      if (unit.suffix.equals(m.group(2))) {
        return new Period(amount, unit);
      }
    }
    throw new IllegalArgumentException("not a period: " + text);
  }

  @Override
  public String toString() {
    return amount + unit.suffix;
  }
}
