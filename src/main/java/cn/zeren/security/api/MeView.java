package cn.zeren.security.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller: who they are, the role they act in for this request and all the roles they may act in.
 *
 * @param acting null when the person holds no role
 */
@Schema(name = "Me")
@JsonbNillable
@JsonbPropertyOrder({"id", "username", "name", "organisation", "acting", "roles"})
public record MeView(
    @Schema(description = "人员编号") long id,
    String username,
    @Schema(example = "陈文书") String name,
    OrganisationRef organisation,
    @Schema(description = "本次请求使用的身份；没有角色时为 null") RoleView acting,
    List<RoleView> roles) {

  /** The organisation a person works in. */
  @Schema(name = "OrganisationRef")
  @JsonbPropertyOrder({"id", "name"})
  public record OrganisationRef(long id, String name) {}

  /** A role assignment: a role held for an organisation and its subtree. */
  @Schema(name = "RoleAssignment")
  @JsonbPropertyOrder({"assignmentId", "role", "organisationId", "organisationName"})
  public record RoleView(
      @Schema(description = "用于请求头 Zeren-Acting-Assignment") long assignmentId,
      @Schema(example = "UNIT_CLERK") String role,
      long organisationId,
      String organisationName) {}
}
