package cn.zeren.dashboard;

import cn.zeren.calendar.Deadlines;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a rectification item (整改事项) stands for the dashboard: open within its deadline, open past it, or written
 * off (销账 approved, YW-11.2) by its deadline or after it. An item without a deadline is never overdue and is written
 * off on time.
 */
public enum RectificationState {
  OPEN,
  OVERDUE,
  CLOSED_ON_TIME,
  CLOSED_LATE;

  /**
   * @param deadline the item's deadline (a Beijing day, inclusive), or null
   * @param closedAt when its write-off was approved, or null while it is not
   * @param today the Beijing day of the figures
   */
  public static RectificationState of(LocalDate deadline, Instant closedAt, LocalDate today) {
    if (closedAt == null) {
      return deadline != null && deadline.isBefore(today) ? OVERDUE : OPEN;
    }
    LocalDate closedOn = closedAt.atZone(Deadlines.BEIJING).toLocalDate();
    return deadline == null || !closedOn.isAfter(deadline) ? CLOSED_ON_TIME : CLOSED_LATE;
  }
}
