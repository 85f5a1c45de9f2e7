package cn.zeren.report;

import cn.zeren.obligation.Obligation;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a report copies from the obligation instance it fulfils, read through the obligation context's service:
 * the instance's id, year and period, the year reported on (Y−1 for the 15 January report of year Y, YW-10.1), the
 * event date of a per-event instance, and the due date and time.
 */
record ObligationFacts(
    long id, int year, String periodKey, Integer coveredYear, LocalDate eventDate, LocalDate dueDate,
    Instant dueAt) {

  static ObligationFacts of(Obligation instance, boolean coversPreviousYear, LocalDate eventDate) {
    return new ObligationFacts(
        instance.getId(), instance.getYear(), instance.getPeriodKey(),
        coversPreviousYear ? instance.getYear() - 1 : null, eventDate, instance.getDueDate(), instance.getDueAt());
  }
}
