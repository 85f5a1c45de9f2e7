package cn.zeren.assessment;

import cn.zeren.accountability.CaseFact;
import cn.zeren.assessment.ManualEntry.ManualKind;
import cn.zeren.hearing.HearingResult;
import cn.zeren.interview.HeadCoverage;
import cn.zeren.lists.RectificationFact;
import cn.zeren.obligation.ObligationFact;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.platform.web.EvidenceLinks;
import cn.zeren.report.Lateness;
import cn.zeren.report.ReportVerdict;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores one unit against a year's indicator set (量化考核, YW-13.2) from the facts of the owning contexts, with no
 * container. Every item carries its evidence or names what is missing; all amounts are {@link BigDecimal} with two
 * decimals, an indicator's points are shared among its items by whole hundredths (the first items take the
 * remainder), so the items add up to the total exactly.
 */
public final class Scorer {
  static final int SCALE = 2;
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
  private static final Map<Severity, String> SEVERITY = Map.of(
      Severity.MINOR, "较轻", Severity.SERIOUS, "较重", Severity.GRAVE, "严重");

  private final Map<String, String> ruleTitles;
  private final Set<String> frameworkRuleIds;
  private final EvidenceLinks links;

  /**
   * @param ruleTitles the pack's obligation titles by rule id, for the reasons
   * @param frameworkRuleIds the assessment's own articles, which an indicator cites but does not measure
   * @param links the owning contexts' pages of the evidence
   */
  public Scorer(Map<String, String> ruleTitles, Collection<String> frameworkRuleIds, EvidenceLinks links) {
    this.ruleTitles = Map.copyOf(ruleTitles);
    this.frameworkRuleIds = Set.copyOf(frameworkRuleIds);
    this.links = links;
  }

  public UnitScore score(List<IndicatorTemplate> indicators, UnitFacts facts) {
    List<ScoreItem> items = new ArrayList<>();
    for (IndicatorTemplate indicator : indicators) {
      Lines lines = new Lines(indicator, frameworkRuleIds);
      switch (indicator.kind()) {
        case ANNUAL_REPORT -> annualReport(lines, facts.reports());
        case OBLIGATIONS_ON_TIME -> obligations(lines, facts.obligations());
        case RECTIFICATION_ON_TIME -> rectification(lines, facts.rectifications());
        case INTERVIEW_COVERAGE -> interviews(lines, facts.heads());
        case ACCOUNTABILITY_DEDUCTION -> accountability(lines, facts.cases());
        case REVIEW_RETURNS -> reviewReturns(lines, facts.reports());
        case HEARING_SCORE -> hearing(lines, facts.hearings());
        case MANUAL -> manual(lines, facts.manual());
      }
      facts.manual().stream()
          .filter(m -> m.kind() == ManualKind.ADJUSTMENT && m.indicatorCode().equals(indicator.code()))
          .forEach(m -> lines.add(points(m.points()), ZERO, "人工调整：" + m.justification() + "（" + m.enteredBy() + "）",
              manualEvidence(m)));
      items.addAll(lines.items);
    }
    return new UnitScore(facts.organisationId(), facts.organisationName(), items);
  }

  // ---- the scoring kinds ----

  private void annualReport(Lines lines, List<ReportVerdict> reports) {
    ScoringParameters p = lines.indicator.parameters();
    List<String> rules = p.obligationRuleIds();
    List<ReportVerdict> mine = reports.stream().filter(r -> rules.contains(r.ruleId())).toList();
    List<BigDecimal> shares = shares(lines.max(), rules.size());
    for (int i = 0; i < rules.size(); i++) {
      String rule = rules.get(i);
      BigDecimal share = shares.get(i);
      String title = ruleTitles.getOrDefault(rule, rule);
      ReportVerdict submitted = mine.stream().filter(r -> r.ruleId().equals(rule) && r.submitted())
          .min(Comparator.comparing(ReportVerdict::firstSubmittedAt)).orElse(null);
      if (submitted == null) {
        ReportVerdict draft = mine.stream().filter(r -> r.ruleId().equals(rule)).findFirst().orElse(null);
        lines.ruleId = rule;
        lines.add(ZERO, share, title + "未提交 (" + rule + ")", draft == null ? null : reportEvidence(draft));
      } else if (submitted.late()) {
        BigDecimal kept = scaled(share, p.lateFactor());
        lines.ruleId = rule;
        lines.add(kept, share.subtract(kept),
            title + "逾期提交（迟交" + new Lateness(true, submitted.lateSeconds()).delay(Locale.SIMPLIFIED_CHINESE) + "），按" + percent(p.lateFactor())
                + "计分 (" + rule + ")",
            reportEvidence(submitted));
      } else {
        lines.ruleId = rule;
        lines.add(share, ZERO, title + "按时提交 (" + rule + ")", reportEvidence(submitted));
      }
    }
  }

  private void obligations(Lines lines, List<ObligationFact> all) {
    ScoringParameters p = lines.indicator.parameters();
    List<ObligationFact> due = all.stream()
        .filter(o -> p.obligationRuleIds().contains(o.ruleId()) && o.status() != ObligationStatus.WAIVED)
        .sorted(Comparator.comparing(ObligationFact::ruleId).thenComparing(ObligationFact::periodKey)
            .thenComparing(ObligationFact::obligationId))
        .toList();
    if (due.isEmpty()) {
      lines.add(lines.max(), ZERO, "本年度无应履行的" + String.join("、", p.obligationRuleIds()) + "义务，得满分", null);
      return;
    }
    List<BigDecimal> shares = shares(lines.max(), due.size());
    for (int i = 0; i < due.size(); i++) {
      ObligationFact o = due.get(i);
      BigDecimal share = shares.get(i);
      String what = Periods.label(o.periodKey()) + ruleTitles.getOrDefault(o.ruleId(), o.ruleId())
          + (o.ownerName() == null ? "" : "（" + o.ownerName() + "）");
      lines.ruleId = o.ruleId();
      Evidence evidence = obligationEvidence(o);
      switch (o.status()) {
        case DONE_ON_TIME -> lines.add(share, ZERO, what + "按时完成 (" + o.ruleId() + ")", evidence);
        case DONE_LATE -> {
          BigDecimal kept = scaled(share, p.lateFactor());
          lines.add(kept, share.subtract(kept),
              what + "逾期完成，按" + percent(p.lateFactor()) + "计分 (" + o.ruleId() + ")", evidence);
        }
        default -> lines.add(ZERO, share, what + "未完成 (" + o.ruleId() + ")", null);
      }
    }
  }

  private void rectification(Lines lines, List<RectificationFact> items) {
    BigDecimal lateFactor = lines.indicator.parameters().lateFactor();
    List<RectificationFact> due = items.stream()
        .sorted(Comparator.comparing(RectificationFact::deadline).thenComparing(RectificationFact::itemKey)).toList();
    if (due.isEmpty()) {
      lines.add(lines.max(), ZERO, "本年度无到期的整改事项，得满分", null);
      return;
    }
    List<BigDecimal> shares = shares(lines.max(), due.size());
    for (int i = 0; i < due.size(); i++) {
      RectificationFact r = due.get(i);
      BigDecimal share = shares.get(i);
      String what = "整改事项 " + r.itemKey() + "（" + excerpt(r.measure()) + "，期限 " + r.deadline() + "）";
      Evidence evidence = new Evidence("LIST_ITEM", r.listId() + "/" + r.itemKey(),
          links.page("LIST", String.valueOf(r.listId())));
      if (r.closedOn() == null) {
        lines.add(ZERO, share, what + "逾期未销账 (" + lines.ruleId + ")", evidence);
      } else if (r.closedOn().isAfter(r.deadline())) {
        BigDecimal kept = scaled(share, lateFactor);
        lines.add(kept, share.subtract(kept),
            what + "逾期销账（" + r.closedOn() + "），按" + percent(lateFactor) + "计分 (" + lines.ruleId + ")", evidence);
      } else {
        lines.add(share, ZERO, what + "按期销账（" + r.closedOn() + "） (" + lines.ruleId + ")", evidence);
      }
    }
  }

  private void interviews(Lines lines, List<HeadCoverage> heads) {
    if (heads.isEmpty()) {
      lines.add(lines.max(), ZERO, "本单位无应年度约谈的主要负责人，得满分", null);
      return;
    }
    List<HeadCoverage> sorted = heads.stream().sorted(Comparator.comparing(HeadCoverage::personId)).toList();
    List<BigDecimal> shares = shares(lines.max(), sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      HeadCoverage h = sorted.get(i);
      String who = h.postTitle() + " " + h.personName();
      if (h.interviewId() == null) {
        lines.add(ZERO, shares.get(i), "年度约谈未覆盖：" + who + " (" + lines.ruleId + ")", null);
      } else {
        lines.add(shares.get(i), ZERO, "已年度约谈：" + who + " (" + lines.ruleId + ")",
            new Evidence("INTERVIEW", String.valueOf(h.interviewId()),
                links.page("INTERVIEW", String.valueOf(h.interviewId()))));
      }
    }
  }

  private void accountability(Lines lines, List<CaseFact> cases) {
    Map<Severity, BigDecimal> deductions = lines.indicator.parameters().severityDeductions();
    lines.add(lines.max(), ZERO, cases.isEmpty() ? "本年度无责任追究案件，得满分" : "本指标满分，按责任追究案件情节扣减", null);
    BigDecimal remaining = lines.max();
    for (CaseFact c : cases.stream().sorted(Comparator.comparing(CaseFact::caseId)).toList()) {
      BigDecimal full = points(deductions.get(c.severity()));
      BigDecimal d = full.min(remaining);
      remaining = remaining.subtract(d);
      lines.add(d.negate(), ZERO,
          "责任追究案件（" + c.subject() + "，情节" + SEVERITY.get(c.severity()) + "，" + c.decisionDate() + "作出处理决定）扣"
              + d.toPlainString() + "分" + (d.compareTo(full) < 0 ? "（扣至0分为止）" : "") + " (" + lines.ruleId + ")",
          new Evidence("ACCOUNTABILITY_CASE", String.valueOf(c.caseId()),
              links.page("ACCOUNTABILITY_CASE", String.valueOf(c.caseId()))));
    }
  }

  private void reviewReturns(Lines lines, List<ReportVerdict> reports) {
    BigDecimal per = points(lines.indicator.parameters().perReturn());
    List<ReportVerdict> returned = reports.stream().filter(r -> r.timesReturned() > 0)
        .sorted(Comparator.comparing(ReportVerdict::reportId)).toList();
    lines.add(lines.max(), ZERO, returned.isEmpty() ? "本年度报告均未被审核退回，得满分" : "本指标满分，按报告被审核退回次数扣减",
        null);
    BigDecimal remaining = lines.max();
    for (ReportVerdict r : returned) {
      BigDecimal full = per.multiply(BigDecimal.valueOf(r.timesReturned()));
      BigDecimal d = full.min(remaining);
      remaining = remaining.subtract(d);
      String title = ruleTitles.getOrDefault(r.ruleId(), r.ruleId());
      lines.add(d.negate(), ZERO,
          title + "（" + Periods.label(r.periodKey()) + "）被审核退回" + r.timesReturned() + "次，扣" + d.toPlainString() + "分"
              + (d.compareTo(full) < 0 ? "（扣至0分为止）" : "") + " (" + r.ruleId() + ")",
          reportEvidence(r));
    }
  }

  private void hearing(Lines lines, List<HearingResult> results) {
    HearingResult r = results.stream().max(Comparator.comparing(HearingResult::itemId)).orElse(null);
    if (r == null) {
      lines.add(ZERO, lines.max(), "未参加专题汇报会评议或评议尚未结束 (" + lines.ruleId + ")", null);
      return;
    }
    BigDecimal got = lines.max().multiply(r.result()).divide(r.scaleMax(), SCALE, RoundingMode.HALF_UP);
    lines.add(got, lines.max().subtract(got),
        r.title() + "评议得分 " + r.result().stripTrailingZeros().toPlainString() + " 分（满分 "
            + r.scaleMax().stripTrailingZeros().toPlainString() + "），折合 " + got.toPlainString() + " 分 (" + lines.ruleId + ")",
        new Evidence("HEARING_ITEM", String.valueOf(r.itemId()),
            links.page("HEARING_SESSION", String.valueOf(r.sessionId()))));
  }

  private void manual(Lines lines, List<ManualEntry> entries) {
    ManualEntry score = entries.stream()
        .filter(m -> m.kind() == ManualKind.SCORE && m.indicatorCode().equals(lines.indicator.code()))
        .findFirst().orElse(null);
    if (score == null) {
      lines.add(ZERO, lines.max(), "考核组尚未评分 (" + lines.ruleId + ")", null);
    } else {
      BigDecimal got = points(score.points());
      lines.add(got, lines.max().subtract(got), "考核组评分：" + score.justification() + "（" + score.enteredBy() + "）",
          manualEvidence(score));
    }
  }

  // ---- shares and evidence ----

  /** {@code max} split into {@code n} shares of whole hundredths; the first shares take the remainder. */
  static List<BigDecimal> shares(BigDecimal max, int n) {
    long cents = max.movePointRight(SCALE).longValueExact();
    long each = cents / n;
    long rest = cents % n;
    List<BigDecimal> shares = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      shares.add(BigDecimal.valueOf(each + (i < rest ? 1 : 0), SCALE));
    }
    return shares;
  }

  private static BigDecimal scaled(BigDecimal share, BigDecimal factor) {
    return share.multiply(factor).setScale(SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal points(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.HALF_UP);
  }

  private static String percent(BigDecimal factor) {
    return factor.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String excerpt(String text) {
    return text == null ? "" : text.length() <= 30 ? text : text.substring(0, 30) + "…";
  }

  private Evidence reportEvidence(ReportVerdict r) {
    String ref = String.valueOf(r.reportId());
    return new Evidence("REPORT", ref, links.page("REPORT", ref));
  }

  private static Evidence manualEvidence(ManualEntry m) {
    return new Evidence("ASSESSMENT_MANUAL", String.valueOf(m.id()), null);
  }

  /** The evidence an instance's first fulfilment recorded, with the page of its owning context where there is one. */
  private Evidence obligationEvidence(ObligationFact o) {
    if (o.evidenceType() == null) {
      return new Evidence("OBLIGATION", String.valueOf(o.obligationId()), null);
    }
    return new Evidence(o.evidenceType(), o.evidenceRef(), links.page(o.evidenceType(), o.evidenceRef()));
  }

  /**
   * The items of one indicator as they are added, each citing by default the indicator's measured rule: its first
   * that is not one of the assessment's own articles.
   */
  private static final class Lines {
    final IndicatorTemplate indicator;
    final List<ScoreItem> items = new ArrayList<>();
    String ruleId;

    Lines(IndicatorTemplate indicator, Set<String> frameworkRuleIds) {
      this.indicator = indicator;
      this.ruleId = indicator.ruleIds().stream().filter(r -> !frameworkRuleIds.contains(r)).findFirst()
          .orElse(indicator.ruleIds().get(0));
    }

    BigDecimal max() {
      return points(indicator.maxPoints());
    }

    void add(BigDecimal points, BigDecimal lost, String reason, Evidence evidence) {
      items.add(new ScoreItem(indicator.code(), indicator.name(), ruleId, points, lost, reason, evidence));
    }
  }
}
