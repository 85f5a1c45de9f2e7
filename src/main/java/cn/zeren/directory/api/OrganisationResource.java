package cn.zeren.directory.api;

import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonService;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ZerenApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation tree (组织机构) within the caller's reach, read-only. */
@Path("organisations")
@RequestScoped
@Tag(name = "organisations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class OrganisationResource {
  @Inject OrganisationService organisations;
  @Inject PersonService people;

  @GET
  @Operation(summary = "可见的组织机构树", description = "当前身份所在单位及其全部下级单位（含已停用），上级在前。")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OrganisationView.class)))
  @APIResponse(
      responseCode = "401",
      description = "未携带有效令牌",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public List<OrganisationView> tree() {
    return organisations.visibleTree().stream().map(OrganisationView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "单位详情及领导班子、纪检组织成员")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = OrganisationDetailView.class)))
  @APIResponse(
      responseCode = "403",
      description = "单位不在当前身份的管辖范围内",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "单位不存在",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public OrganisationDetailView get(@PathParam("id") long id) {
    Organisation org = organisations.get(id);
    return OrganisationDetailView.of(org, people.positionsOf(id));
  }
}
