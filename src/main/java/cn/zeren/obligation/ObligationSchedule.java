package cn.zeren.obligation;

import cn.zeren.rules.RuleVariantSwitched;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Keeps the obligation instances complete: at start-up and every night at 01:05 Beijing time it generates the
 * current year (so new organisations and members get theirs), and from {@code zeren.obligations.next-year-from}
 * (1 December) the next year as well. Runs as the system.
 */
@Startup
@Singleton
@DependsOn({"BootstrapAdministrator", "RulePackRegistry"})
public class ObligationSchedule {
  private static final Logger LOG = Logger.getLogger(ObligationSchedule.class.getName());

  @Inject ObligationGenerator generator;
  @PersistenceContext EntityManager em;

  @Inject GenerationYears years;

  @Inject ObligationService obligations;

  @PostConstruct
  void atStartUp() {
    obligations.requireOwners();
    generateDue();
  }

  @Schedule(hour = "1", minute = "5", timezone = "Asia/Shanghai", persistent = false)
  void nightly() {
    generateDue();
  }

  /**
   * A variant switch committed: generate at once what the rules now in force need, so the preview's counts are
   * what the administrator finds (after the registry, priority 100, has put the new regulation in force).
   */
  public void afterSwitch(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(1000) RuleVariantSwitched event) {
    LOG.info(() -> "Variant " + event.group() + " switched to " + event.toPackId() + ": generating");
    generateDue();
  }

  void generateDue() {
    if (em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult() == 0) {
      return;
    }
    for (int year : years.due()) {
      ActorContext.runAs(Actor.system(), () -> run(year));
    }
  }

  private void run(int year) {
    ObligationGenerator.Result result = generator.generate(year);
    LOG.info(() -> "Obligations " + year + ": " + result.created() + " created");
    if (!result.missingCalendarYears().isEmpty()) {
      LOG.warning(
          () -> "Obligations " + year + ": some due dates need the holiday schedule of "
              + result.missingCalendarYears() + ", which is not loaded yet");
    }
  }
}
