package cn.zeren.notification;

/**
 * Which reminder (提醒) of an obligation this is: {@code D-5} five days before its due date, {@code D-1} the day
 * before, {@code OVERDUE-0} in the first week after it, {@code OVERDUE-1} in the second, and so on. The code is part
 * of the sent-log's unique key, so each reminder reaches a person once per channel.
 *
 * @param overdue false for a reminder before the due date, true after it
 * @param number the lead in days before the due date, or the overdue interval counted from 0
 */
public record ReminderKey(boolean overdue, int number) {
  private static final String BEFORE = "D-";
  private static final String AFTER = "OVERDUE-";

  public ReminderKey {
    if (number < 0) {
      throw new IllegalArgumentException("a reminder number is never negative: " + number);
    }
  }

  public static ReminderKey before(int leadDays) {
    return new ReminderKey(false, leadDays);
  }

  public static ReminderKey overdue(int interval) {
    return new ReminderKey(true, interval);
  }

  /** {@code D-5}, {@code OVERDUE-0} ... as stored in {@code reminder_log.reminder_key}. */
  public String code() {
    return (overdue ? AFTER : BEFORE) + number;
  }

  @Override
  public String toString() {
    return code();
  }
}
