package cn.zeren.directory.web;

import cn.zeren.organisation.DisciplineBodyType;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.PartyBodyType;
import java.io.Serializable;

/**
 * One unit as the tree and the selection lists show it. Pages keep this copy (id and version included) across
 * requests rather than the managed entity.
 *
 * @param label the names from the highest visible unit down to this one, for selection lists
 */
public record OrganisationRow(
    long id,
    long version,
    Long parentId,
    String code,
    String name,
    String label,
    OrganisationKind kind,
    PartyBodyType partyBodyType,
    String partyBodyName,
    DisciplineBodyType disciplineBodyType,
    String disciplineBodyName,
    boolean active)
    implements Serializable {

  static OrganisationRow of(Organisation o, Long parentId, String label) {
    return new OrganisationRow(
        o.getId(), o.getVersion(), parentId, o.getCode(), o.getName(), label, o.getKind(), o.getPartyBodyType(),
        o.getPartyBodyName(), o.getDisciplineBodyType(), o.getDisciplineBodyName(), o.isActive());
  }
}
