package cn.zeren.obligation.api;

import cn.zeren.obligation.ObligationGenerator;
import cn.zeren.obligation.ObligationService;
import cn.zeren.platform.RowVersion;
import cn.zeren.platform.Year;
import cn.zeren.platform.rest.Params;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ZerenApi;
import cn.zeren.rules.RulePackRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Obligation instances (履责任务) generated from the rule pack, within the caller's subtree. */
@Path("obligations")
@RequestScoped
@Tag(name = "obligations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class ObligationResource {
  @Inject ObligationService obligations;
  @Inject ObligationGenerator generator;
  @Inject RulePackRegistry rules;

  /** A waiver request: the reason on record and the version the caller saw. */
  public record WaiverRequest(String reason, @RowVersion Long version) {}

  /** What a generation run created. */
  public record GenerationView(int year, int created, List<Integer> missingCalendarYears) {}

  @GET
  @Operation(summary = "履责任务列表", description = "当前身份管辖范围内的任务，可按单位、年度、条款筛选；dueAt 为北京时间（+08:00）。")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ObligationView.class)))
  @APIResponse(
      responseCode = "400",
      description = "参数格式不对",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public List<ObligationView> list(
      @Parameter(description = "单位 id") @QueryParam("org") String org,
      @Parameter(description = "年度") @QueryParam("year") String year,
      @Parameter(description = "条款编号，如 YW-10.1") @QueryParam("rule") String rule) {
    Long orgId = Params.id("org", org);
    Integer y = Params.year("year", year);
    Instant now = Instant.now();
    return obligations.search(orgId, y, Params.text(rule)).stream()
        .map(o -> ObligationView.of(o, rules.anyRule(o.getRuleId()).orElse(null), now))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "一项履责任务")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ObligationView.class)))
  @APIResponse(
      responseCode = "404",
      description = "任务不存在",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public ObligationView get(@PathParam("id") long id) {
    var o = obligations.get(id);
    return ObligationView.of(o, rules.anyRule(o.getRuleId()).orElse(null), Instant.now());
  }

  @POST
  @Path("{id}/waiver")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "豁免一项未完成的任务（纪委领导、审核员），须写明理由")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ObligationView.class)))
  @APIResponse(
      responseCode = "409",
      description = "任务已被他人修改",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public ObligationView waive(@PathParam("id") long id, @Valid WaiverRequest request) {
    WaiverRequest r = request == null ? new WaiverRequest(null, null) : request;
    long version = r.version() == null ? obligations.get(id).getVersion() : r.version();
    var o = obligations.waive(id, version, r.reason());
    return ObligationView.of(o, rules.anyRule(o.getRuleId()).orElse(null), Instant.now());
  }

  @POST
  @Path("generation/{year}")
  @Operation(summary = "按规则包生成某年度的履责任务（系统管理员；可重复执行，不会重复生成）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GenerationView.class)))
  public GenerationView generate(@PathParam("year") @Year int year) {
    ObligationGenerator.Result result = generator.generate(year);
    return new GenerationView(result.year(), result.created(), List.copyOf(result.missingCalendarYears()));
  }
}
