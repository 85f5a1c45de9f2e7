package cn.zeren.directory.web;

import cn.zeren.organisation.PositionKind;
import java.io.Serializable;

/** What the post dialog holds between requests: a new post's kind and holder, or the id and version of one. */
public class PostEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private PositionKind kind;
  private PersonRow person;
  private String personName;
  private String title;
  private String areasInCharge;
  private Integer sortOrder;

  static PostEditor adding(PositionKind kind) {
    PostEditor editor = new PostEditor();
    editor.kind = kind;
    editor.sortOrder = 0;
    return editor;
  }

  static PostEditor of(PostRow row) {
    PostEditor editor = new PostEditor();
    editor.id = row.id();
    editor.version = row.version();
    editor.kind = row.kind();
    editor.personName = row.personName();
    editor.title = row.title();
    editor.areasInCharge = row.areasInCharge();
    editor.sortOrder = row.sortOrder();
    return editor;
  }

  public boolean isAdding() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public PositionKind getKind() {
    return kind;
  }

  public void setKind(PositionKind kind) {
    this.kind = kind;
  }

  public PersonRow getPerson() {
    return person;
  }

  public void setPerson(PersonRow person) {
    this.person = person;
  }

  public String getPersonName() {
    return personName;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getAreasInCharge() {
    return areasInCharge;
  }

  public void setAreasInCharge(String areasInCharge) {
    this.areasInCharge = areasInCharge;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  int sortOrderOrZero() {
    return sortOrder == null ? 0 : sortOrder;
  }
}
