package cn.zeren.organisation;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A post (职务) a person holds in a unit's leadership team (领导班子) or discipline organisation: primary leader,
 * other team member with areas in charge (分管领域), discipline head or member.
 */
@Entity
@Table(name = "org_position")
public class Position extends VersionedEntity {
  @NotNull(message = "{position.organisation.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @NotNull(message = "{position.person.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false)
  private Person person;

  @NotNull(message = "{position.kind.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private PositionKind kind;

  @NotBlank(message = "{position.title.required}")
  @Size(max = 100, message = "{position.title.size}")
  @Column(nullable = false, length = 100)
  private String title;

  @Size(max = 500, message = "{position.areas.size}")
  @Column(name = "areas_in_charge", length = 500)
  private String areasInCharge;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  public Organisation getOrganisation() {
    return organisation;
  }

  public void setOrganisation(Organisation organisation) {
    this.organisation = organisation;
  }

  public Person getPerson() {
    return person;
  }

  public void setPerson(Person person) {
    this.person = person;
  }

  public PositionKind getKind() {
    return kind;
  }

  public void setKind(PositionKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? null : title.trim();
  }

  public String getAreasInCharge() {
    return areasInCharge;
  }

  public void setAreasInCharge(String areasInCharge) {
    this.areasInCharge = areasInCharge;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
