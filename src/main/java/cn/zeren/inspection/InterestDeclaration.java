package cn.zeren.inspection;

import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A relative or an interest a pool member declared in a unit (公务回避): 配偶在该单位任职, 持有该企业股份 … */
@Entity
@Table(name = "inspection_declaration")
public class InterestDeclaration extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @NotNull(message = "{inspection.declaration.organisation.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @NotBlank(message = "{inspection.declaration.relation.required}")
  @Size(max = 50, message = "{inspection.declaration.relation.size}")
  @Column(nullable = false, length = 50)
  private String relation;

  @Size(max = 500, message = "{inspection.declaration.detail.size}")
  @Column(length = 500)
  private String detail;

  protected InterestDeclaration() {}

  InterestDeclaration(Person person, Organisation organisation, String relation, String detail) {
    this.person = person;
    this.organisation = organisation;
    this.relation = relation == null ? null : relation.strip();
    this.detail = detail == null || detail.isBlank() ? null : detail.strip();
  }

  public Person getPerson() {
    return person;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getRelation() {
    return relation;
  }

  public String getDetail() {
    return detail;
  }
}
