package cn.zeren.demo;

import cn.zeren.calendar.CalendarService;
import cn.zeren.calendar.CalendarYearMissingException;
import cn.zeren.calendar.WorkingCalendar;
import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.PersonService;
import cn.zeren.inspection.CoverageService;
import cn.zeren.inspection.DrawService;
import cn.zeren.inspection.InspectionDraw;
import cn.zeren.inspection.InspectionRound;
import cn.zeren.inspection.PoolForm;
import cn.zeren.inspection.PoolKind;
import cn.zeren.inspection.PoolMember;
import cn.zeren.inspection.PoolService;
import cn.zeren.inspection.RoundForm;
import cn.zeren.inspection.RoundKind;
import cn.zeren.inspection.RoundService;
import cn.zeren.inspection.TermForm;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.organisation.PositionKind;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.Role;
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
import java.util.List;
import java.util.logging.Logger;

/**
 * Gives the demo city its inspection (巡察), in demo mode only, once: the committee term, a leader pool and a talent
 * pool whose facts make avoidance exclude someone, a finished round drawn by lot and a running one, each drawn
 * through the draw service so that its record replays. Whoever the draw made leader of the running round's first
 * group gets the demo account {@code xczz} (巡察组组长), so that the README's account sees a round.
 */
@Startup
@Singleton
@DependsOn("DemoLedgerSeeder")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoInspectionSeeder {
  private static final Logger LOG = Logger.getLogger(DemoInspectionSeeder.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PersonService people;
  @Inject PoolService pools;
  @Inject RoundService rounds;
  @Inject DrawService draws;
  @Inject CoverageService coverage;
  @Inject CalendarService calendar;

  @Inject DemoMode demoMode;

  @PostConstruct
  void seed() {
    if (!demoMode.on() || !isFreshDemoCity()) {
      return;
    }
    try {
      ActorContext.runAs(Actor.system(), this::createInspection);
    } catch (CalendarYearMissingException e) {
      LOG.warning("Demo inspection skipped: the holiday schedule of " + e.getYear() + " is not loaded");
    }
  }

  private void createInspection() {
    LocalDate today = LocalDate.now(Deadlines.BEIJING);
    coverage.createTerm(new TermForm(DemoData.TERM_NAME, today.minusYears(4).withDayOfYear(1),
        today.plusYears(1).withMonth(12).withDayOfMonth(31)));
    for (DemoData.Candidate c : DemoData.POOL) {
      Person person = holder(c.unitCode(), c.kind());
      PoolMember member = pools.add(new PoolForm(person.getId(), c.pool(), c.nativePlace(), c.placesWorked(),
          c.expertise(), c.dispatched(), null));
      if (c.pastPostUnit() != null) {
        pools.addPastPost(person.getId(), unit(c.pastPostUnit()).getId(), c.pastPostTitle(),
            today.minusYears(6), today.minusYears(2));
      }
      if (c.declaredUnit() != null) {
        pools.declare(person.getId(), unit(c.declaredUnit()).getId(), c.declaredRelation(), null);
      }
      LOG.fine(() -> "Demo pool: " + member.getPerson().getName());
    }
    // Dates counted back on the working-day calendar, so that any day of the year gives rounds long enough
    // (JDZ-16) without needing next year's holiday schedule.
    LocalDate finishedEnd = today.minusDays(90);
    InspectionRound finished =
        plan(DemoData.FINISHED_ROUND, workingDaysBefore(finishedEnd, DemoData.ROUND_WORKING_DAYS), finishedEnd);
    draw(finished, "示范市第一轮巡察抽签会");
    InspectionRound running =
        plan(DemoData.RUNNING_ROUND, workingDaysBefore(today, DemoData.ROUND_WORKING_DAYS), today);
    InspectionDraw drawn = draw(running, "示范市第二轮巡察抽签会");
    Long leader = draws.outcome(drawn).groups().get(0).leaderId();
    if (leader != null) {
      people.createAccount(leader, DemoData.GROUP_LEADER_ACCOUNT, DemoData.PASSWORD.toCharArray());
      people.assignRole(leader, unit(DemoData.ROOT_CODE).getId(), Role.INSPECTION_GROUP_LEADER);
    }
    LOG.info("Demo inspection: a term, " + DemoData.POOL.size() + " pool members, 2 rounds drawn by lot");
  }

  private InspectionRound plan(DemoData.Round round, LocalDate from, LocalDate to) {
    List<Long> targets = round.targetCodes().stream().map(code -> unit(code).getId()).toList();
    return rounds.create(new RoundForm(round.name(), RoundKind.REGULAR, null, from, to, round.authorisedBy(),
        from.minusDays(7), targets, round.groups(), null));
  }

  /** The day from which {@code count} working days (both ends included) run to {@code end}. */
  private LocalDate workingDaysBefore(LocalDate end, int count) {
    WorkingCalendar days = calendar.calendar();
    LocalDate day = end;
    int counted = days.isWorkingDay(day) ? 1 : 0;
    while (counted < count) {
      day = day.minusDays(1);
      if (days.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  private InspectionDraw draw(InspectionRound round, String witness) {
    InspectionDraw sealed = draws.seal(round.getId(), 1);
    return draws.perform(sealed.getId(), sealed.getVersion(), witness);
  }

  private Person holder(String unitCode, PositionKind kind) {
    return people.positionsOf(unit(unitCode).getId()).stream()
        .filter(p -> p.isActive() && p.getKind() == kind)
        .map(p -> p.getPerson())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + kind + " in " + unitCode));
  }

  private Organisation unit(String code) {
    return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :c", Organisation.class)
        .setParameter("c", code)
        .getSingleResult();
  }

  private boolean isFreshDemoCity() {
    long demoUnit =
        em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.code = 'QSZ'", Long.class).getSingleResult();
    long rounds = em.createQuery("SELECT COUNT(r) FROM InspectionRound r", Long.class).getSingleResult();
    return demoUnit == 1 && rounds == 0;
  }
}
