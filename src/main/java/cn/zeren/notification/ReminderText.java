package cn.zeren.notification;

import static java.time.temporal.ChronoUnit.DAYS;

import cn.zeren.calendar.Deadlines;
import cn.zeren.platform.i18n.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The Chinese text of a reminder, from the {@code messages} bundle: the same subject and body for the inbox and the
 * e-mail, which adds the portal's address and how to turn e-mail off. Reminders are written in Chinese whatever
 * language the recipient last used, because they are sent by the system rather than shown on a page.
 */
public final class ReminderText {
  private static final DateTimeFormatter DUE_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Deadlines.BEIJING);
  private static final int SUBJECT_LENGTH = 200;

  private ReminderText() {}

  /** A reminder's subject line and plain-text body. */
  public record Message(String subject, String body) {}

  /**
   * The reminder for one recipient on {@code today}.
   *
   * @param overseer true for a person of the level above, told that a unit below them is late
   */
  public static Message compose(ReminderFacts facts, LocalDate today, String recipient, boolean overseer) {
    long daysLeft = DAYS.between(today, facts.dueDate());
    String days = String.valueOf(Math.abs(daysLeft));
    String subject;
    String lead;
    if (daysLeft < 0) {
      subject = Texts.zh("reminder.subject.overdue", facts.unit(), facts.title(), days);
      lead =
          overseer
              ? Texts.zh("reminder.lead.overseen", facts.unit(), days)
              : Texts.zh("reminder.lead.overdue", days);
    } else if (daysLeft == 0) {
      subject = Texts.zh("reminder.subject.dueToday", facts.unit(), facts.title());
      lead = Texts.zh("reminder.lead.dueToday");
    } else {
      subject = Texts.zh("reminder.subject.before", facts.unit(), facts.title(), facts.dueDate().toString());
      lead = Texts.zh("reminder.lead.before", days);
    }
    String body =
        Texts.zh("reminder.greeting", recipient) + "\n\n" + lead + "\n\n"
            + Texts.zh(
                "reminder.details", facts.title(), facts.unit(), facts.owner(), facts.period(),
                DUE_AT.format(facts.dueAt()), facts.ruleId(), facts.article());
    return new Message(shorten(subject), body);
  }

  /** The e-mail's body: the reminder, the page to open and how to stop e-mail reminders. */
  public static String emailBody(Message message, String pageUrl) {
    return message.body() + "\n\n" + Texts.zh("reminder.email.link", pageUrl) + "\n\n"
        + Texts.zh("reminder.email.footer");
  }

  private static String shorten(String subject) {
    return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH - 1) + "…";
  }
}
