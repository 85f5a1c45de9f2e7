package cn.zeren.demo;

import cn.zeren.calendar.Deadlines;
import cn.zeren.ledger.LedgerForm;
import cn.zeren.ledger.LedgerService;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.logging.Logger;

/**
 * Gives the demo city's 青山镇 a work ledger (YW-13.1), in demo mode only, once: after this year's obligations exist
 * (the last bean of the start-up chain … → ReminderJob → here), each entry of {@link DemoData#LEDGER} is recorded by
 * its demo account through the ledger service, so the compliance matrix shows done cells. Each record commits on
 * its own.
 */
@Startup
@Singleton
@DependsOn("ReminderJob")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoLedgerSeeder {
  private static final Logger LOG = Logger.getLogger(DemoLedgerSeeder.class.getName());

  @PersistenceContext EntityManager em;
  @Inject LedgerService ledger;
  @Inject ActorResolver actors;

  @Inject DemoMode demoMode;

  @PostConstruct
  void seed() {
    if (!demoMode.on() || !isFreshDemoCity()) {
      return;
    }
    LocalDate today = LocalDate.now(Deadlines.BEIJING);
    int recorded = 0;
    for (DemoData.LedgerEntry entry : DemoData.LEDGER) {
      LocalDate day = MonthDay.parse(entry.monthDay()).atYear(today.getYear());
      Actor actor = actors.resolve(entry.username(), null, null);
      if (day.isAfter(today) || actor == null) {
        continue;
      }
      LedgerForm form =
          new LedgerForm(entry.activityCode(), null, day, entry.topic(), List.of(), null, entry.minutes());
      ActorContext.runAs(actor, () -> ledger.create(form));
      recorded++;
    }
    LOG.info("Demo work ledger: " + recorded + " records for 青山镇");
  }

  private boolean isFreshDemoCity() {
    long demoUnit =
        em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.code = 'QSZ'", Long.class).getSingleResult();
    long records = em.createQuery("SELECT COUNT(r) FROM LedgerRecord r", Long.class).getSingleResult();
    return demoUnit == 1 && records == 0;
  }
}
