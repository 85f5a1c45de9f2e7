package cn.zeren.calendar;

/**
 * How the official holiday schedule (国务院办公厅节假日安排) marks a date: a day off ({@code holiday}), or a weekend
 * day that is worked in exchange (调休上班, {@code workday}). Dates it does not list follow the week: Monday to Friday
 * are working days, Saturday and Sunday are rest days.
 */
public enum DayKind {
  HOLIDAY("holiday"),
  WORKDAY("workday");

  private final String code;

  DayKind(String code) {
    this.code = code;
  }

  /** The word used in the schedule files. */
  public String code() {
    return code;
  }

  public static DayKind ofCode(String code) {
    for (DayKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    return null;
  }
}
