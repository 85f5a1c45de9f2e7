package cn.zeren.lists;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The follow-up of one problem that came as feedback from the upper level (YW-6.12): the obligation instance of
 * its rectification plan (due a month after the feedback) and the one of the written progress report now open
 * (every three months, round by round, until the rectification is written off). An instance whose due date falls
 * in a year without a loaded holiday calendar is opened later ({@code null} until then), as the obligation
 * generator does for periodic rules.
 */
@Entity
@Table(name = "feedback_tracking")
public class FeedbackTracking extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "problem_list_id", nullable = false, updatable = false)
  private SignedList problemList;

  @Column(name = "problem_key", nullable = false, length = 20, updatable = false)
  private String problemKey;

  @Column(name = "rule_id", nullable = false, length = 20, updatable = false)
  private String ruleId;

  @Column(name = "feedback_date", nullable = false, updatable = false)
  private LocalDate feedbackDate;

  @Column(name = "plan_obligation_id")
  private Long planObligationId;

  @Column(name = "progress_obligation_id")
  private Long progressObligationId;

  @Column(name = "progress_round", nullable = false)
  private int progressRound;

  @Column(nullable = false)
  private boolean finished;

  protected FeedbackTracking() {}

  FeedbackTracking(SignedList problemList, String problemKey, String ruleId, LocalDate feedbackDate) {
    this.problemList = problemList;
    this.problemKey = problemKey;
    this.ruleId = ruleId;
    this.feedbackDate = feedbackDate;
    this.progressRound = 1;
  }

  void planOpened(long obligationId) {
    planObligationId = obligationId;
  }

  /** The instance of the current round is open. */
  void progressOpened(long obligationId) {
    progressObligationId = obligationId;
  }

  /** The current round's report is in: the next round is due (its instance opened as soon as it can be). */
  void roundDone() {
    progressObligationId = null;
    progressRound++;
  }

  /** The problem is written off: no further reports. */
  void finish() {
    progressObligationId = null;
    finished = true;
  }

  public boolean isFinished() {
    return finished;
  }

  public SignedList getProblemList() {
    return problemList;
  }

  public String getProblemKey() {
    return problemKey;
  }

  public String getRuleId() {
    return ruleId;
  }

  public LocalDate getFeedbackDate() {
    return feedbackDate;
  }

  public Long getPlanObligationId() {
    return planObligationId;
  }

  public Long getProgressObligationId() {
    return progressObligationId;
  }

  public int getProgressRound() {
    return progressRound;
  }
}
