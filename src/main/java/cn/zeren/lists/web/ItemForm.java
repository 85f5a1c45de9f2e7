package cn.zeren.lists.web;

import cn.zeren.lists.ItemFields;
import cn.zeren.lists.ListItem;
import java.io.Serializable;
import java.time.LocalDate;

/** The item being added or changed on the list page; what was typed stays here when the service refuses it. */
public class ItemForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long itemId;
  private long itemVersion;
  private String itemKey;
  private String task;
  private String measure;
  private String ownerName;
  private String area;
  private String expectedEvidence;
  private String sourceCode;
  private String description;
  private String category;
  private String responsibilityItem;
  private LocalDate foundOn;
  private String foundBy;
  private String problemKey;
  private LocalDate deadline;

  static ItemForm of(ListItem item) {
    ItemForm form = new ItemForm();
    form.itemId = item.getId();
    form.itemVersion = item.getVersion();
    form.itemKey = item.getItemKey();
    ItemFields f = item.fields();
    form.task = f.task();
    form.measure = f.measure();
    form.ownerName = f.ownerName();
    form.area = f.area();
    form.expectedEvidence = f.expectedEvidence();
    form.sourceCode = f.sourceCode();
    form.description = f.description();
    form.category = f.category();
    form.responsibilityItem = f.responsibilityItem();
    form.foundOn = f.foundOn();
    form.foundBy = f.foundBy();
    form.problemKey = f.problemKey();
    form.deadline = f.deadline();
    return form;
  }

  ItemFields fields() {
    return new ItemFields(task, measure, ownerName, area, expectedEvidence, sourceCode, description, category,
        responsibilityItem, foundOn, foundBy, problemKey, deadline);
  }

  public boolean isEditing() {
    return itemId != null;
  }

  public Long getItemId() {
    return itemId;
  }

  public long getItemVersion() {
    return itemVersion;
  }

  public String getItemKey() {
    return itemKey;
  }

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getExpectedEvidence() {
    return expectedEvidence;
  }

  public void setExpectedEvidence(String expectedEvidence) {
    this.expectedEvidence = expectedEvidence;
  }

  public String getSourceCode() {
    return sourceCode;
  }

  public void setSourceCode(String sourceCode) {
    this.sourceCode = sourceCode;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getResponsibilityItem() {
    return responsibilityItem;
  }

  public void setResponsibilityItem(String responsibilityItem) {
    this.responsibilityItem = responsibilityItem;
  }

  public LocalDate getFoundOn() {
    return foundOn;
  }

  public void setFoundOn(LocalDate foundOn) {
    this.foundOn = foundOn;
  }

  public String getFoundBy() {
    return foundBy;
  }

  public void setFoundBy(String foundBy) {
    this.foundBy = foundBy;
  }

  public String getProblemKey() {
    return problemKey;
  }

  public void setProblemKey(String problemKey) {
    this.problemKey = problemKey;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }
}
