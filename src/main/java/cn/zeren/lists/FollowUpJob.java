package cn.zeren.lists;

import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every night at 01:20 Beijing time, after the obligation generator, opens the YW-6.12 instances of upper-level
 * feedback that were waiting for next year's holiday calendar. Not a start-up bean: the timer creates it.
 */
@Singleton
public class FollowUpJob {
  private static final Logger LOG = Logger.getLogger(FollowUpJob.class.getName());

  @Inject RectificationService rectifications;

  @Schedule(hour = "1", minute = "20", timezone = "Asia/Shanghai", persistent = false)
  void nightly() {
    int opened = ActorContext.supplyAs(Actor.system(), rectifications::openPendingFollowUps);
    if (opened > 0) {
      LOG.info(() -> "Opened " + opened + " feedback follow-up instances that were waiting for a holiday calendar");
    }
  }
}
