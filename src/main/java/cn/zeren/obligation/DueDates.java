package cn.zeren.obligation;

import cn.zeren.calendar.Deadlines;
import cn.zeren.calendar.WorkingCalendar;
import cn.zeren.rules.DueRule;
import java.time.LocalDate;

/** The due date of a periodic obligation, from its rule pack's due rule and its period. */
public final class DueDates {
  private DueDates() {}

  /**
   * A fixed date of the year ("1月15日前", YW-10.1) or the period's last day are due as they stand; a period after
   * the period's end is counted on the working-day calendar (Civil Code arts. 201–203).
   */
  public static LocalDate dueDate(DueRule due, ObligationPeriod period, WorkingCalendar calendar) {
    if (due instanceof DueRule.FixedDate fixed) {
      return fixed.date().atYear(period.year());
    }
    if (due instanceof DueRule.AfterPeriodEnd after) {
      return Deadlines.due(calendar, period.end(), after.period());
    }
    if (due instanceof DueRule.EndOfPeriod) {
      return period.end();
    }
    throw new IllegalArgumentException("event obligations are due from their event, not a period");
  }
}
