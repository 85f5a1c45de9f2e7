package cn.zeren.lists;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One item (清单事项) of a list version. Its {@code itemKey} (R1, D1, P1, Z1 …) stays the same in every version of the
 * list, so that a problem's rectification, progress and write-off can follow it through new versions. Which fields
 * a kind uses is {@link ListRules#fieldsOf}; the others stay null.
 */
@Entity
@Table(name = "list_item")
public class ListItem extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "list_version_id", nullable = false, updatable = false)
  private ListVersion listVersion;

  @Column(name = "item_key", nullable = false, length = 20, updatable = false)
  private String itemKey;

  @Column(name = "position_no", nullable = false)
  private int position;

  @Size(max = 500)
  @Column(length = 500)
  private String task;

  @Size(max = 2000)
  @Column(length = 2000)
  private String measure;

  @Size(max = 100)
  @Column(name = "owner_name", length = 100)
  private String ownerName;

  @Size(max = 200)
  @Column(length = 200)
  private String area;

  @Size(max = 500)
  @Column(name = "expected_evidence", length = 500)
  private String expectedEvidence;

  @Size(max = 30)
  @Column(name = "source_code", length = 30)
  private String sourceCode;

  @Size(max = 2000)
  @Column(length = 2000)
  private String description;

  @Size(max = 100)
  @Column(length = 100)
  private String category;

  @Size(max = 500)
  @Column(name = "responsibility_item", length = 500)
  private String responsibilityItem;

  @Column(name = "found_on")
  private LocalDate foundOn;

  @Size(max = 100)
  @Column(name = "found_by", length = 100)
  private String foundBy;

  @Size(max = 20)
  @Column(name = "problem_key", length = 20)
  private String problemKey;

  @Column
  private LocalDate deadline;

  protected ListItem() {}

  ListItem(ListVersion listVersion, String itemKey, int position, ItemFields fields) {
    this.listVersion = listVersion;
    this.itemKey = itemKey;
    this.position = position;
    apply(fields);
  }

  /** The same item in the next version of its list. */
  ListItem copyInto(ListVersion next) {
    return new ListItem(next, itemKey, position, fields());
  }

  void apply(ItemFields f) {
    task = f.task();
    measure = f.measure();
    ownerName = f.ownerName();
    area = f.area();
    expectedEvidence = f.expectedEvidence();
    sourceCode = f.sourceCode();
    description = f.description();
    category = f.category();
    responsibilityItem = f.responsibilityItem();
    foundOn = f.foundOn();
    foundBy = f.foundBy();
    problemKey = f.problemKey();
    deadline = f.deadline();
  }

  public ItemFields fields() {
    return new ItemFields(task, measure, ownerName, area, expectedEvidence, sourceCode, description, category,
        responsibilityItem, foundOn, foundBy, problemKey, deadline);
  }

  public ListVersion getListVersion() {
    return listVersion;
  }

  public String getItemKey() {
    return itemKey;
  }

  public int getPosition() {
    return position;
  }

  public String getTask() {
    return task;
  }

  public String getMeasure() {
    return measure;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public String getArea() {
    return area;
  }

  public String getExpectedEvidence() {
    return expectedEvidence;
  }

  public String getSourceCode() {
    return sourceCode;
  }

  public String getDescription() {
    return description;
  }

  public String getCategory() {
    return category;
  }

  public String getResponsibilityItem() {
    return responsibilityItem;
  }

  public LocalDate getFoundOn() {
    return foundOn;
  }

  public String getFoundBy() {
    return foundBy;
  }

  public String getProblemKey() {
    return problemKey;
  }

  public LocalDate getDeadline() {
    return deadline;
  }
}
