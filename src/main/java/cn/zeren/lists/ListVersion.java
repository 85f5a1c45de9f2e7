package cn.zeren.lists;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One version (版本) of a signed list. Its items are edited while it is the list's current version and nobody has
 * signed it; once signed it never changes, and a change makes the next version, a copy that is signed again.
 */
@Entity
@Table(name = "list_version")
public class ListVersion extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "list_id", nullable = false, updatable = false)
  private SignedList list;

  @Column(name = "number_no", nullable = false, updatable = false)
  private int number;

  @Column(name = "created_by_name", nullable = false, length = 100, updatable = false)
  private String createdByName;

  protected ListVersion() {}

  ListVersion(SignedList list, int number, String createdByName) {
    this.list = list;
    this.number = number;
    this.createdByName = createdByName;
  }

  public SignedList getList() {
    return list;
  }

  public int getNumber() {
    return number;
  }

  public String getCreatedByName() {
    return createdByName;
  }
}
