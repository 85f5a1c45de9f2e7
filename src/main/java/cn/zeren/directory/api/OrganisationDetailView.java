package cn.zeren.directory.api;

import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Position;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit with its leadership team (领导班子) and discipline organisation: the posts held there. */
@Schema(name = "OrganisationDetail")
@JsonbNillable
@JsonbPropertyOrder({
  "id", "code", "name", "kind", "parentId", "path", "active", "partyBodyType", "partyBodyName",
  "disciplineBodyType", "disciplineBodyName", "team"
})
public record OrganisationDetailView(
    long id,
    String code,
    String name,
    String kind,
    Long parentId,
    String path,
    boolean active,
    String partyBodyType,
    String partyBodyName,
    String disciplineBodyType,
    String disciplineBodyName,
    @Schema(description = "在任职务在前") List<TeamMember> team) {

  /** A post in the unit: primary leader, team member with areas in charge, discipline head or member. */
  @Schema(name = "TeamMember")
  @JsonbNillable
  @JsonbPropertyOrder({"personId", "name", "kind", "title", "areasInCharge", "active"})
  public record TeamMember(
      long personId,
      String name,
      @Schema(example = "PRIMARY_LEADER") String kind,
      @Schema(example = "镇党委书记") String title,
      @Schema(description = "分管领域") String areasInCharge,
      @Schema(description = "false 表示已离任") boolean active) {

    static TeamMember of(Position post) {
      return new TeamMember(
          post.getPerson().getId(), post.getPerson().getName(), post.getKind().name(), post.getTitle(),
          post.getAreasInCharge(), post.isActive());
    }
  }

  static OrganisationDetailView of(Organisation org, List<Position> posts) {
    OrganisationView o = OrganisationView.of(org);
    return new OrganisationDetailView(
        o.id(), o.code(), o.name(), o.kind(), o.parentId(), o.path(), o.active(), o.partyBodyType(),
        o.partyBodyName(), o.disciplineBodyType(), o.disciplineBodyName(),
        posts.stream().map(TeamMember::of).toList());
  }
}
