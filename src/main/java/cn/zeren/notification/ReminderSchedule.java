package cn.zeren.notification;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When obligation reminders are due: at each lead time before the due date ({@code zeren.reminders.lead-days},
 * 5 and 1 days), on the day after the due date, and then every {@code zeren.reminders.overdue-every-days} (7).
 *
 * <p>Which reminder applies is a function of the due date and the Beijing day alone, so that the hourly job, a
 * restarted portal and a second node all reach the same answer; the sent-log then decides whether it still has to
 * go out. Before the due date the most urgent lead that has arrived applies — a job that was down on the 5-day lead
 * and runs again on the 1-day lead sends only {@code D-1}, never a stale {@code D-5} as well. After the due date
 * the current overdue interval applies, so a long outage yields one overdue reminder, not a backlog.
 */
public final class ReminderSchedule {
  private final List<Integer> leadDays;
  private final int overdueEveryDays;

  /**
   * @param leadDays days before the due date (0 = on the due date itself); order and repetitions do not matter
   * @param overdueEveryDays interval of the overdue reminders, at least 1
   */
  public ReminderSchedule(Collection<Integer> leadDays, int overdueEveryDays) {
    if (leadDays.stream().anyMatch(d -> d == null || d < 0)) {
      throw new IllegalArgumentException("zeren.reminders.lead-days: days before the due date cannot be negative");
    }
    if (overdueEveryDays < 1) {
      throw new IllegalArgumentException("zeren.reminders.overdue-every-days must be at least 1");
    }
    this.leadDays = List.copyOf(new TreeSet<>(leadDays));
    this.overdueEveryDays = overdueEveryDays;
  }

  /** Reads the configured form: lead days separated by commas, e.g. {@code 5,1}; an empty list means none. */
  public static ReminderSchedule parse(String leadDays, int overdueEveryDays) {
    List<Integer> days = new ArrayList<>();
    for (String part : leadDays == null ? new String[0] : leadDays.split(",")) {
      if (!part.isBlank()) {
        try {
          days.add(Integer.valueOf(part.trim()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "zeren.reminders.lead-days: \"" + part.trim() + "\" is not a number of days", e);
        }
      }
    }
    return new ReminderSchedule(days, overdueEveryDays);
  }

  /** The reminder that applies on {@code today} (Beijing) to an open obligation due on {@code dueDate}, if any. */
  public Optional<ReminderKey> applicable(LocalDate dueDate, LocalDate today) {
    long daysLeft = DAYS.between(today, dueDate);
    if (daysLeft < 0) {
      long daysLate = -daysLeft;
      return Optional.of(ReminderKey.overdue((int) ((daysLate - 1) / overdueEveryDays)));
    }
    return leadDays.stream().filter(lead -> lead >= daysLeft).findFirst().map(ReminderKey::before);
  }

  /** The furthest lead: an obligation due later than this many days from today needs no reminder yet. */
  public int horizonDays() {
    return leadDays.isEmpty() ? 0 : leadDays.get(leadDays.size() - 1);
  }

  public List<Integer> leadDays() {
    return leadDays;
  }

  public int overdueEveryDays() {
    return overdueEveryDays;
  }
}
