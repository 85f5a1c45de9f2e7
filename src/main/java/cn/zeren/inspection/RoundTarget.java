package cn.zeren.inspection;

import cn.zeren.organisation.Organisation;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A unit's Party organisation inspected in a round (ZZ 第七条, JDZ 第十五条), and the group the draw gave it to. */
@Entity
@Table(name = "inspection_target")
public class RoundTarget extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", nullable = false, updatable = false)
  private InspectionRound round;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "group_id")
  private RoundGroup group;

  protected RoundTarget() {}

  RoundTarget(InspectionRound round, Organisation organisation) {
    this.round = round;
    this.organisation = organisation;
  }

  void assign(RoundGroup group) {
    this.group = group;
  }

  public InspectionRound getRound() {
    return round;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public RoundGroup getGroup() {
    return group;
  }
}
