package cn.zeren.directory.web;

import cn.zeren.organisation.DisciplineBodyType;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.PartyBodyType;
import java.io.Serializable;
import java.time.Instant;

/**
 * The data of one unit for its page.
 *
 * @param parentLinked whether the caller may open the parent's page (a clerk sees the name of the unit above
 *     their own, not its page)
 */
public record OrganisationDetail(
    long id,
    long version,
    String code,
    String name,
    OrganisationKind kind,
    PartyBodyType partyBodyType,
    String partyBodyName,
    DisciplineBodyType disciplineBodyType,
    String disciplineBodyName,
    boolean active,
    Long parentId,
    String parentName,
    boolean parentLinked,
    Instant updatedAt)
    implements Serializable {

  static OrganisationDetail of(Organisation o, boolean parentLinked) {
    Organisation parent = o.getParent();
    return new OrganisationDetail(
        o.getId(), o.getVersion(), o.getCode(), o.getName(), o.getKind(), o.getPartyBodyType(), o.getPartyBodyName(),
        o.getDisciplineBodyType(), o.getDisciplineBodyName(), o.isActive(), parent == null ? null : parent.getId(),
        parent == null ? null : parent.getName(), parentLinked, o.getUpdatedAt());
  }
}
