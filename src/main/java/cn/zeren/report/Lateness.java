package cn.zeren.report;

import cn.zeren.calendar.Deadlines;
import cn.zeren.platform.i18n.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a submission is late, and by how much (YW-10.1: due 15 January, 23:59:59 Beijing time). Late means at or
 * after the midnight that ends the due date in Asia/Shanghai ({@link Deadlines#isLate}); the delay is counted from
 * that midnight, a started second counting as one, so that 00:00:01 is late by 1 second.
 *
 * @param seconds how late, 0 when on time
 */
public record Lateness(boolean late, long seconds) {
  public static final Lateness ON_TIME = new Lateness(false, 0);

  public static Lateness of(Instant submittedAt, LocalDate dueDate) {
    if (!Deadlines.isLate(submittedAt, dueDate)) {
      return ON_TIME;
    }
    Duration delay = Duration.between(dueDate.plusDays(1).atStartOfDay(Deadlines.BEIJING).toInstant(), submittedAt);
    long seconds = delay.getSeconds() + (delay.getNano() > 0 ? 1 : 0);
    return new Lateness(true, Math.max(1, seconds));
  }

  /** "按时" or "逾期 2天3小时": the two largest units that are not zero. */
  public String describe(Locale locale) {
    return late ? Texts.get(locale, "report.late", delay(locale)) : Texts.get(locale, "report.onTime");
  }

  /** The delay alone: "2天3小时", "1秒". */
  public String delay(Locale locale) {
    long[] amounts = {seconds / 86_400, seconds % 86_400 / 3_600, seconds % 3_600 / 60, seconds % 60};
    String[] units = {"days", "hours", "minutes", "seconds"};
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < amounts.length && parts.size() < 2; i++) {
      if (amounts[i] > 0) {
        parts.add(Texts.get(locale, "report.duration." + units[i], amounts[i]));
      } else if (!parts.isEmpty()) {
        break;
      }
    }
    return String.join(Texts.get(locale, "report.duration.separator"), parts);
  }
}
