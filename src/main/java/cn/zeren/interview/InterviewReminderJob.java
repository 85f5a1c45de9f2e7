package cn.zeren.interview;

import cn.zeren.notification.ReminderSettings;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, the reminders of tomorrow's interviews to both sides (YW-12), as the system; off with the other
 * reminders ({@code zeren.reminders.enabled=false}). Not a start-up bean: the first hour's run is soon enough.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterviewReminderJob {
  private static final Logger LOG = Logger.getLogger(InterviewReminderJob.class.getName());

  @Inject InterviewService interviews;
  @Inject ReminderSettings settings;

  @Schedule(hour = "*", minute = "13", timezone = "Asia/Shanghai", persistent = false)
  void hourly() {
    if (!settings.enabled()) {
      return;
    }
    try {
      runAt(Instant.now());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Interview reminders failed; the next run tries again", e);
    }
  }

  /** Sends the day-before reminders for the Beijing day after {@code now}; tests call it with their own clock. */
  public int runAt(Instant now) {
    AtomicInteger sent = new AtomicInteger();
    ActorContext.runAs(Actor.system(), () -> sent.set(interviews.remindDayBefore(now)));
    return sent.get();
  }
}
