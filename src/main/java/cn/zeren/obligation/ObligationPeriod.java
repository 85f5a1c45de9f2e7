package cn.zeren.obligation;

import cn.zeren.rules.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The period an obligation instance covers: a year, a half (H1, H2), a quarter (Q1–Q4) or a month. Its key —
 * {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}, {@code 2026-M07} — is part of the instance's identity.
 */
public record ObligationPeriod(int year, Frequency frequency, int index) {
  public ObligationPeriod {
    if (frequency == Frequency.PER_EVENT) {
      throw new IllegalArgumentException("event obligations have no calendar period");
    }
    if (index < 1 || index > frequency.periodsPerYear()) {
      throw new IllegalArgumentException("no period " + index + " in " + frequency);
    }
  }

  /** The periods of a year at the given frequency, in order. */
  public static List<ObligationPeriod> of(int year, Frequency frequency) {
    List<ObligationPeriod> periods = new ArrayList<>();
    for (int i = 1; i <= frequency.periodsPerYear(); i++) {
      periods.add(new ObligationPeriod(year, frequency, i));
    }
    return periods;
  }

  /** The period of a frequency that a day falls in: a ledger record's date picks the instance it fulfils. */
  public static ObligationPeriod containing(LocalDate day, Frequency frequency) {
    if (frequency == Frequency.PER_EVENT) {
      throw new IllegalArgumentException("event obligations have no calendar period");
    }
    int months = 12 / frequency.periodsPerYear();
    return new ObligationPeriod(day.getYear(), frequency, (day.getMonthValue() - 1) / months + 1);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  public String key() {
    return switch (frequency) {
      case YEARLY -> String.valueOf(year);
      case HALF_YEARLY -> year + "-H" + index;
      case QUARTERLY -> year + "-Q" + index;
      case MONTHLY -> String.format("%d-M%02d", year, index);
      case PER_EVENT -> throw new IllegalStateException();
    };
  }

  private int months() {
    return 12 / frequency.periodsPerYear();
  }

  public LocalDate start() {
    return LocalDate.of(year, (index - 1) * months() + 1, 1);
  }

  /** The last day of the period. */
  public LocalDate end() {
    return start().plusMonths(months()).minusDays(1);
  }
}
