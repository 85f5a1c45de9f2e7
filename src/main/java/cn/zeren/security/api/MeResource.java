package cn.zeren.security.api;

import cn.zeren.organisation.Person;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ZerenApi;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.RoleAssignment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

/** The calling person and their roles ({@code GET /api/v1/me}). */
@Path("me")
@RequestScoped
@Tag(name = "me")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class MeResource {
  @Inject AccessPolicy access;
  @Inject ActorResolver actors;

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

  private static MeView.RoleView role(RoleAssignment assignment) {
    return new MeView.RoleView(
        assignment.getId(), assignment.getRole().name(), assignment.getOrganisation().getId(),
        assignment.getOrganisation().getName());
  }
}
