package cn.zeren.rules;

import cn.zeren.calendar.Period;
import java.time.MonthDay;

/**
 * When an obligation falls due, as its rule pack says: on a fixed date of the year ({@code "fixed": "--01-15"}),
 * at the end of its period ({@code "endOfPeriod": true}), a period after the end of its period
 * ({@code "afterPeriodEnd": "10WD"}), or a period after the event that gave rise to it
 * ({@code "afterEvent": "1M"}, optionally {@code "repeatEvery": "3M"}).
 */
public sealed interface DueRule {
  record FixedDate(MonthDay date) implements DueRule {}

  record EndOfPeriod() implements DueRule {}

  record AfterPeriodEnd(Period period) implements DueRule {}

  record AfterEvent(Period period, Period repeatEvery) implements DueRule {}
}
