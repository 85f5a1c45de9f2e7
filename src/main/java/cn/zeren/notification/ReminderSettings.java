package cn.zeren.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reminder settings from MicroProfile Config (docs/operations.md). */
@ApplicationScoped
public class ReminderSettings {
  @Inject
  @ConfigProperty(name = "zeren.reminders.lead-days", defaultValue = "5,1")
  String leadDays;

  @Inject
  @ConfigProperty(name = "zeren.reminders.overdue-every-days", defaultValue = "7")
  int overdueEveryDays;

  /**
   * Off stops the scheduled runs — e.g. on a copy of the production database, which must not remind real people.
   * {@link ReminderJob#runAt} still works when called directly.
   */
  @Inject
  @ConfigProperty(name = "zeren.reminders.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "zeren.base-url", defaultValue = "http://localhost:8080/")
  String baseUrl;

  private ReminderSchedule schedule;

  /** The configured schedule; a malformed value is refused with the key's name. */
  public synchronized ReminderSchedule schedule() {
    if (schedule == null) {
      schedule = ReminderSchedule.parse(leadDays, overdueEveryDays);
    }
    return schedule;
  }

  public boolean enabled() {
    return enabled;
  }

  /** The public address of a page of the portal, for links in e-mails. */
  public String pageUrl(String page) {
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return base + (page.startsWith("/") ? page.substring(1) : page);
  }
}
