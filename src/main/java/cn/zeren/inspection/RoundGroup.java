package cn.zeren.inspection;

import cn.zeren.organisation.Person;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One inspection group of a round (第一巡察组 …), formed for this round only: its leader and members from the draw. */
@Entity
@Table(name = "inspection_group")
public class RoundGroup extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", nullable = false, updatable = false)
  private InspectionRound round;

  @Column(name = "group_key", nullable = false, length = 10, updatable = false)
  private String key;

  @Column(nullable = false, length = 50)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "leader_person_id")
  private Person leader;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "inspection_group_member",
      joinColumns = @JoinColumn(name = "group_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  @OrderBy("name")
  private List<Person> members = new ArrayList<>();

  protected RoundGroup() {}

  RoundGroup(InspectionRound round, String key, String name) {
    this.round = round;
    this.key = key;
    this.name = name;
  }

  void staff(Person leader, List<Person> members) {
    this.leader = leader;
    this.members.clear();
    this.members.addAll(members);
  }

  /** Whether the person leads or serves in this group. */
  public boolean includes(Long personId) {
    return personId != null
        && ((leader != null && personId.equals(leader.getId()))
            || members.stream().anyMatch(p -> personId.equals(p.getId())));
  }

  public InspectionRound getRound() {
    return round;
  }

  public String getKey() {
    return key;
  }

  public String getName() {
    return name;
  }

  public Person getLeader() {
    return leader;
  }

  public List<Person> getMembers() {
    return members;
  }
}
