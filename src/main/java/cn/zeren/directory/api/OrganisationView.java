package cn.zeren.directory.api;

import cn.zeren.organisation.Organisation;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit of the organisation tree as the API shows it.
 *
 * @param parentId null for the root (the city or county)
 * @param path the ids from the root down to this unit, e.g. "/1/7/"
 */
@Schema(name = "Organisation")
@JsonbNillable
@JsonbPropertyOrder({
  "id", "code", "name", "kind", "parentId", "path", "active", "partyBodyType", "partyBodyName",
  "disciplineBodyType", "disciplineBodyName"
})
public record OrganisationView(
    long id,
    @Schema(example = "QSZ") String code,
    @Schema(example = "青山镇") String name,
    @Schema(example = "TOWNSHIP") String kind,
    Long parentId,
    @Schema(example = "/1/2/") String path,
    boolean active,
    @Schema(example = "COMMITTEE") String partyBodyType,
    String partyBodyName,
    @Schema(example = "COMMISSION") String disciplineBodyType,
    String disciplineBodyName) {

  static OrganisationView of(Organisation org) {
    List<Long> ids = org.pathIds();
    Long parentId = ids.size() < 2 ? null : ids.get(ids.size() - 2);
    return new OrganisationView(
        org.getId(), org.getCode(), org.getName(), org.getKind().name(), parentId, org.getPath(), org.isActive(),
        org.getPartyBodyType().name(), org.getPartyBodyName(), org.getDisciplineBodyType().name(),
        org.getDisciplineBodyName());
  }
}
