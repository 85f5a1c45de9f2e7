package cn.zeren.assessment;

import cn.zeren.accountability.CaseFact;
import cn.zeren.hearing.HearingResult;
import cn.zeren.interview.HeadCoverage;
import cn.zeren.lists.RectificationFact;
import cn.zeren.obligation.ObligationFact;
import cn.zeren.report.ReportVerdict;
import java.util.List;

/** Everything the scoring of one unit for one year reads, gathered in bulk from the owning contexts. */
public record UnitFacts(
    long organisationId,
    String organisationName,
    List<ObligationFact> obligations,
    List<ReportVerdict> reports,
    List<RectificationFact> rectifications,
    List<HeadCoverage> heads,
    List<CaseFact> cases,
    List<HearingResult> hearings,
    List<ManualEntry> manual) {

  public UnitFacts {
    obligations = List.copyOf(obligations);
    reports = List.copyOf(reports);
    rectifications = List.copyOf(rectifications);
    heads = List.copyOf(heads);
    cases = List.copyOf(cases);
    hearings = List.copyOf(hearings);
    manual = List.copyOf(manual);
  }

  public static UnitFacts empty(long organisationId, String organisationName) {
    return new UnitFacts(organisationId, organisationName, List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());
  }
}
