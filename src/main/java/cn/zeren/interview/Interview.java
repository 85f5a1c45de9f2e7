package cn.zeren.interview;

import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An interview (约谈, YW-12): its type and article, the unit, the interviewing leader and the interviewee, when and
 * where, the topic; after the talk its minutes (谈话记录); once the interviewee's explanation is signed, the reply.
 */
@Entity
@Table(name = "interview")
public class Interview extends VersionedEntity {
  public static final int PLACE_LENGTH = 200;
  public static final int TOPIC_LENGTH = 2000;
  public static final int MINUTES_LENGTH = 20000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(name = "type_code", nullable = false, length = 40, updatable = false)
  private String typeCode;

  @Column(name = "rule_id", nullable = false, length = 20, updatable = false)
  private String ruleId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "interviewer_person_id", nullable = false)
  private Person interviewer;

  @ManyToOne(optional = false)
  @JoinColumn(name = "interviewee_person_id", nullable = false, updatable = false)
  private Person interviewee;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @Column(nullable = false, length = PLACE_LENGTH)
  private String place;

  @Column(nullable = false, length = TOPIC_LENGTH)
  private String topic;

  @Column(name = "scheduled_by_person_id", updatable = false)
  private Long scheduledByPersonId;

  @Column(name = "scheduled_by_org_id", updatable = false)
  private Long scheduledByOrgId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private InterviewStatus status = InterviewStatus.SCHEDULED;

  @Column(length = MINUTES_LENGTH)
  private String minutes;

  @Column(name = "minutes_at")
  private Instant minutesAt;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "day_before_sent", nullable = false)
  private boolean dayBeforeSent;

  @Column(name = "suggestion_id", updatable = false)
  private Long suggestionId;

  protected Interview() {}

  Interview(Organisation unit, String typeCode, String ruleId, Person interviewee, Long scheduledByPersonId,
      Long scheduledByOrgId, Long suggestionId) {
    this.organisation = Objects.requireNonNull(unit);
    this.typeCode = Objects.requireNonNull(typeCode);
    this.ruleId = Objects.requireNonNull(ruleId);
    this.interviewee = Objects.requireNonNull(interviewee);
    this.scheduledByPersonId = scheduledByPersonId;
    this.scheduledByOrgId = scheduledByOrgId;
    this.suggestionId = suggestionId;
  }

  void plan(Person interviewer, Instant scheduledAt, String place, String topic) {
    this.interviewer = Objects.requireNonNull(interviewer);
    this.scheduledAt = Objects.requireNonNull(scheduledAt);
    this.place = place;
    this.topic = topic;
  }

  void recordMinutes(String minutes, Instant at) {
    this.minutes = minutes;
    this.minutesAt = at;
    this.status = InterviewStatus.HELD;
  }

  void replied(Instant at) {
    this.repliedAt = at;
    this.status = InterviewStatus.REPLIED;
  }

  void cancel() {
    this.status = InterviewStatus.CANCELLED;
  }

  void dayBeforeSent() {
    this.dayBeforeSent = true;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public String getRuleId() {
    return ruleId;
  }

  public Person getInterviewer() {
    return interviewer;
  }

  public Person getInterviewee() {
    return interviewee;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public String getPlace() {
    return place;
  }

  public String getTopic() {
    return topic;
  }

  public Long getScheduledByPersonId() {
    return scheduledByPersonId;
  }

  public Long getScheduledByOrgId() {
    return scheduledByOrgId;
  }

  public InterviewStatus getStatus() {
    return status;
  }

  public String getMinutes() {
    return minutes;
  }

  public Instant getMinutesAt() {
    return minutesAt;
  }

  public Instant getRepliedAt() {
    return repliedAt;
  }

  public boolean isDayBeforeSent() {
    return dayBeforeSent;
  }

  public Long getSuggestionId() {
    return suggestionId;
  }
}
