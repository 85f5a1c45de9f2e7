package cn.zeren.audit.api;

import cn.zeren.audit.AuditFilter;
import cn.zeren.audit.AuditQuery;
import cn.zeren.platform.rest.Params;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ZerenApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail (审计日志), read-only, for roles that may view it. */
@Path("audit")
@RequestScoped
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class AuditResource {
  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 200;

  @Inject AuditQuery audit;

  @GET
  @Operation(
      summary = "查询审计日志",
      description =
          "系统管理员、纪委领导、纪委审核员可用；非市级身份只能看到其管辖单位人员的操作。"
              + "时间可写日期（北京时间，from 取当日开始、to 取当日结束）、北京时间（2026-01-15T08:00:00）或带时区的时间。")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditPageView.class)))
  @APIResponse(
      responseCode = "400",
      description = "参数格式有误",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "当前身份无权查看审计日志",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public AuditPageView search(
      @Parameter(description = "对象类型，如 Organisation") @QueryParam("entityType") String entityType,
      @Parameter(description = "对象编号") @QueryParam("entityId") String entityId,
      @Parameter(description = "操作人用户名（精确匹配）") @QueryParam("actor") String actor,
      @Parameter(description = "动作，如 UPDATE、SIGN_IN") @QueryParam("action") String action,
      @Parameter(description = "操作时所代表的单位编号（含其下级单位）") @QueryParam("organisationId") String organisationId,
      @Parameter(description = "起始时间（含）") @QueryParam("from") String from,
      @Parameter(description = "截止时间（含）") @QueryParam("to") String to,
      @Parameter(description = "页码，从 0 开始") @QueryParam("page") String page,
      @Parameter(description = "每页条数，1–200，默认 50") @QueryParam("size") String size) {
    AuditFilter filter =
        new AuditFilter(
            Params.time("from", from, false), Params.time("to", to, true), actor, action, entityType, entityId,
            Params.id("organisationId", organisationId));
    int pageNumber = Params.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    int pageSize = Params.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    long total = audit.count(filter);
    return new AuditPageView(
        total, pageNumber, pageSize,
        audit.find(filter, pageNumber * pageSize, pageSize).stream().map(AuditEntryView::of).toList());
  }
}
