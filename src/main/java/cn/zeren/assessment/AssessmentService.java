package cn.zeren.assessment;

import cn.zeren.accountability.AccountabilityFacts;
import cn.zeren.accountability.CaseFact;
import cn.zeren.assessment.ManualEntry.ManualKind;
import cn.zeren.directory.OrganisationService;
import cn.zeren.hearing.HearingFacts;
import cn.zeren.hearing.HearingResult;
import cn.zeren.interview.HeadCoverage;
import cn.zeren.interview.InterviewFacts;
import cn.zeren.lists.ListFacts;
import cn.zeren.lists.RectificationFact;
import cn.zeren.obligation.ObligationFact;
import cn.zeren.obligation.ObligationFacts;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.Years;
import cn.zeren.platform.web.EvidenceLinks;
import cn.zeren.platform.web.EvidencePages;
import cn.zeren.report.ReportService;
import cn.zeren.report.ReportVerdict;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.Regulation;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The quantified assessment (量化考核, YW-13.2, YW-13.3): the year's indicator set drawn up from the rule pack and
 * locked when published; the year-end scoring of every unit from the facts of the owning contexts (a few statements
 * per context whatever the number of units), stored as a snapshot that publication to a scope freezes; manual scores
 * and adjustments with their justification; and who may read what once published.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject RulePackRegistry rules;
  @Inject OrganisationService organisations;
  @Inject ObligationFacts obligationFacts;
  @Inject ReportService reports;
  @Inject ListFacts listFacts;
  @Inject InterviewFacts interviewFacts;
  @Inject AccountabilityFacts accountabilityFacts;
  @Inject HearingFacts hearingFacts;
  @Inject @Any Instance<EvidencePages> evidencePages;
  @Inject ResultStore store;
  @Inject Clock clock;

  public AssessmentTemplate template() {
    return rules.active().section(AssessmentTemplate.class);
  }

  /** The article the indicator sets and scoring enforce, as the pack names it (YW-13.2 in Yiwu's). */
  private String rule() {
    return template().ruleId();
  }

  /** The article on publishing the results, as the pack names it (YW-13.3 in Yiwu's). */
  private String publicationRule() {
    return template().publicationRuleId();
  }

  // ---- the indicator set ----

  /** The year's set, for the commission. */
  public Optional<AssessmentSet> set(int year) {
    access.require(AssessmentAction.MANAGE, organisations.root());
    return find(year);
  }

  /** Draws up the year's set from the pack's template (YW-13.2: at the start of the year). */
  public AssessmentSet createSet(int year) {
    access.require(AssessmentAction.MANAGE, organisations.root());
    Years.require("year", year);
    if (find(year).isPresent()) {
      throw new AssessmentRuleException(rule(), null, "assessment.set.exists", year);
    }
    Regulation pack = rules.active();
    if (pack.section(AssessmentTemplate.class).indicators().isEmpty()) {
      throw DomainException.byRule(rule(), "assessment.template.none", rule());
    }
    AssessmentSet set =
        new AssessmentSet(year, pack.packOfSection(AssessmentTemplate.class).map(RulePack::id).orElseThrow());
    int order = 0;
    for (IndicatorTemplate t : pack.section(AssessmentTemplate.class).indicators()) {
      set.getIndicators().add(new AssessmentIndicator(set, t, ++order));
    }
    em.persist(set);
    return set;
  }

  public AssessmentIndicator changeIndicator(long indicatorId, long expectedVersion, String name, BigDecimal maxPoints) {
    AssessmentIndicator indicator = editable(indicatorId, expectedVersion);
    if (name == null || name.isBlank()) {
      throw new AssessmentRuleException(rule(), "name", "assessment.indicator.name.required");
    }
    BigDecimal total = template().totalPoints();
    if (maxPoints == null || maxPoints.signum() <= 0 || maxPoints.compareTo(total) > 0 || maxPoints.scale() > 2) {
      throw new AssessmentRuleException(
          rule(), "maxPoints", "assessment.indicator.points.range", total.stripTrailingZeros().toPlainString());
    }
    indicator.change(name.trim(), maxPoints.setScale(2, RoundingMode.UNNECESSARY));
    return indicator;
  }

  public void removeIndicator(long indicatorId, long expectedVersion) {
    AssessmentIndicator indicator = editable(indicatorId, expectedVersion);
    indicator.getSet().getIndicators().remove(indicator);
  }

  /** Adds one of the template's indicators the set does not have yet (again, after a removal). */
  public AssessmentIndicator addIndicator(int year, String templateCode) {
    AssessmentSet set = draft(year);
    IndicatorTemplate t = template().indicator(templateCode)
        .orElseThrow(() -> new AssessmentRuleException(rule(), "template", "assessment.indicator.unknown", templateCode));
    if (set.getIndicators().stream().anyMatch(i -> i.getCode().equals(templateCode))) {
      throw new AssessmentRuleException(rule(), "template", "assessment.indicator.duplicate", t.name());
    }
    int order = set.getIndicators().stream().mapToInt(AssessmentIndicator::getSortOrder).max().orElse(0) + 1;
    AssessmentIndicator added = new AssessmentIndicator(set, t, order);
    set.getIndicators().add(added);
    em.persist(added);
    return added;
  }

  /** Publishes and so locks the set (YW-13.2); its maximum points must add up to the pack's total (100 in YW). */
  public AssessmentSet publishSet(int year, long expectedVersion) {
    access.require(AssessmentAction.PUBLISH, organisations.root());
    AssessmentSet set = draft(year);
    ConcurrentChangeException.check(expectedVersion, set.getVersion());
    BigDecimal sum = sum(set);
    BigDecimal total = template().totalPoints();
    if (set.getIndicators().isEmpty() || sum.compareTo(total) != 0) {
      throw new AssessmentRuleException(rule(), null, "assessment.set.notHundred",
          sum.stripTrailingZeros().toPlainString(), total.stripTrailingZeros().toPlainString(), rule());
    }
    set.publish(clock.instant(), access.actor().displayName());
    return set;
  }

  static BigDecimal sum(AssessmentSet set) {
    return set.getIndicators().stream().map(AssessmentIndicator::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // ---- scoring ----

  /** Scores every unit (YW-13.2) and stores the results, replacing an earlier computation; refused once published. */
  public int compute(int year) {
    Organisation root = organisations.root();
    access.require(AssessmentAction.MANAGE, root);
    AssessmentSet set = find(year).orElseThrow(() -> new NotFoundException("assessment.set", year));
    if (set.isDraft()) {
      throw new AssessmentRuleException(rule(), null, "assessment.compute.draft", year, rule());
    }
    requireResultsOpen(set);
    List<IndicatorTemplate> indicators = set.getIndicators().stream().map(AssessmentIndicator::template).toList();
    List<UnitFacts> units = facts(set, root, indicators);
    Map<String, String> titles =
        rules.active().obligations().stream().collect(Collectors.toMap(ObligationRule::ruleId, ObligationRule::title));
    Scorer scorer = new Scorer(titles, template().frameworkRuleIds(), new EvidenceLinks(evidencePages));
    List<UnitScore> scores = units.stream().map(u -> scorer.score(indicators, u)).toList();
    Instant now = clock.instant();
    store.replace(set, Ranking.rank(scores, template()), now);
    set.computed(now);
    return scores.size();
  }

  private List<UnitFacts> facts(AssessmentSet set, Organisation root, List<IndicatorTemplate> indicators) {
    int year = set.getYear();
    long rootId = root.getId();
    Set<String> obligationRules = new HashSet<>();
    indicators.stream().filter(i -> i.kind() == ScoringKind.OBLIGATIONS_ON_TIME)
        .forEach(i -> obligationRules.addAll(i.parameters().obligationRuleIds()));
    Map<Long, List<ObligationFact>> obligations =
        group(obligationFacts.forYear(year, rootId, obligationRules), ObligationFact::organisationId);
    boolean needsReports = uses(indicators, ScoringKind.ANNUAL_REPORT, ScoringKind.REVIEW_RETURNS);
    Map<Long, List<ReportVerdict>> verdicts =
        group(needsReports ? reports.verdicts(rootId, year) : List.of(), ReportVerdict::organisationId);
    Map<Long, List<RectificationFact>> rectifications = group(
        uses(indicators, ScoringKind.RECTIFICATION_ON_TIME) ? listFacts.rectificationsDue(year, rootId) : List.of(),
        RectificationFact::organisationId);
    Map<Long, List<HeadCoverage>> heads = group(
        uses(indicators, ScoringKind.INTERVIEW_COVERAGE) ? interviewFacts.coverage(year, rootId) : List.of(),
        HeadCoverage::organisationId);
    Map<Long, List<CaseFact>> cases = group(
        uses(indicators, ScoringKind.ACCOUNTABILITY_DEDUCTION) ? accountabilityFacts.decidedIn(year, rootId) : List.of(),
        CaseFact::organisationId);
    List<HearingResult> hearingList = new ArrayList<>();
    indicators.stream().filter(i -> i.kind() == ScoringKind.HEARING_SCORE).map(i -> i.parameters().meetingCode())
        .distinct().forEach(code -> hearingList.addAll(hearingFacts.results(year, rootId, code)));
    Map<Long, List<HearingResult>> hearings = group(hearingList, HearingResult::organisationId);
    Map<Long, List<ManualEntry>> manual = em.createQuery(
            "SELECT m FROM ManualScore m JOIN FETCH m.organisation WHERE m.set = :s", ManualScore.class)
        .setParameter("s", set)
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(m -> m.getOrganisation().getId(),
            Collectors.mapping(ManualScore::entry, Collectors.toList())));
    return units(root).stream()
        .map(o -> new UnitFacts(o.getId(), o.getName(), list(obligations, o), list(verdicts, o),
            list(rectifications, o), list(heads, o), list(cases, o), list(hearings, o), list(manual, o)))
        .toList();
  }

  /** The units scored: every active organisation below the city. */
  private List<Organisation> units(Organisation root) {
    return organisations.visibleTree().stream()
        .filter(o -> o.isActive() && !o.getId().equals(root.getId()) && root.contains(o))
        .toList();
  }

  private static boolean uses(List<IndicatorTemplate> indicators, ScoringKind... kinds) {
    return indicators.stream().anyMatch(i -> List.of(kinds).contains(i.kind()));
  }

  private static <T> Map<Long, List<T>> group(Collection<T> facts, Function<T, Long> org) {
    return facts.stream().collect(Collectors.groupingBy(org));
  }

  private static <T> List<T> list(Map<Long, List<T>> map, Organisation o) {
    return map.getOrDefault(o.getId(), List.of());
  }

  // ---- manual scores and adjustments ----

  /** The manual entries of one unit, for the reviewers. */
  public List<ManualScore> manualEntries(int year, long organisationId) {
    Organisation unit = organisations.get(organisationId);
    access.require(AssessmentAction.SCORE, unit);
    return find(year).map(set -> em.createQuery(
            "SELECT m FROM ManualScore m WHERE m.set = :s AND m.organisation = :o ORDER BY m.indicatorCode, m.kind",
            ManualScore.class).setParameter("s", set).setParameter("o", unit).getResultList())
        .orElse(List.of());
  }

  /**
   * Enters or changes a reviewer's score of a manual indicator, or an adjustment of any indicator, with its written
   * justification (mandatory, YW-13.2); recomputes the year's results, which must not be published yet.
   *
   * @param expectedVersion the version of the entry being changed, or null for a new one
   */
  public ManualScore enterManual(int year, long organisationId, String indicatorCode, ManualKind kind,
      BigDecimal points, String justification, Long expectedVersion) {
    Organisation unit = organisations.get(organisationId);
    access.require(AssessmentAction.SCORE, unit);
    AssessmentSet set = find(year).orElseThrow(() -> new NotFoundException("assessment.set", year));
    requireResultsOpen(set);
    AssessmentIndicator indicator = set.getIndicators().stream().filter(i -> i.getCode().equals(indicatorCode))
        .findFirst().orElseThrow(() -> new AssessmentRuleException(rule(), "indicator", "assessment.indicator.unknown",
            indicatorCode));
    checkManual(indicator, kind, points, justification);
    ManualScore entry = em.createQuery(
            "SELECT m FROM ManualScore m WHERE m.set = :s AND m.organisation = :o AND m.indicatorCode = :c"
                + " AND m.kind = :k", ManualScore.class)
        .setParameter("s", set).setParameter("o", unit).setParameter("c", indicatorCode).setParameter("k", kind)
        .getResultStream().findFirst().orElse(null);
    if (entry == null) {
      if (expectedVersion != null) {
        throw new ConcurrentChangeException();
      }
      entry = new ManualScore(set, unit, indicatorCode, kind);
      entry.set(points.setScale(2, RoundingMode.HALF_UP), justification.trim(), access.actor().displayName());
      em.persist(entry);
    } else {
      ConcurrentChangeException.check(expectedVersion == null ? -1 : expectedVersion, entry.getVersion());
      entry.set(points.setScale(2, RoundingMode.HALF_UP), justification.trim(), access.actor().displayName());
    }
    em.flush();
    if (!set.isDraft()) {
      compute(year);
    }
    return entry;
  }

  void checkManual(AssessmentIndicator indicator, ManualKind kind, BigDecimal points, String justification) {
    if (justification == null || justification.isBlank()) {
      throw new AssessmentRuleException(rule(), "justification", "assessment.manual.justificationRequired", rule());
    }
    if (justification.length() > 2000) {
      throw new AssessmentRuleException(rule(), "justification", "assessment.manual.justificationSize");
    }
    BigDecimal max = indicator.getMaxPoints();
    if (kind == ManualKind.SCORE && indicator.getKind() != ScoringKind.MANUAL) {
      throw new AssessmentRuleException(rule(), "indicator", "assessment.manual.notManual", indicator.getName());
    }
    boolean inRange = points != null && points.scale() <= 2 && (kind == ManualKind.SCORE
        ? points.signum() >= 0 && points.compareTo(max) <= 0
        : points.signum() != 0 && points.abs().compareTo(max) <= 0);
    if (!inRange) {
      throw new AssessmentRuleException(rule(), "points",
          kind == ManualKind.SCORE ? "assessment.manual.scoreRange" : "assessment.manual.adjustmentRange",
          max.stripTrailingZeros().toPlainString());
    }
  }

  // ---- publication (YW-13.3) and reading ----

  public AssessmentSet publishResults(int year, long expectedVersion, PublicationReach scope) {
    access.require(AssessmentAction.PUBLISH, organisations.root());
    AssessmentSet set = find(year).orElseThrow(() -> new NotFoundException("assessment.set", year));
    ConcurrentChangeException.check(expectedVersion, set.getVersion());
    requireResultsOpen(set);
    if (set.getResultStatus() != AssessmentSet.ResultStatus.COMPUTED) {
      throw new AssessmentRuleException(publicationRule(), null, "assessment.publish.notComputed", publicationRule());
    }
    if (scope == null || template().scope(scope).isEmpty()) {
      throw new AssessmentRuleException(publicationRule(), "scope", "assessment.publish.scope", publicationRule());
    }
    set.publishResults(scope, clock.instant(), access.actor().displayName());
    return set;
  }

  /** The years whose results the actor may read, newest first, with the set (null-free). */
  public List<AssessmentSet> readableYears() {
    boolean commission = commission();
    if (!commission && !access.permitsSomewhere(AssessmentAction.RESULT_VIEW)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    return em.createQuery("SELECT s FROM AssessmentSet s ORDER BY s.year DESC", AssessmentSet.class).getResultList()
        .stream()
        .filter(s -> commission ? s.getResultStatus() != AssessmentSet.ResultStatus.NONE
            : s.isResultsPublished() && s.getResultScope() != PublicationReach.COMMISSION)
        .toList();
  }

  /**
   * The year's ranking as far as the actor may see it: everything for the commission; once published, every unit
   * for everyone when the scope is the city, one's own units when it is {@link PublicationReach#OWN_UNIT}.
   */
  public List<RankingRow> ranking(int year) {
    AssessmentSet set = find(year).orElseThrow(() -> new NotFoundException("assessment.set", year));
    boolean commission = commission();
    if (!commission) {
      requireReadable(set);
    }
    List<AssessmentResult> results = em.createQuery(
            "SELECT r FROM AssessmentResult r WHERE r.setId = :s ORDER BY r.rank, r.organisationName",
            AssessmentResult.class)
        .setParameter("s", set.getId())
        .getResultList();
    if (results.isEmpty() && !commission) {
      throw new NotFoundException("assessment.result", year);
    }
    boolean all = commission || set.getResultScope() == PublicationReach.CITY;
    Map<Long, Organisation> reachable = all ? Map.of() : organisations.visibleTree().stream()
        .filter(o -> access.permits(AssessmentAction.RESULT_VIEW, o))
        .collect(Collectors.toMap(Organisation::getId, o -> o));
    return results.stream()
        .filter(r -> all || reachable.containsKey(r.getOrganisationId()))
        .map(r -> new RankingRow(r.getOrganisationId(), r.getOrganisationName(), r.getTotal(), r.getRank(),
            r.getGradeLabel()))
        .toList();
  }

  /**
   * One unit's stored result with its breakdown: the commission always; once published to a scope beyond the
   * commission (YW-13.3), the unit's own roles (and those above it) — never another unit's.
   */
  public UnitResult unitResult(int year, long organisationId) {
    Organisation unit = organisations.get(organisationId);
    AssessmentSet set = find(year).orElseThrow(() -> new NotFoundException("assessment.set", year));
    if (!access.permits(AssessmentAction.MANAGE, unit)) {
      requireReadable(set);
      access.require(AssessmentAction.RESULT_VIEW, unit);
    }
    AssessmentResult r = em.createQuery(
            "SELECT r FROM AssessmentResult r WHERE r.setId = :s AND r.organisationId = :o", AssessmentResult.class)
        .setParameter("s", set.getId())
        .setParameter("o", organisationId)
        .getResultStream().findFirst()
        .orElseThrow(() -> new NotFoundException("assessment.result", year + "/" + organisationId));
    long count = em.createQuery("SELECT COUNT(r) FROM AssessmentResult r WHERE r.setId = :s", Long.class)
        .setParameter("s", set.getId()).getSingleResult();
    return new UnitResult(year, organisationId, r.getOrganisationName(), r.getTotal(), r.getRank(), (int) count,
        r.getGradeCode(), r.getGradeLabel(), set.isResultsPublished(), set.getResultScope(), r.getComputedAt(),
        ItemsCodec.read(r.getItems()));
  }

  /** The year's indicators as the scoring reads them (for the score sheet; whoever may read a result). */
  public List<IndicatorTemplate> indicators(int year) {
    return find(year).map(s -> s.getIndicators().stream().map(AssessmentIndicator::template).toList())
        .orElseThrow(() -> new NotFoundException("assessment.set", year));
  }

  /** Does the actor act for the commission (may manage the assessment of the whole city)? */
  public boolean commission() {
    return access.permits(AssessmentAction.MANAGE, organisations.root());
  }

  public boolean mayPublish() {
    return access.permits(AssessmentAction.PUBLISH, organisations.root());
  }

  public boolean mayScore() {
    return access.permits(AssessmentAction.SCORE, organisations.root());
  }

  private void requireReadable(AssessmentSet set) {
    if (!set.isResultsPublished() || set.getResultScope() == PublicationReach.COMMISSION) {
      throw new AccessDeniedException("assessment.notPublished", publicationRule());
    }
  }

  private void requireResultsOpen(AssessmentSet set) {
    if (set.isResultsPublished()) {
      throw new AssessmentRuleException(
          publicationRule(), null, "assessment.results.published", set.getYear(), publicationRule());
    }
  }

  private AssessmentIndicator editable(long indicatorId, long expectedVersion) {
    AssessmentIndicator indicator = em.find(AssessmentIndicator.class, indicatorId);
    if (indicator == null) {
      throw new NotFoundException("assessment.indicator", indicatorId);
    }
    draft(indicator.getSet().getYear());
    ConcurrentChangeException.check(expectedVersion, indicator.getVersion());
    return indicator;
  }

  private AssessmentSet draft(int year) {
    access.require(AssessmentAction.MANAGE, organisations.root());
    AssessmentSet set = find(year).orElseThrow(() -> new NotFoundException("assessment.set", year));
    if (!set.isDraft()) {
      throw new AssessmentRuleException(rule(), null, "assessment.set.locked", year, rule());
    }
    return set;
  }

  private Optional<AssessmentSet> find(int year) {
    return em.createQuery("SELECT s FROM AssessmentSet s WHERE s.year = :y", AssessmentSet.class)
        .setParameter("y", year)
        .getResultStream()
        .findFirst();
  }
}
