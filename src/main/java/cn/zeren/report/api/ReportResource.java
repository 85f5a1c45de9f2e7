package cn.zeren.report.api;

import cn.zeren.obligation.Obligation;
import cn.zeren.platform.RowVersion;
import cn.zeren.platform.rest.Params;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ProblemException;
import cn.zeren.platform.rest.ZerenApi;
import cn.zeren.platform.files.Download;
import cn.zeren.report.Report;
import cn.zeren.report.ReportFilter;
import cn.zeren.report.ReportService;
import cn.zeren.report.ReportStatus;
import cn.zeren.report.ReportVerdict;
import cn.zeren.platform.web.Downloads;
import cn.zeren.signature.SignatureView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports (报告, YW-9.1, YW-10.1, YW-10.3): drafting, the formal document, approval and submission, review. Every
 * step carries the report's {@code version} as the caller saw it; a stale one is answered 409.
 */
@Path("reports")
@RequestScoped
@Tag(name = "reports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class ReportResource {
  @Inject ReportService reports;

  /** A new draft: the type, and the obligation instance (periodic types) or the event's date (per-event types). */
  public record DraftRequest(String type, Long obligationId, String eventDate) {}

  /** The sections' text (section key → text) and the version the caller edited. */
  public record SectionsRequest(@RowVersion Long version, Map<String, String> sections) {}

  /** A workflow step: the version the caller saw and, for returns, the comment. */
  public record StepRequest(@RowVersion Long version, String comment) {}

  /** A signature: the signer's review opinion and their sign-in password again (YW-11.3). */
  public record SignRequest(String opinion, String password) {}

  /** 逾期报告: open report instances past due, and late submissions. */
  public record OverdueView(List<OverdueInstance> open, List<ReportView> late) {}

  public record OverdueInstance(long obligationId, String ruleId, long organisationId, String organisationName,
      String period, String dueAt) {}

  @GET
  @Operation(summary = "报告列表", description = "view=mine：本单位本人可办理的报告；view=review：管辖范围内待审核及已审核的报告，可按类型、年度、状态、是否逾期筛选。")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReportView.class)))
  public List<ReportView> list(
      @Parameter(description = "mine 或 review") @QueryParam("view") String view,
      @Parameter(description = "报告类型，如 ANNUAL_MAIN") @QueryParam("type") String type,
      @Parameter(description = "年度") @QueryParam("year") String year,
      @Parameter(description = "状态") @QueryParam("status") String status,
      @Parameter(description = "true：仅逾期；false：仅按时") @QueryParam("late") String late) {
    List<Report> found =
        "review".equals(view)
            ? reports.forReview(new ReportFilter(Params.text(type), year(year), status(status), late(late)))
            : reports.mine();
    return found.stream().map(this::view).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "一份报告：各部分内容、各版本及流转记录")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportDetailView.class)))
  @APIResponse(
      responseCode = "403",
      description = "无权查看",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public ReportDetailView get(@PathParam("id") long id) {
    Report report = reports.get(id);
    return ReportDetailView.of(view(report), reports.type(report.getTypeCode()), reports.versions(id),
        reports.history(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "新建报告草稿")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ReportView.class)))
  public Response create(DraftRequest request) {
    DraftRequest r = request == null ? new DraftRequest(null, null, null) : request;
    if (r.type() == null || r.type().isBlank()) {
      throw ProblemException.invalidField("type", "report.type.required");
    }
    Report report = reports.createDraft(r.type(), r.obligationId(), date(r.eventDate()));
    return Response.status(Response.Status.CREATED)
        .header("Location", "reports/" + report.getId())
        .entity(view(report))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "保存草稿各部分内容（必填部分在提交时检查）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class)))
  @APIResponse(
      responseCode = "409",
      description = "报告已被他人修改",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public ReportView update(@PathParam("id") long id, @Valid SectionsRequest request) {
    SectionsRequest r = request == null ? new SectionsRequest(null, null) : request;
    Map<String, String> sections = r.sections() == null ? Map.of() : r.sections();
    return view(reports.saveDraft(id, version(r.version()), sections));
  }

  @PUT
  @Path("{id}/document")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "上传正式文件（请求体为文件本身；PDF、OFD、DOCX、JPEG、PNG，按内容识别类型）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class)))
  public ReportView upload(
      @PathParam("id") long id,
      @Parameter(description = "文件名（含扩展名）", required = true) @QueryParam("fileName") String fileName,
      @Parameter(description = "报告版本号", required = true) @QueryParam("version") String version,
      InputStream body) {
    long expected = Params.integer("version", version, -1, 0, Integer.MAX_VALUE);
    if (expected < 0) {
      throw ProblemException.invalidField("version", "report.version.required");
    }
    return view(reports.attach(id, expected, fileName, body));
  }

  @GET
  @Path("{id}/versions/{number}/document")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "下载某一版本的正式文件（附件方式）")
  public Response download(
      @PathParam("id") long id, @PathParam("number") @Positive(message = "{platform.number.positive}") int number) {
    Download download = reports.document(id, number);
    Response.ResponseBuilder response =
        Response.ok((StreamingOutput) out -> Files.copy(download.file(), out))
            .header("Content-Length", download.size());
    Downloads.headers(download).forEach(response::header);
    return response.build();
  }

  @GET
  @Path("{id}/versions/{number}/signatures")
  @Operation(summary = "某一版本的签名（签字背书），每个签名可经 /api/v1/signatures/{id}/verify 核验")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SignatureView.class)))
  public List<SignatureView> signatures(
      @PathParam("id") long id, @PathParam("number") @Positive(message = "{platform.number.positive}") int number) {
    return reports.signatures(id, number);
  }

  @POST
  @Path("{id}/versions/{number}/sign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "签字背书：本单位审批人审阅已报送的版本，填写意见并以登录密码确认后签名（SM3withSM2）",
      description = "依规则包的签名条款（reportSigningRuleId）：只有该报告类型的审批角色（如年度报告为主要负责人）且为报告所属单位"
          + "本人方可签名；每人每版一次。")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SignatureView.class)))
  @APIResponse(
      responseCode = "422",
      description = "密码错误、意见为空、版本尚未报送或已签过",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public Response sign(
      @PathParam("id") long id, @PathParam("number") @Positive(message = "{platform.number.positive}") int number,
      SignRequest request) {
    if (request == null) {
      throw ProblemException.invalidField("opinion", "signature.opinionRequired");
    }
    char[] password = request.password() == null ? new char[0] : request.password().toCharArray();
    SignatureView signed = reports.sign(id, number, request.opinion(), password);
    return Response.status(Response.Status.CREATED)
        .header("Location", "signatures/" + signed.id())
        .entity(signed)
        .build();
  }

  @POST
  @Path("{id}/submission")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "提交：有审批人的报告送审批，否则直接报送")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class)))
  @APIResponse(
      responseCode = "422",
      description = "必填部分为空或缺少正式文件（ruleId 为所依据条款）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public ReportView submit(@PathParam("id") long id, @Valid StepRequest request) {
    return view(reports.submit(id, version(step(request).version())));
  }

  @POST
  @Path("{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "审批通过并报送（以服务器时间为报送时间）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class)))
  public ReportView approve(@PathParam("id") long id, @Valid StepRequest request) {
    return view(reports.approve(id, version(step(request).version())));
  }

  @POST
  @Path("{id}/send-back")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "审批退回草稿（须写明理由）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class)))
  public ReportView sendBack(@PathParam("id") long id, @Valid StepRequest request) {
    StepRequest r = step(request);
    return view(reports.sendBack(id, version(r.version()), r.comment()));
  }

  @POST
  @Path("{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "审核退回（须写明意见）；再次报送为新版本")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class)))
  public ReportView returnToAuthor(@PathParam("id") long id, @Valid StepRequest request) {
    StepRequest r = step(request);
    return view(reports.returnToAuthor(id, version(r.version()), r.comment()));
  }

  @POST
  @Path("{id}/acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "审核通过")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class)))
  public ReportView accept(@PathParam("id") long id, @Valid StepRequest request) {
    StepRequest r = step(request);
    return view(reports.accept(id, version(r.version()), r.comment()));
  }

  @GET
  @Path("overdue")
  @Operation(summary = "逾期报告：逾期未报的报告任务和逾期报送的报告")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OverdueView.class)))
  public OverdueView overdue() {
    List<OverdueInstance> open = reports.overdueInstances().stream().map(ReportResource::overdue).toList();
    return new OverdueView(open, reports.lateSubmissions().stream().map(this::view).toList());
  }

  @GET
  @Path("verdicts")
  @Operation(summary = "某单位及其下级某年度各报告的结论（供考核评价使用）")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReportVerdict.class)))
  public List<ReportVerdict> verdicts(
      @Parameter(description = "单位 id", required = true) @QueryParam("org") String org,
      @Parameter(description = "年度", required = true) @QueryParam("year") String year) {
    Long orgId = Params.id("org", org);
    if (orgId == null) {
      throw ProblemException.badRequest("org", "api.param.id", "org");
    }
    return reports.verdicts(orgId, Params.requiredYear("year", year));
  }

  private ReportView view(Report report) {
    return ReportView.of(report, reports.type(report.getTypeCode()));
  }

  private static OverdueInstance overdue(Obligation o) {
    return new OverdueInstance(o.getId(), o.getRuleId(), o.getOrganisation().getId(), o.getOrganisation().getName(),
        o.getPeriodKey(), ReportView.beijing(o.getDueAt()));
  }

  private static StepRequest step(StepRequest request) {
    return request == null ? new StepRequest(null, null) : request;
  }

  private static long version(Long version) {
    if (version == null) {
      throw ProblemException.invalidField("version", "report.version.required");
    }
    return version;
  }

  private static Integer year(String year) {
    return Params.year("year", year);
  }

  private static ReportStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return ReportStatus.valueOf(status.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("status", "api.param.status", "status");
    }
  }

  private static Boolean late(String late) {
    if (late == null || late.isBlank()) {
      return null;
    }
    if (!late.equals("true") && !late.equals("false")) {
      throw ProblemException.badRequest("late", "api.param.boolean", "late");
    }
    return Boolean.valueOf(late);
  }

  private static LocalDate date(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.trim());
    } catch (DateTimeException e) {
      throw ProblemException.invalidField("eventDate", "report.eventDate.format");
    }
  }
}
