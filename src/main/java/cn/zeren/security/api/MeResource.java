package cn.zeren.security.api;

import cn.zeren.organisation.Person;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ZerenApi;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.PasswordChange;
import cn.zeren.security.PersonalSettings;
import cn.zeren.security.RoleAssignment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calling person and their roles ({@code GET /api/v1/me}), and their own password ({@code PUT /api/v1/me/password}). */
@Path("me")
@RequestScoped
@Tag(name = "me")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class MeResource {
  @Inject AccessPolicy access;
  @Inject ActorResolver actors;
  @Inject PersonalSettings settings;

  @GET
  @Operation(summary = "当前用户、当前身份及全部角色")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeView.class)))
  @APIResponse(
      responseCode = "401",
      description = "未携带有效令牌",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public MeView me() {
    Actor actor = access.requireSignedIn();
    Person person = actors.account(actor.username()).orElseThrow().getPerson();
    List<MeView.RoleView> roles = actors.assignments(person.getId()).stream().map(MeResource::role).toList();
    MeView.RoleView acting =
        roles.stream()
            .filter(r -> Long.valueOf(r.assignmentId()).equals(actor.assignmentId()))
            .findFirst()
            .orElse(null);
    return new MeView(
        person.getId(), actor.username(), person.getName(),
        new MeView.OrganisationRef(person.getOrganisation().getId(), person.getOrganisation().getName()),
        acting, roles);
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "修改本人密码",
      description =
          "须再次提供当前密码：输错与登录失败一样计入锁定次数（连续 5 次锁定 15 分钟），并记入审计日志。新密码至少 10 个字符，"
              + "与管理员重置密码的要求相同。已签发的令牌和已登录的会话不受影响。")
  @APIResponse(responseCode = "204", description = "密码已修改")
  @APIResponse(
      responseCode = "400",
      description = "缺少当前密码或新密码，或超过 200 个字符（errors 指明字段）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "未携带有效令牌",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "当前密码不正确或账号已锁定（字段 currentPassword），新密码太短（字段 newPassword）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public void changePassword(PasswordRequest request) {
    settings.changePassword(
        request == null
            ? new PasswordChange(null, null)
            : new PasswordChange(request.currentPassword(), request.newPassword()));
  }

  private static MeView.RoleView role(RoleAssignment assignment) {
    return new MeView.RoleView(
        assignment.getId(), assignment.getRole().name(), assignment.getOrganisation().getId(),
        assignment.getOrganisation().getName());
  }
}
