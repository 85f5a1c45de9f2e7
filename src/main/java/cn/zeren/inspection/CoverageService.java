package cn.zeren.inspection;

import cn.zeren.audit.AuditLog;
import cn.zeren.directory.OrganisationService;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coverage of the committee's term (JDZ-16: every unit inspected at least the pack's number of times per term): which
 * units a regular or special round of the term inspected, which are still due, and how long the term has left. The
 * terms themselves are recorded by the office; a 回头看 revisits a unit and does not count towards its coverage.
 */
@ApplicationScoped
public class CoverageService {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;
  @Inject InspectionRules rules;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** One unit's place in the coverage: the term's rounds that inspected it, and whether that meets the pack. */
  public record UnitCoverage(Organisation unit, List<InspectionRound> rounds, boolean covered) {}

  /**
   * The coverage of a term.
   *
   * @param required the pack's rule (id and times per term); empty when the locality's pack sets none (ZZ)
   * @param left what is left of the term from today (zero once it ended)
   */
  public record Coverage(InspectionTerm term, Optional<InspectionRules.CoverageRule> required,
      List<UnitCoverage> units, long covered, long due, Period left, long daysLeft) {}

  public boolean mayManage() {
    return access.permits(InspectionAction.MANAGE, organisations.root());
  }

  public List<InspectionTerm> terms() {
    access.require(InspectionAction.VIEW_ALL, organisations.root());
    return em.createQuery("SELECT t FROM InspectionTerm t ORDER BY t.startsOn DESC", InspectionTerm.class)
        .getResultList();
  }

  /** The term today falls in, if the office recorded it. */
  public Optional<InspectionTerm> currentTerm() {
    LocalDate today = LocalDate.now(clock);
    return terms().stream().filter(t -> t.contains(today)).findFirst();
  }

  public InspectionTerm term(long id) {
    access.require(InspectionAction.VIEW_ALL, organisations.root());
    InspectionTerm term = em.find(InspectionTerm.class, id);
    if (term == null) {
      throw new NotFoundException("inspection.term", id);
    }
    return term;
  }

  public Coverage coverage(long termId) {
    InspectionTerm term = term(termId);
    Optional<InspectionRules.CoverageRule> required = rules.coverage();
    int times = required.map(InspectionRules.CoverageRule::timesPerTerm).orElse(1);
    List<Organisation> units = em.createQuery(
            "SELECT o FROM Organisation o WHERE o.parent IS NOT NULL AND o.active = TRUE ORDER BY o.path",
            Organisation.class)
        .getResultList();
    Map<Long, List<InspectionRound>> byUnit = new HashMap<>();
    em.createQuery(
            "SELECT t FROM RoundTarget t JOIN FETCH t.round r WHERE r.kind <> :lookBack"
                + " AND r.startsOn >= :from AND r.startsOn <= :to ORDER BY r.startsOn, r.id",
            RoundTarget.class)
        .setParameter("lookBack", RoundKind.LOOK_BACK)
        .setParameter("from", term.getStartsOn())
        .setParameter("to", term.getEndsOn())
        .getResultList()
        .forEach(t -> byUnit.computeIfAbsent(t.getOrganisation().getId(), k -> new ArrayList<>()).add(t.getRound()));
    List<UnitCoverage> rows = units.stream()
        .map(u -> {
          List<InspectionRound> inspected = byUnit.getOrDefault(u.getId(), List.of());
          return new UnitCoverage(u, inspected, inspected.size() >= times);
        })
        .toList();
    long covered = rows.stream().filter(UnitCoverage::covered).count();
    LocalDate today = LocalDate.now(clock);
    LocalDate from = today.isBefore(term.getStartsOn()) ? term.getStartsOn() : today;
    boolean over = today.isAfter(term.getEndsOn());
    Period left = over ? Period.ZERO : Period.between(from, term.getEndsOn().plusDays(1));
    long daysLeft = over ? 0 : ChronoUnit.DAYS.between(from, term.getEndsOn()) + 1;
    return new Coverage(term, required, rows, covered, rows.size() - covered, left, daysLeft);
  }

  @Transactional
  public InspectionTerm createTerm(@Valid TermForm form) {
    access.require(InspectionAction.MANAGE, organisations.root());
    check(form);
    InspectionTerm term = new InspectionTerm(form.name(), form.startsOn(), form.endsOn());
    em.persist(term);
    em.flush();
    audit.record("INSPECTION_TERM_CREATED", "InspectionTerm", term.getId(),
        Map.of("name", term.getName(), "from", term.getStartsOn().toString(), "to", term.getEndsOn().toString()));
    return term;
  }

  private void check(TermForm form) {
    if (!form.endsOn().isAfter(form.startsOn())) {
      throw DomainException.onField("endsOn", "inspection.term.endsBeforeStart");
    }
    for (InspectionTerm other : terms()) {
      if (!form.startsOn().isAfter(other.getEndsOn())
          && !form.endsOn().isBefore(other.getStartsOn())) {
        throw DomainException.onField("startsOn", "inspection.term.overlaps", other.getName());
      }
    }
  }
}
