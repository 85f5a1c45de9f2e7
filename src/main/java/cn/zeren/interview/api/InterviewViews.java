package cn.zeren.interview.api;

import cn.zeren.interview.CoverageRow;
import cn.zeren.interview.Explanation;
import cn.zeren.interview.Interview;
import cn.zeren.interview.Suggestion;
import cn.zeren.signature.SignatureView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the interview API returns. */
public final class InterviewViews {
  private InterviewViews() {}

  /** One interview: type and rule, unit, both sides, time, place, topic, status, minutes. */
  public record Summary(
      long id, String type, String ruleId, long organisationId, String organisationName, long interviewerId,
      String interviewerName, long intervieweeId, String intervieweeName,
      @Schema(type = SchemaType.STRING, format = "date-time") Instant scheduledAt, String place, String topic,
      String status, String minutes, @Schema(type = SchemaType.STRING, format = "date-time") Instant repliedAt,
      long version) {

    public static Summary of(Interview i) {
      return new Summary(
          i.getId(), i.getTypeCode(), i.getRuleId(), i.getOrganisation().getId(), i.getOrganisation().getName(),
          i.getInterviewer().getId(), i.getInterviewer().getName(), i.getInterviewee().getId(),
          i.getInterviewee().getName(), i.getScheduledAt(), i.getPlace(), i.getTopic(), i.getStatus().name(),
          i.getMinutes(), i.getRepliedAt(), i.getVersion());
    }
  }

  /** The interviewee's explanation, with the version to send back when correcting it. */
  public record ExplanationView(long id, String text, Instant writtenAt, long version) {
    public static ExplanationView of(Explanation e) {
      return new ExplanationView(e.getId(), e.getText(), e.getWrittenAt(), e.getVersion());
    }
  }

  /** An interview with its explanation (or null) and the signatures on it — the reply. */
  public record Detail(Summary interview, ExplanationView explanation, List<SignatureView> signatures) {}

  /** A suggested interview in the commission's queue. */
  public record SuggestionView(
      long id, long organisationId, String organisationName, int year, String trigger, String ruleId,
      BigDecimal figure, BigDecimal threshold, String status, long version) {
    public static SuggestionView of(Suggestion s) {
      return new SuggestionView(
          s.getId(), s.getOrganisation().getId(), s.getOrganisation().getName(), s.getYear(), s.getTriggerCode(),
          s.getRuleId(), s.getFigure(), s.getThreshold(), s.getStatus().name(), s.getVersion());
    }
  }

  /** The coverage of the yearly interview (YW-12.2): who is not yet interviewed, with the count. */
  public record Coverage(int year, long notYetInterviewed, List<CoverageRow> heads) {}
}
