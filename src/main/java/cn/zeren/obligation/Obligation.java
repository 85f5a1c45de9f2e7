package cn.zeren.obligation;

import cn.zeren.calendar.Deadlines;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Position;
import cn.zeren.platform.persistence.VersionedEntity;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.Owner;
import cn.zeren.rules.RulePack;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An obligation instance (履责任务): one rule of the pack, for one organisation, one period and one owner, due at
 * the last second of its due date in Beijing time. It is done on time or late once the evidence recorded reaches
 * the rule's minimum count, or waived with a reason.
 */
@Entity
@Table(name = "obligation")
public class Obligation extends VersionedEntity {
  @Column(name = "pack_id", nullable = false, length = 40, updatable = false)
  private String packId;

  /** The version of the pack the rule came from; null on instances generated before versions were recorded. */
  @Column(name = "pack_version", length = 20, updatable = false)
  private String packVersion;

  @Column(name = "rule_id", nullable = false, length = 20, updatable = false)
  private String ruleId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  private Owner owner;

  @Column(name = "owner_key", nullable = false, length = 32, updatable = false)
  private String ownerKey;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_position_id", updatable = false)
  private Position ownerPosition;

  @Column(name = "year_no", nullable = false, updatable = false)
  private int year;

  @Column(name = "period_key", nullable = false, length = 12, updatable = false)
  private String periodKey;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ObligationStatus status = ObligationStatus.OPEN;

  @Column(name = "minimum_count", nullable = false)
  private int minimumCount;

  @Column(name = "done_count", nullable = false)
  private int doneCount;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "waived_reason", length = 500)
  private String waivedReason;

  protected Obligation() {}

  /** An instance opened by an event (per-event rules such as YW-10.3d/e): the unit's own, due from the event. */
  Obligation(RulePack pack, ObligationRule rule, Organisation organisation, String periodKey, int year,
      LocalDate dueDate) {
    this.packId = pack.id();
    this.packVersion = pack.version();
    this.ruleId = rule.ruleId();
    this.organisation = organisation;
    this.owner = rule.owner();
    this.ownerKey = ObligationGenerator.UNIT;
    this.year = year;
    this.periodKey = periodKey;
    this.dueDate = dueDate;
    this.dueAt = Deadlines.cutOff(dueDate).toInstant();
    this.minimumCount = rule.minimumCount();
  }

  /** The status as of {@code now}: an open instance past its due time is overdue. */
  public ObligationStatus statusAt(Instant now) {
    return status == ObligationStatus.OPEN && Deadlines.isLate(now, dueDate) ? ObligationStatus.OVERDUE : status;
  }

  public boolean isOpen() {
    return status == ObligationStatus.OPEN;
  }

  /** Counts one piece of evidence; the instance is done when the count reaches the rule's minimum. */
  void recordEvidence(Instant at) {
    doneCount++;
    if (status == ObligationStatus.OPEN && doneCount >= minimumCount) {
      status = Deadlines.isLate(at, dueDate) ? ObligationStatus.DONE_LATE : ObligationStatus.DONE_ON_TIME;
      completedAt = at;
    }
  }

  void waive(String reason) {
    status = ObligationStatus.WAIVED;
    waivedReason = reason;
  }

  public String getPackId() {
    return packId;
  }

  public String getPackVersion() {
    return packVersion;
  }

  public String getRuleId() {
    return ruleId;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Owner getOwner() {
    return owner;
  }

  public String getOwnerKey() {
    return ownerKey;
  }

  public Position getOwnerPosition() {
    return ownerPosition;
  }

  public int getYear() {
    return year;
  }

  public String getPeriodKey() {
    return periodKey;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public ObligationStatus getStatus() {
    return status;
  }

  public int getMinimumCount() {
    return minimumCount;
  }

  public int getDoneCount() {
    return doneCount;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getWaivedReason() {
    return waivedReason;
  }
}
