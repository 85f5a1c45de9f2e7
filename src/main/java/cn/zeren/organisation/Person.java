package cn.zeren.organisation;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A cadre or staff member (人员) working in one organisation; may hold posts and portal roles. */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {
  @NotBlank(message = "{person.name.required}")
  @Size(max = 50, message = "{person.name.size}")
  @Column(nullable = false, length = 50)
  private String name;

  @NotNull(message = "{person.organisation.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Size(max = 100, message = "{person.jobTitle.size}")
  @Column(name = "job_title", length = 100)
  private String jobTitle;

  @Size(max = 30, message = "{person.phone.size}")
  @Pattern(regexp = "[0-9+\\- ]*", message = "{person.phone.pattern}")
  @Column(length = 30)
  private String phone;

  @Email(message = "{person.email.pattern}")
  @Size(max = 200, message = "{person.email.size}")
  @Column(length = 200)
  private String email;

  @Column(nullable = false)
  private boolean active = true;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.trim();
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public void setOrganisation(Organisation organisation) {
    this.organisation = organisation;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null || email.isBlank() ? null : email.trim();
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
