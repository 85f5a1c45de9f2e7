package cn.zeren.lists;

import cn.zeren.organisation.Organisation;
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

/**
 * One signed list (签字清单) of an organisation for a year: its kind, the article it comes from, the name of the
 * organisation as it stood when the list was made (part of the signed content, so that a later renaming of the unit
 * does not break old signatures), the number of its current {@link ListVersion} and the counter of its item keys.
 */
@Entity
@Table(name = "signed_list")
public class SignedList extends VersionedEntity {
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private SignedListKind kind;

  @Column(name = "rule_id", nullable = false, length = 20, updatable = false)
  private String ruleId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(name = "organisation_name", nullable = false, length = 100, updatable = false)
  private String organisationName;

  @Column(name = "year_no", nullable = false, updatable = false)
  private int year;

  @Column(name = "current_version", nullable = false)
  private int currentVersion = 1;

  @Column(name = "next_item_no", nullable = false)
  private int nextItemNo = 1;

  @Column(name = "created_by_name", nullable = false, length = 100, updatable = false)
  private String createdByName;

  protected SignedList() {}

  SignedList(SignedListKind kind, String ruleId, Organisation organisation, int year, String createdByName) {
    this.kind = Objects.requireNonNull(kind);
    this.ruleId = Objects.requireNonNull(ruleId);
    this.organisation = Objects.requireNonNull(organisation);
    this.organisationName = organisation.getName();
    this.year = year;
    this.createdByName = Objects.requireNonNull(createdByName);
  }

  /** The key of the next new item: the kind's letter and a number never used before in this list (P1, P2 …). */
  String takeItemKey() {
    return ListRules.keyPrefix(kind) + nextItemNo++;
  }

  void advanceVersion() {
    currentVersion++;
  }

  public SignedListKind getKind() {
    return kind;
  }

  public String getRuleId() {
    return ruleId;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public int getYear() {
    return year;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public String getCreatedByName() {
    return createdByName;
  }
}
