package cn.zeren.interview.web;

import cn.zeren.calendar.Deadlines;
import cn.zeren.interview.Interview;
import cn.zeren.interview.InterviewService;
import cn.zeren.interview.InterviewStatus;
import cn.zeren.interview.InterviewType;
import cn.zeren.interview.ScheduleForm;
import cn.zeren.interview.Suggestion;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import cn.zeren.security.RoleHolder;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Scheduling an interview ({@code interview-new.xhtml}; {@code ?type=&unit=&person=&suggestion=} prefill it from the
 * coverage view or a suggested interview): type, unit, interviewing leader, interviewee, time, place and topic; for
 * a talk already held, a past time with its minutes.
 */
@Named
@ViewScoped
public class InterviewEditor implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "interviewForm";

  @Inject InterviewService interviews;

  private String typeParam;
  private Long unitParam;
  private Long personParam;
  private Long suggestionParam;
  private String type;
  private Long unit;
  private Long person;
  private Long suggestion;
  private Long interviewerId;
  private LocalDateTime scheduledAt;
  private String place;
  private String topic;
  private String minutes;
  private List<InterviewType> types = List.of();
  private List<Choice> units = List.of();
  private List<Choice> interviewers = List.of();
  private List<Choice> interviewees = List.of();

  /** A unit or person to choose. */
  public record Choice(long id, String name) implements Serializable {}

  public void load() {
    Pages.load(() -> {
      type = typeParam;
      unit = unitParam;
      person = personParam;
      suggestion = suggestionParam;
      types = interviews.schedulableTypes();
      units = interviews.schedulableUnits().stream().map(o -> new Choice(o.getId(), o.getName())).toList();
      if (suggestion != null) {
        Suggestion s = interviews.suggestion(suggestion);
        unit = s.getOrganisation().getId();
        type = interviews.trigger(s.getTriggerCode()).interviewType();
        topic = interviews.trigger(s.getTriggerCode()).title();
      }
      if (type == null || types.stream().noneMatch(t -> t.code().equals(type))) {
        type = types.isEmpty() ? null : types.get(0).code();
      }
      scheduledAt = LocalDateTime.now(Deadlines.BEIJING).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
      refreshPeople();
    });
  }

  /** The type or the unit changed: who may lead and who may be interviewed change with them. */
  public void refreshPeople() {
    if (type == null || unit == null) {
      interviewers = List.of();
      interviewees = List.of();
      return;
    }
    interviewers = choices(interviews.interviewerChoices(type, unit));
    interviewees = choices(interviews.intervieweeChoices(type, unit));
    if (interviewees.stream().noneMatch(c -> person != null && c.id() == person)) {
      person = null;
    }
    if (interviewers.stream().noneMatch(c -> interviewerId != null && c.id() == interviewerId)) {
      long me = interviews.currentPersonId();
      interviewerId = interviewers.stream().anyMatch(c -> c.id() == me) ? me : null;
    }
  }

  public void save() {
    Interview saved;
    try {
      saved = interviews.schedule(
          new ScheduleForm(type, unit, interviewerId, person, scheduledAt, place, topic, minutes, suggestion));
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
      return;
    }
    Faces.getFlash().setKeepMessages(true);
    Messages.info(saved.getStatus() == InterviewStatus.HELD ? "interview.recorded" : "interview.scheduled");
    Faces.redirect("interview.xhtml?id=" + saved.getId());
  }

  private static List<Choice> choices(List<RoleHolder> holders) {
    return holders.stream().map(h -> new Choice(h.personId(), h.name())).toList();
  }

  public InterviewType getRule() {
    return types.stream().filter(t -> t.code().equals(type)).findFirst().orElse(null);
  }

  /** The page's parameters (f:viewParam sets them again, to null, on every postback: kept apart from the form). */
  public String getTypeParam() {
    return typeParam;
  }

  public void setTypeParam(String typeParam) {
    this.typeParam = typeParam;
  }

  public Long getUnitParam() {
    return unitParam;
  }

  public void setUnitParam(Long unitParam) {
    this.unitParam = unitParam;
  }

  public Long getPersonParam() {
    return personParam;
  }

  public void setPersonParam(Long personParam) {
    this.personParam = personParam;
  }

  public Long getSuggestionParam() {
    return suggestionParam;
  }

  public void setSuggestionParam(Long suggestionParam) {
    this.suggestionParam = suggestionParam;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Long getUnit() {
    return unit;
  }

  public void setUnit(Long unit) {
    this.unit = unit;
  }

  public Long getPerson() {
    return person;
  }

  public void setPerson(Long person) {
    this.person = person;
  }

  public Long getSuggestion() {
    return suggestion;
  }

  public void setSuggestion(Long suggestion) {
    this.suggestion = suggestion;
  }

  public Long getInterviewerId() {
    return interviewerId;
  }

  public void setInterviewerId(Long interviewerId) {
    this.interviewerId = interviewerId;
  }

  public LocalDateTime getScheduledAt() {
    return scheduledAt;
  }

  public void setScheduledAt(LocalDateTime scheduledAt) {
    this.scheduledAt = scheduledAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public List<InterviewType> getTypes() {
    return types;
  }

  public List<Choice> getUnits() {
    return units;
  }

  public List<Choice> getInterviewers() {
    return interviewers;
  }

  public List<Choice> getInterviewees() {
    return interviewees;
  }
}
