package cn.zeren.obligation;

import cn.zeren.accountability.CaseDecided;
import cn.zeren.accountability.CaseRegistered;
import cn.zeren.calendar.CalendarService;
import cn.zeren.calendar.CalendarYearMissingException;
import cn.zeren.calendar.Deadlines;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.NotFoundException;
import cn.zeren.rules.DueRule;
import cn.zeren.rules.Frequency;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The obligation that accountability cases carry (YW-9.9 "hold accountable", per event, in the Yiwu pack), kept
 * here by observing the accountability context's events rather than being called from it: a registered case opens
 * the instance of the registering discipline organisation, its decision is that instance's evidence. Both observers
 * run synchronously in the case's transaction.
 */
@ApplicationScoped
public class CaseObligations {
  private static final Logger LOG = Logger.getLogger(CaseObligations.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject RulePackRegistry rules;
  @Inject CalendarService calendar;
  @Inject ObligationService obligations;

  /**
   * Opens the per-event instance of the registering discipline organisation, when the caller acts for one, counted
   * from the day the case was opened. Not opened (and logged) while the working-day calendar of its due year is not
   * yet loaded: recording the case must not wait for the administrator's next holiday schedule.
   */
  void opened(@Observes CaseRegistered registered) {
    Actor actor = access.actor();
    if (actor.orgId() == null) {
      return;
    }
    Organisation registering = em.find(Organisation.class, actor.orgId());
    if (registering == null) {
      throw new NotFoundException("organisation", actor.orgId());
    }
    if (!access.permits(ObligationAction.FULFIL, registering)) {
      return;
    }
    Optional<ObligationRule> rule =
        rules.active().obligations().stream()
            .filter(r -> r.frequency() == Frequency.PER_EVENT && CaseRegistered.OBLIGATION_EVENT.equals(r.event()))
            .findFirst();
    if (rule.isEmpty() || !(rule.get().due() instanceof DueRule.AfterEvent after)) {
      return;
    }
    try {
      Deadlines.due(calendar.calendar(), registered.openedOn(), after.period());
    } catch (CalendarYearMissingException e) {
      LOG.warning(() -> rule.get().ruleId() + " not opened for an accountability case: " + e.getMessage());
      return;
    }
    registered.instanceOpened().accept(
        obligations.openForEvent(rule.get().ruleId(), registering.getId(), registered.openedOn()).getId());
  }

  /**
   * The decision fulfils the registering organisation's instance. The organisation department may decide the cases
   * it handles but fulfils no obligation of a discipline organisation itself, so the evidence is then written with
   * the system's rights.
   */
  void decided(@Observes CaseDecided decided) {
    Runnable record =
        () -> obligations.recordEvidence(decided.obligationId(), CaseDecided.EVIDENCE_TYPE, decided.evidenceRef(),
            decided.evidenceNote(), decided.decidedAt());
    if (access.actor().role() == Role.ORGANISATION_DEPARTMENT) {
      ActorContext.runAs(Actor.system(), record);
    } else {
      record.run();
    }
  }
}
