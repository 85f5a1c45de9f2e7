package cn.zeren.rules;

import java.util.List;
import java.util.Optional;

/**
 * A locality's regulation as data (规则包): versioned, each obligation citing its article. The seeded default is
 * Yiwu's work rules (YW); another locality is another pack, not a code change.
 */
public record RulePack(
    String id,
    String version,
    String title,
    String source,
    String notes,
    List<ObligationRule> obligations,
    List<ReportType> reportTypes,
    List<ScoredMeeting> scoredMeetings,
    AccountabilityCatalogue accountability,
    List<LedgerActivity> ledgerActivities,
    List<InterviewType> interviewTypes,
    List<InterviewTrigger> interviewTriggers,
    SignedLists signedLists,
    AssessmentTemplate assessment) {

  public Optional<InterviewType> interviewType(String code) {
    return interviewTypes.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public Optional<ObligationRule> rule(String ruleId) {
    return obligations.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  public Optional<ReportType> reportType(String code) {
    return reportTypes.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  public Optional<ScoredMeeting> scoredMeeting(String code) {
    return scoredMeetings.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  public Optional<LedgerActivity> ledgerActivity(String code) {
    return ledgerActivities.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** The obligations generated for every year (all but those that arise from events). */
  public List<ObligationRule> periodic() {
    return obligations.stream().filter(r -> r.frequency() != Frequency.PER_EVENT).toList();
  }
}
