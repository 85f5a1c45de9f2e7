package cn.zeren.assessment.api;

import cn.zeren.assessment.AssessmentService;
import cn.zeren.platform.Year;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ZerenApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Assessment results (考核评价, YW-13.2, YW-13.3): one unit's total, grade, rank and the items of its breakdown, each
 * with its points and the evidence or the reason. The commission reads every unit at any time; once published to a
 * scope beyond the commission, a unit's own roles read their own unit — another unit's result is 403, a year or
 * unit without a result 404.
 */
@Path("assessments")
@RequestScoped
@Tag(name = "assessment")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class AssessmentResource {
  @Inject AssessmentService assessments;

  @GET
  @Path("{year}/units/{orgId}")
  @Operation(summary = "一个单位的年度量化考核得分及明细",
      description = "每一项含得分（扣分为负）、失分、理由（引用条款）和证据链接；缺项时理由写明缺少的事项。")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
  @APIResponse(responseCode = "403", description = "未通报或无权查看该单位", content = @Content(
      mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "该年度或该单位尚无考核结果", content = @Content(
      mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public AssessmentView unit(@PathParam("year") @Year int year, @PathParam("orgId") long orgId) {
    return AssessmentView.of(assessments.unitResult(year, orgId));
  }
}
