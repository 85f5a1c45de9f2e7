package cn.zeren.interview.web;

import cn.zeren.interview.Explanation;
import cn.zeren.interview.Interview;
import cn.zeren.interview.InterviewActions;
import cn.zeren.interview.InterviewService;
import cn.zeren.interview.InterviewType;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import cn.zeren.signature.SignatureView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One interview ({@code interview.xhtml?id=N}): the facts; the minutes for the interviewing leader once the time has
 * come; the explanation for the interviewee after the talk; the leader's signature on it (签字背书) — the reply.
 */
@Named
@ViewScoped
public class InterviewPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InterviewService interviews;

  private String id;
  private transient Interview interview;
  private InterviewType type;
  private transient Explanation explanation;
  private InterviewActions can;
  private List<SignatureView> signatures = List.of();
  private long interviewVersion;
  private Long explanationVersion;
  private String minutes;
  private String text;
  private String opinion;
  private transient String password;

  public void load() {
    Pages.load(() -> reload(Pages.id("interview", id)));
  }

  public void recordMinutes() {
    try {
      interviews.recordMinutes(interview.getId(), interviewVersion, minutes);
    } catch (RuntimeException e) {
      Messages.show(e, "minutesForm");
      return;
    }
    Messages.info("interview.minutesRecorded");
    reload(interview.getId());
  }

  public void cancel() {
    try {
      interviews.cancel(interview.getId(), interviewVersion);
    } catch (RuntimeException e) {
      Messages.show(e, null);
      return;
    }
    Messages.info("interview.cancelled");
    reload(interview.getId());
  }

  public void explain() {
    try {
      interviews.explain(interview.getId(), explanationVersion, text);
    } catch (RuntimeException e) {
      Messages.show(e, "explanationForm");
      return;
    }
    Messages.info("interview.explained");
    reload(interview.getId());
  }

  public void prepareSign() {
    opinion = null;
    password = null;
  }

  /** Signs the explanation after the password check; a refusal stays next to its field. */
  public void sign() {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    try {
      interviews.sign(interview.getId(), opinion, secret);
    } catch (RuntimeException failure) {
      Messages.show(failure, "signForm");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    Messages.info("interview.signed");
    opinion = null;
    reload(interview.getId());
  }

  private void reload(long interviewId) {
    interview = interviews.get(interviewId);
    interviewVersion = interview.getVersion();
    type = interviews.type(interview.getTypeCode());
    explanation = interviews.explanation(interviewId).orElse(null);
    explanationVersion = explanation == null ? null : explanation.getVersion();
    text = explanation == null ? null : explanation.getText();
    minutes = interview.getMinutes();
    signatures = interviews.signatures(interviewId);
    can = interviews.actionsOn(interview);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Interview getInterview() {
    return interview;
  }

  public InterviewType getType() {
    return type;
  }

  public Explanation getExplanation() {
    return explanation;
  }

  public InterviewActions getCan() {
    return can;
  }

  public List<SignatureView> getSignatures() {
    return signatures;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
