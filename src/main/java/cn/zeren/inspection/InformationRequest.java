package cn.zeren.inspection;

import cn.zeren.organisation.Organisation;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A letter of the office asking one body for what it knows of a round's targets before entry (巡前沟通信息, XC-3.2):
 * the recipient of the pack's list and what it provides, the unit that answers, the obligation instance the letter
 * opened there (due on the calendar), and the written answer with its documents, on time or late.
 */
@Entity
@Table(name = "inspection_request")
public class InformationRequest extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", nullable = false, updatable = false)
  private InspectionRound round;

  @Column(name = "recipient_key", nullable = false, length = 40, updatable = false)
  private String recipientKey;

  @Column(name = "recipient_title", nullable = false, length = 100, updatable = false)
  private String recipientTitle;

  @Column(nullable = false, length = 1000, updatable = false)
  private String provides;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(name = "rule_id", nullable = false, length = 20, updatable = false)
  private String ruleId;

  @Column(name = "obligation_id", nullable = false, updatable = false)
  private long obligationId;

  @Column(name = "sent_on", nullable = false, updatable = false)
  private LocalDate sentOn;

  @Column(name = "due_date", nullable = false, updatable = false)
  private LocalDate dueDate;

  @Column(name = "sent_by_name", nullable = false, length = 100, updatable = false)
  private String sentByName;

  @Column(length = 4000)
  private String answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_by_name", length = 100)
  private String answeredByName;

  @Column(nullable = false)
  private boolean late;

  protected InformationRequest() {}

  InformationRequest(InspectionRound round, String recipientKey, String recipientTitle, String provides,
      Organisation organisation, String ruleId, long obligationId, LocalDate sentOn, LocalDate dueDate,
      String sentByName) {
    this.round = round;
    this.recipientKey = recipientKey;
    this.recipientTitle = recipientTitle;
    this.provides = provides;
    this.organisation = organisation;
    this.ruleId = ruleId;
    this.obligationId = obligationId;
    this.sentOn = sentOn;
    this.dueDate = dueDate;
    this.sentByName = sentByName;
  }

  void answer(String text, String by, Instant at, boolean late) {
    this.answer = text;
    this.answeredByName = by;
    this.answeredAt = at;
    this.late = late;
  }

  public boolean isAnswered() {
    return answeredAt != null;
  }

  public InspectionRound getRound() {
    return round;
  }

  public String getRecipientKey() {
    return recipientKey;
  }

  public String getRecipientTitle() {
    return recipientTitle;
  }

  public String getProvides() {
    return provides;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getRuleId() {
    return ruleId;
  }

  public long getObligationId() {
    return obligationId;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getSentByName() {
    return sentByName;
  }

  public String getAnswer() {
    return answer;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getAnsweredByName() {
    return answeredByName;
  }

  public boolean isLate() {
    return late;
  }
}
