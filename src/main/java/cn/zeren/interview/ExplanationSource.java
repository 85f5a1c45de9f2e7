package cn.zeren.interview;

import cn.zeren.platform.NotFoundException;
import cn.zeren.signature.SignableContent;
import cn.zeren.signature.SignedContentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An interviewee's explanation as the interviewing leader signs it (签字背书, YW-12.1): the interview's type, rule,
 * unit (id and code), interviewee and interviewer (ids), time, place, topic, minutes and the explanation text, read
 * from the rows as they are now — a changed character in any of them makes the signature invalid.
 */
@ApplicationScoped
public class ExplanationSource implements SignedContentSource {
  public static final String SUBJECT_TYPE = "INTERVIEW_EXPLANATION";

  @PersistenceContext EntityManager em;
  @Inject InterviewService interviews;

  @Override
  public String subjectType() {
    return SUBJECT_TYPE;
  }

  /**
   * The explanation's interview may be read by the actor: its interviewer, interviewee and scheduler and the
   * commission overseeing its unit, as {@link InterviewService#get} allows — not its unit's other staff.
   */
  @Override
  public boolean mayRead(long explanationId) {
    Explanation explanation = em.find(Explanation.class, explanationId);
    return explanation != null && interviews.mayView(explanation.getInterview());
  }

  @Override
  public SignableContent content(long explanationId) {
    Explanation explanation = em.find(Explanation.class, explanationId);
    if (explanation == null) {
      throw new NotFoundException("interview.explanation", explanationId);
    }
    Interview interview = explanation.getInterview();
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("kind", "INTERVIEW_EXPLANATION");
    content.put("interviewId", interview.getId());
    content.put("type", interview.getTypeCode());
    content.put("ruleId", interview.getRuleId());
    content.put("organisationId", interview.getOrganisation().getId());
    content.put("organisationCode", interview.getOrganisation().getCode());
    content.put("intervieweeId", interview.getInterviewee().getId());
    content.put("interviewerId", interview.getInterviewer().getId());
    content.put("scheduledAt", DateTimeFormatter.ISO_INSTANT.format(interview.getScheduledAt()));
    content.put("place", interview.getPlace());
    content.put("topic", interview.getTopic());
    content.put("minutes", interview.getMinutes());
    content.put("explanation", explanation.getText());
    content.put("writtenAt", DateTimeFormatter.ISO_INSTANT.format(explanation.getWrittenAt()));
    String title = interview.getInterviewee().getName() + " 的情况说明（约谈 " + interview.getId() + "）";
    return new SignableContent(SUBJECT_TYPE, explanationId, interview.getOrganisation().getId(), title, content);
  }
}
