package cn.zeren.security;

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
import java.util.Objects;

/** A person holds a {@link Role} for an organisation (and so for its subtree). */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40, updatable = false)
  private Role role;

  @Column(nullable = false)
  private boolean active = true;

  protected RoleAssignment() {}

  public RoleAssignment(Person person, Organisation organisation, Role role) {
    this.person = Objects.requireNonNull(person);
    this.organisation = Objects.requireNonNull(organisation);
    this.role = Objects.requireNonNull(role);
  }

  public Person getPerson() {
    return person;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Role getRole() {
    return role;
  }

  public boolean isActive() {
    return active;
  }

  void setActive(boolean active) {
    this.active = active;
  }
}
