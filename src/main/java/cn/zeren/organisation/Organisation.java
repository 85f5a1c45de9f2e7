package cn.zeren.organisation;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit in the organisation tree (组织机构, YW-2): the city or county at the root, under it the units of every
 * kind, each with its Party committee (党委/党组/党工委) and its discipline organisation (纪委/纪工委/纪检组). The
 * {@code path} ("/1/7/23/") lists the ids from the root down to this unit; "is in the subtree of" is a prefix test.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends VersionedEntity {
  @NotBlank(message = "{organisation.code.required}")
  @Size(max = 32, message = "{organisation.code.size}")
  @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{organisation.code.pattern}")
  @Column(nullable = false, length = 32)
  private String code;

  @NotBlank(message = "{organisation.name.required}")
  @Size(max = 100, message = "{organisation.name.size}")
  @Column(nullable = false, length = 100)
  private String name;

  @NotNull(message = "{organisation.kind.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private OrganisationKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Organisation parent;

  @Column(nullable = false, length = 512)
  private String path = "/";

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @NotNull(message = "{organisation.partyBodyType.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "party_body_type", nullable = false, length = 32)
  private PartyBodyType partyBodyType;

  @NotBlank(message = "{organisation.partyBodyName.required}")
  @Size(max = 100, message = "{organisation.name.size}")
  @Column(name = "party_body_name", nullable = false, length = 100)
  private String partyBodyName;

  @NotNull(message = "{organisation.disciplineBodyType.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "discipline_body_type", nullable = false, length = 32)
  private DisciplineBodyType disciplineBodyType;

  @NotBlank(message = "{organisation.disciplineBodyName.required}")
  @Size(max = 100, message = "{organisation.name.size}")
  @Column(name = "discipline_body_name", nullable = false, length = 100)
  private String disciplineBodyName;

  @Column(nullable = false)
  private boolean active = true;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.trim();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.trim();
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public Organisation getParent() {
    return parent;
  }

  /** Sets the parent and recomputes this unit's own path; the directory's service moves the descendants' paths. */
  public void placeUnder(Organisation newParent) {
    this.parent = newParent;
    this.path = (newParent == null ? "/" : newParent.getPath()) + getId() + "/";
  }

  public String getPath() {
    return path;
  }

  /** Only for the directory's service, which moves a subtree's paths with its root (access checked there). */
  public void setPath(String path) {
    this.path = path;
  }

  /** The ids from the root down to this unit. */
  public java.util.List<Long> pathIds() {
    return java.util.Arrays.stream(path.split("/"))
        .filter(s -> !s.isEmpty())
        .map(Long::valueOf)
        .toList();
  }

  public int getDepth() {
    return pathIds().size() - 1;
  }

  /** True when {@code other} is this unit or lies below it. */
  public boolean contains(Organisation other) {
    return other != null && other.getPath().startsWith(path);
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
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
    this.partyBodyName = partyBodyName == null ? null : partyBodyName.trim();
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
    this.disciplineBodyName = disciplineBodyName == null ? null : disciplineBodyName.trim();
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
