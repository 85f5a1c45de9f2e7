package cn.zeren.inspection;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A round of inspection (巡察轮次): its kind (常规, 专项, 回头看 of an earlier round), the days it runs and how many working
 * days that is, and its authorisation (一轮一组建, 一次一授权: who authorised this round's groups, on which day). Its
 * targets and groups are rows of their own; the draw staffs the groups.
 */
@Entity
@Table(name = "inspection_round")
public class InspectionRound extends VersionedEntity {
  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12, updatable = false)
  private RoundKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "look_back_of", updatable = false)
  private InspectionRound lookBackOf;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "working_days", nullable = false)
  private int workingDays;

  @Column(name = "duration_adjustment", length = 200)
  private String durationAdjustment;

  @Column(name = "authorised_by", nullable = false, length = 200)
  private String authorisedBy;

  @Column(name = "authorised_on", nullable = false)
  private LocalDate authorisedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private RoundState state = RoundState.PLANNED;

  @Column(name = "created_by_name", nullable = false, length = 100, updatable = false)
  private String createdByName;

  protected InspectionRound() {}

  InspectionRound(RoundForm form, InspectionRound lookBackOf, int workingDays, String createdByName) {
    this.name = form.name().strip();
    this.kind = form.kind();
    this.lookBackOf = lookBackOf;
    this.startsOn = form.startsOn();
    this.endsOn = form.endsOn();
    this.workingDays = workingDays;
    this.durationAdjustment =
        form.durationAdjustment() == null || form.durationAdjustment().isBlank() ? null : form.durationAdjustment().strip();
    this.authorisedBy = form.authorisedBy().strip();
    this.authorisedOn = form.authorisedOn();
    this.createdByName = createdByName;
  }

  void setState(RoundState state) {
    this.state = state;
  }

  public String getName() {
    return name;
  }

  public RoundKind getKind() {
    return kind;
  }

  public InspectionRound getLookBackOf() {
    return lookBackOf;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public int getWorkingDays() {
    return workingDays;
  }

  /** The leading group's consent to a round shorter than the pack's minimum, if it was given. */
  public String getDurationAdjustment() {
    return durationAdjustment;
  }

  public String getAuthorisedBy() {
    return authorisedBy;
  }

  public LocalDate getAuthorisedOn() {
    return authorisedOn;
  }

  public RoundState getState() {
    return state;
  }

  public String getCreatedByName() {
    return createdByName;
  }
}
