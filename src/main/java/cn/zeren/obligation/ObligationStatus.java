package cn.zeren.obligation;

/**
 * The state of an obligation instance. {@link #OVERDUE} is never stored: an {@link #OPEN} instance past its due
 * time is shown as overdue ({@link Obligation#statusAt}).
 */
public enum ObligationStatus {
  OPEN,
  OVERDUE,
  DONE_ON_TIME,
  DONE_LATE,
  WAIVED
}
