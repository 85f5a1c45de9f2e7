package cn.zeren.ledger.api;

import cn.zeren.ledger.LedgerForm;
import cn.zeren.ledger.LedgerRecord;
import cn.zeren.ledger.LedgerService;
import cn.zeren.platform.RowVersion;
import cn.zeren.platform.rest.Params;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ProblemException;
import cn.zeren.platform.rest.ZerenApi;
import cn.zeren.platform.files.Download;
import cn.zeren.platform.web.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The work ledger (工作台账, YW-13.1): records of the activities the obligations ask for. Creating one fulfils the
 * obligation instance its activity kind and date pick; a refusal by an article carries its {@code ruleId}. Edits
 * carry the record's {@code version} as the caller saw it; a stale one is answered 409.
 */
@Path("ledger-records")
@RequestScoped
@Tag(name = "ledger")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class LedgerResource {
  @Inject LedgerService ledger;

  /**
   * A record: the activity kind of the rule pack, the date it was held (yyyy-MM-dd), what it was about, who took
   * part, the minutes; {@code obligationId} optionally names the task it is meant for; {@code version} on edits.
   */
  public record LedgerRequest(
      @RowVersion Long version,
      String activityCode,
      Long obligationId,
      String activityDate,
      @Size(max = LedgerForm.TOPIC_LENGTH, message = "{ledger.topic.size}") String topic,
      List<Long> participantIds,
      @Size(max = LedgerForm.OTHER_PARTICIPANTS_LENGTH, message = "{ledger.otherParticipants.size}")
          String otherParticipants,
      @Size(max = LedgerForm.MINUTES_LENGTH, message = "{ledger.minutes.size}") String minutes) {}

  @GET
  @Operation(summary = "工作台账记录列表", description = "管辖范围内的记录，可按单位、年度、活动类型筛选，按活动日期倒序。")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LedgerRecordView.class)))
  public List<LedgerRecordView> list(
      @Parameter(description = "单位 id") @QueryParam("org") String org,
      @Parameter(description = "年度") @QueryParam("year") String year,
      @Parameter(description = "活动类型，如 QUARTERLY_MEETING") @QueryParam("activity") String activity) {
    return ledger.search(Params.id("org", org), Params.year("year", year), Params.text(activity)).stream()
        .map(this::view)
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "一条台账记录，含所完成的履责任务状态和附件")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LedgerRecordView.class)))
  @APIResponse(
      responseCode = "403",
      description = "无权查看",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public LedgerRecordView get(@PathParam("id") long id) {
    return view(ledger.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "记录一项履责活动",
      description = "按活动类型（规则包 ledgerActivities）和活动日期确定所完成的履责任务并记入佐证；达到最少次数即完成，"
          + "活动日期晚于期限为逾期完成。")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = LedgerRecordView.class)))
  @APIResponse(
      responseCode = "422",
      description = "字段错误，或日期不在任务期间内、本期无此任务（ruleId 为所依据条款）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public Response create(@Valid LedgerRequest request) {
    LedgerRecord record = ledger.create(form(request));
    return Response.status(Response.Status.CREATED)
        .header("Location", "ledger-records/" + record.getId())
        .entity(view(record))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "修改主题、参加人员和纪要（活动类型和日期不可改）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LedgerRecordView.class)))
  @APIResponse(
      responseCode = "409",
      description = "记录已被他人修改",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public LedgerRecordView update(@PathParam("id") long id, @Valid LedgerRequest request) {
    LedgerForm form = form(request);
    if (request == null || request.version() == null) {
      throw ProblemException.invalidField("version", "ledger.version.required");
    }
    return view(ledger.update(id, request.version(), form));
  }

  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "上传附件（请求体为文件本身；PDF、OFD、DOCX、JPEG、PNG，按内容识别类型）")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = LedgerRecordView.class)))
  public Response attach(
      @PathParam("id") long id,
      @Parameter(description = "文件名（含扩展名）", required = true) @QueryParam("fileName") String fileName,
      @Parameter(description = "记录版本号", required = true) @QueryParam("version") String version,
      InputStream body) {
    long expected = Params.integer("version", version, -1, 0, Integer.MAX_VALUE);
    if (expected < 0) {
      throw ProblemException.invalidField("version", "ledger.version.required");
    }
    return Response.status(Response.Status.CREATED).entity(view(ledger.attach(id, expected, fileName, body))).build();
  }

  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "下载附件（附件方式）")
  public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    Download download = ledger.attachment(id, attachmentId);
    Response.ResponseBuilder response =
        Response.ok((StreamingOutput) out -> Files.copy(download.file(), out))
            .header("Content-Length", download.size());
    Downloads.headers(download).forEach(response::header);
    return response.build();
  }

  private LedgerRecordView view(LedgerRecord record) {
    return LedgerRecordView.of(record, ledger.activity(record.getActivityCode()), ledger.instanceOf(record),
        ledger.attachments(record.getId()));
  }

  private static LedgerForm form(LedgerRequest request) {
    LedgerRequest r = request == null ? new LedgerRequest(null, null, null, null, null, null, null, null) : request;
    return new LedgerForm(r.activityCode(), r.obligationId(), date(r.activityDate()), r.topic(), r.participantIds(),
        r.otherParticipants(), r.minutes());
  }

  private static LocalDate date(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.trim());
    } catch (DateTimeException e) {
      throw ProblemException.invalidField("activityDate", "ledger.date.format");
    }
  }
}
