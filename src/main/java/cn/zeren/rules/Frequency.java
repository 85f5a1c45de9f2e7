package cn.zeren.rules;

/** How often an obligation falls due; {@link #PER_EVENT} ones arise from an event (e.g. upper-level feedback). */
public enum Frequency {
  YEARLY(1),
  HALF_YEARLY(2),
  QUARTERLY(4),
  MONTHLY(12),
  PER_EVENT(0);

  private final int periodsPerYear;

  Frequency(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  public int periodsPerYear() {
    return periodsPerYear;
  }
}
