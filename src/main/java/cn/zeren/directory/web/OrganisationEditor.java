package cn.zeren.directory.web;

import cn.zeren.directory.OrganisationForm;
import cn.zeren.organisation.DisciplineBodyType;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.PartyBodyType;
import java.io.Serializable;

/**
 * What the create/edit dialog of a unit holds between requests: the typed values, and for an edit the id and the
 * version that was loaded, so that a concurrent change is refused rather than overwritten.
 */
public class OrganisationEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private Long parentId;
  private String parentName;
  private String code;
  private String name;
  private OrganisationKind kind;
  private Integer sortOrder;
  private PartyBodyType partyBodyType;
  private String partyBodyName;
  private DisciplineBodyType disciplineBodyType;
  private String disciplineBodyName;

  /** An empty unit to be created under {@code parent}. */
  static OrganisationEditor under(OrganisationRow parent) {
    OrganisationEditor editor = new OrganisationEditor();
    editor.parentId = parent.id();
    editor.parentName = parent.name();
    editor.sortOrder = 0;
    return editor;
  }

  static OrganisationEditor of(Organisation o) {
    OrganisationEditor editor = new OrganisationEditor();
    editor.id = o.getId();
    editor.version = o.getVersion();
    editor.parentName = o.getParent() == null ? null : o.getParent().getName();
    editor.code = o.getCode();
    editor.name = o.getName();
    editor.kind = o.getKind();
    editor.sortOrder = o.getSortOrder();
    editor.partyBodyType = o.getPartyBodyType();
    editor.partyBodyName = o.getPartyBodyName();
    editor.disciplineBodyType = o.getDisciplineBodyType();
    editor.disciplineBodyName = o.getDisciplineBodyName();
    return editor;
  }

  OrganisationForm toForm() {
    return new OrganisationForm(
        code, name, kind, sortOrder == null ? 0 : sortOrder, partyBodyType, partyBodyName, disciplineBodyType,
        disciplineBodyName);
  }

  Organisation toDraft() {
    Organisation draft = new Organisation();
    draft.setCode(code);
    draft.setName(name);
    draft.setKind(kind);
    draft.setSortOrder(sortOrder == null ? 0 : sortOrder);
    draft.setPartyBodyType(partyBodyType);
    draft.setPartyBodyName(partyBodyName);
    draft.setDisciplineBodyType(disciplineBodyType);
    draft.setDisciplineBodyName(disciplineBodyName);
    return draft;
  }

  public boolean isCreating() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Long getParentId() {
    return parentId;
  }

  public String getParentName() {
    return parentName;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public Integer getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(Integer sortOrder) {
    this.sortOrder = sortOrder;
  }

  public PartyBodyType getPartyBodyType() {
    return partyBodyType;
  }

  public void setPartyBodyType(PartyBodyType partyBodyType) {
    this.partyBodyType = partyBodyType;
  }

  public String getPartyBodyName() {
    return partyBodyName;
  }

  public void setPartyBodyName(String partyBodyName) {
    this.partyBodyName = partyBodyName;
  }

  public DisciplineBodyType getDisciplineBodyType() {
    return disciplineBodyType;
  }

  public void setDisciplineBodyType(DisciplineBodyType disciplineBodyType) {
    this.disciplineBodyType = disciplineBodyType;
  }

  public String getDisciplineBodyName() {
    return disciplineBodyName;
  }

  public void setDisciplineBodyName(String disciplineBodyName) {
    this.disciplineBodyName = disciplineBodyName;
  }
}
