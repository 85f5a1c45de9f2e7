package cn.zeren.notification;

import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the obligation reminders every hour at :07 Beijing time, and once a minute after start-up so that a
 * restarted portal catches up without waiting for the hour. Hourly rather than daily because a failed e-mail is
 * retried at the next run. Runs as the system, outside any transaction: each delivery has its own. The singleton's
 * lock keeps runs on one node from overlapping; the sent-log keeps several nodes from sending twice. The last bean
 * of the obligation start-up chain (… → ObligationSchedule → ReminderJob; only the demo ledger follows), so that
 * this year's obligations exist first.
 */
@Startup
@Singleton
@DependsOn("ObligationSchedule")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderJob {
  private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());
  private static final Duration CATCH_UP_DELAY = Duration.ofMinutes(1);

  @Resource TimerService timers;
  @Inject Reminders reminders;
  @Inject ReminderSettings settings;
  @Inject Mailer mailer;

  @PostConstruct
  void atStartUp() {
    settings.schedule();
    mailer.enabled();
    if (!settings.enabled()) {
      LOG.info("Scheduled reminders are off (zeren.reminders.enabled=false)");
      return;
    }
    timers.createSingleActionTimer(CATCH_UP_DELAY.toMillis(), new TimerConfig("reminders-after-start-up", false));
  }

  @Timeout
  void afterStartUp() {
    scheduled();
  }

  @Schedule(hour = "*", minute = "7", timezone = "Asia/Shanghai", persistent = false)
  void hourly() {
    scheduled();
  }

  /**
   * Sends the reminders that apply on the Beijing day of {@code now} and have not been sent yet, as the system.
   * The schedule calls it with the current time; tests call it with the clock they need.
   */
  public Reminders.Summary runAt(Instant now) {
    AtomicReference<Reminders.Summary> summary = new AtomicReference<>();
    ActorContext.runAs(Actor.system(), () -> summary.set(reminders.run(now)));
    return summary.get();
  }

  private void scheduled() {
    if (!settings.enabled()) {
      return;
    }
    try {
      runAt(Instant.now());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Reminder run failed; the next run tries again", e);
    }
  }
}
