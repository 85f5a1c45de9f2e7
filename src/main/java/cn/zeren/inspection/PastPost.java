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
import java.time.LocalDate;

/** A post a pool member held before (任职回避): where, as what, from when to when. Current posts are the directory's. */
@Entity
@Table(name = "inspection_past_post")
public class PastPost extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @NotNull(message = "{inspection.post.organisation.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @NotBlank(message = "{inspection.post.title.required}")
  @Size(max = 100, message = "{inspection.post.title.size}")
  @Column(nullable = false, length = 100)
  private String title;

  @NotNull(message = "{inspection.post.fromDate.required}")
  @Column(name = "from_date", nullable = false)
  private LocalDate fromDate;

  @NotNull(message = "{inspection.post.toDate.required}")
  @Column(name = "to_date", nullable = false)
  private LocalDate toDate;

  protected PastPost() {}

  PastPost(Person person, Organisation organisation, String title, LocalDate fromDate, LocalDate toDate) {
    this.person = person;
    this.organisation = organisation;
    this.title = title == null ? null : title.strip();
    this.fromDate = fromDate;
    this.toDate = toDate;
  }

  public Person getPerson() {
    return person;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getFromDate() {
    return fromDate;
  }

  public LocalDate getToDate() {
    return toDate;
  }
}
