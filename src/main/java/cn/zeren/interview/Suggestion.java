package cn.zeren.interview;

import cn.zeren.organisation.Organisation;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A suggested interview in the commission's queue (建议约谈, YW-12.2): a unit's figure for a year crossed a threshold of
 * the rule pack. One per unit, year and threshold; it stays until the commission schedules or dismisses it.
 */
@Entity
@Table(name = "interview_suggestion")
public class Suggestion extends VersionedEntity {

  /** Open in the queue, scheduled as an interview, or dismissed by the commission. */
  public enum Status {
    OPEN,
    SCHEDULED,
    DISMISSED
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(nullable = false, updatable = false)
  private int year;

  @Column(name = "trigger_code", nullable = false, length = 40, updatable = false)
  private String triggerCode;

  @Column(name = "rule_id", nullable = false, length = 20, updatable = false)
  private String ruleId;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal figure;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal threshold;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.OPEN;

  @Column(name = "interview_id")
  private Long interviewId;

  protected Suggestion() {}

  Suggestion(Organisation organisation, int year, String triggerCode, String ruleId) {
    this.organisation = Objects.requireNonNull(organisation);
    this.year = year;
    this.triggerCode = Objects.requireNonNull(triggerCode);
    this.ruleId = Objects.requireNonNull(ruleId);
  }

  void observe(BigDecimal figure, BigDecimal threshold) {
    this.figure = figure;
    this.threshold = threshold;
  }

  void scheduled(long interviewId) {
    this.interviewId = interviewId;
    this.status = Status.SCHEDULED;
  }

  void dismiss() {
    this.status = Status.DISMISSED;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public int getYear() {
    return year;
  }

  public String getTriggerCode() {
    return triggerCode;
  }

  public String getRuleId() {
    return ruleId;
  }

  public BigDecimal getFigure() {
    return figure;
  }

  public BigDecimal getThreshold() {
    return threshold;
  }

  public Status getStatus() {
    return status;
  }

  public Long getInterviewId() {
    return interviewId;
  }
}
