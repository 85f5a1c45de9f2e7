package cn.zeren.interview.api;

import cn.zeren.calendar.Deadlines;
import cn.zeren.interview.CoverageRow;
import cn.zeren.interview.Interview;
import cn.zeren.interview.InterviewService;
import cn.zeren.interview.ScheduleForm;
import cn.zeren.interview.UnitFigures;
import cn.zeren.platform.RowVersion;
import cn.zeren.platform.Year;
import cn.zeren.platform.rest.Params;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ProblemException;
import cn.zeren.platform.rest.ZerenApi;
import cn.zeren.signature.SignatureView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Interviews (约谈提醒, YW-12): schedule, record the minutes, the interviewee's explanation and the interviewing
 * leader's signature on it (the reply); the commission's figures per unit and year, suggested interviews and the
 * coverage of the yearly interview of the lower-level heads. Refusals that enforce an article are 422 problems
 * naming it in {@code ruleId}; a stale version is 409.
 */
@Path("interviews")
@RequestScoped
@Tag(name = "interviews")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class InterviewResource {
  @Inject InterviewService interviews;

  /**
   * An interview to schedule, or a talk already held to record with its minutes. The time is text so that an
   * offset is accepted as well as Beijing time, and a malformed one is a problem naming it.
   */
  public record ScheduleRequest(
      @Schema(description = "约谈类型代码（规则包 interviewTypes）", example = "YEARLY_HEADS") String typeCode,
      Long organisationId,
      Long interviewerId,
      Long intervieweeId,
      @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-12-10T09:30:00+08:00",
          description = "约谈时间（到分钟）；不带时区偏移的（如 2026-12-10T09:30）为北京时间。"
              + "时间已到的为补录已进行的谈话，须同时填写 minutes；将来的时间不能填写 minutes")
          String scheduledAt,
      @Size(max = Interview.PLACE_LENGTH, message = "{interview.place.size}") String place,
      @Size(max = Interview.TOPIC_LENGTH, message = "{interview.topic.size}") String topic,
      @Schema(description = "谈话记录：仅补录已进行的谈话时填写")
          @Size(max = Interview.MINUTES_LENGTH, message = "{interview.minutes.size}")
          String minutes,
      @Schema(description = "所回应的建议约谈") Long suggestionId) {}

  /** The minutes of a talk, with the interview's version the writer saw. */
  public record MinutesRequest(@RowVersion Long version, String minutes) {}

  /** An explanation; {@code version} is null for the first one, else the explanation's version. */
  public record ExplanationRequest(@RowVersion Long version, String text) {}

  /** The signer's opinion and sign-in password (签字背书). */
  public record SignRequest(String opinion, String password) {}

  /** A unit's figures for a year (counts, satisfaction in per cent); {@code version} null for the first record. */
  public record FiguresRequest(
      @RowVersion Long version,
      @PositiveOrZero(message = "{interview.figures.notNegative}") Integer otherProblems,
      @PositiveOrZero(message = "{interview.figures.notNegative}") Integer petitions,
      @PositiveOrZero(message = "{interview.figures.notNegative}") Integer cases,
      @DecimalMin(value = "0", message = "{interview.figures.percent}")
          @DecimalMax(value = "100", message = "{interview.figures.percent}")
          @Digits(integer = 3, fraction = 2, message = "{interview.figures.percentDigits}")
          BigDecimal satisfaction) {}

  /** A version of a row, to cancel or dismiss it. */
  public record VersionRequest(@RowVersion Long version) {}

  @GET
  @Operation(summary = "本人参加或督查的约谈")
  @APIResponse(responseCode = "200", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = InterviewViews.Summary.class)))
  public List<InterviewViews.Summary> list() {
    return interviews.list().stream().map(InterviewViews.Summary::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "安排约谈：类型（规则包）、单位、负责谈话的领导、被谈话人、时间、地点、事由；双方即收到提醒",
      description = "时间已到的，为补录已进行的谈话：须同时填写谈话记录，状态即为已谈话，被谈话人收到填写情况说明的通知。")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = InterviewViews.Summary.class)))
  @APIResponse(responseCode = "400", description = "字段缺失、过长或时间写法不对（errors 指出字段）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "422", description = "不符合约谈类型的规定，或时间与谈话记录不相符（含条款编号 ruleId）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public Response schedule(@Valid ScheduleRequest request) {
    if (request == null) {
      throw ProblemException.invalidField("typeCode", "interview.type.required");
    }
    InterviewViews.Summary created = InterviewViews.Summary.of(interviews.schedule(form(request)));
    return Response.status(Response.Status.CREATED).header("Location", "interviews/" + created.id())
        .entity(created).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "一次约谈，含情况说明和签字背书（回复）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InterviewViews.Detail.class)))
  public InterviewViews.Detail get(@PathParam("id") long id) {
    return detail(id);
  }

  @POST
  @Path("{id}/minutes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "保存谈话记录（负责谈话的领导或安排人，约谈时间之后）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InterviewViews.Detail.class)))
  public InterviewViews.Detail minutes(@PathParam("id") long id, @Valid MinutesRequest request) {
    if (request == null || request.version() == null) {
      throw ProblemException.invalidField("version", "interview.versionRequired");
    }
    interviews.recordMinutes(id, request.version(), request.minutes());
    return detail(id);
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "取消已安排的约谈（安排人）")
  public InterviewViews.Detail cancel(@PathParam("id") long id, @Valid VersionRequest request) {
    if (request == null || request.version() == null) {
      throw ProblemException.invalidField("version", "interview.versionRequired");
    }
    interviews.cancel(id, request.version());
    return detail(id);
  }

  @PUT
  @Path("{id}/explanation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "被谈话人本人填写或修改情况说明（谈话之后、签字之前）",
      description = "依规则包的情况说明条款（interviewExplanationRuleId）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InterviewViews.Detail.class)))
  @APIResponse(responseCode = "403", description = "不是被谈话人本人", content = @Content(
      mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "422", description = "尚未谈话或已签字背书（含条款编号 ruleId）", content = @Content(
      mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public InterviewViews.Detail explain(@PathParam("id") long id, @Valid ExplanationRequest request) {
    if (request == null) {
      throw ProblemException.invalidField("explanation", "interview.explain.required");
    }
    interviews.explain(id, request.version(), request.text());
    return detail(id);
  }

  @POST
  @Path("{id}/explanation/sign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "签字背书：负责谈话的领导审阅情况说明，填写意见并以登录密码确认后签名（SM3withSM2），作为回复",
      description = "依规则包的情况说明条款（interviewExplanationRuleId）：只有这次约谈负责谈话的领导本人可以签名；"
          + "签名后情况说明不能再修改。")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SignatureView.class)))
  @APIResponse(responseCode = "403", description = "不是负责谈话的领导", content = @Content(
      mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "422", description = "密码错误、意见为空、尚无情况说明或已签字", content = @Content(
      mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public Response sign(@PathParam("id") long id, SignRequest request) {
    if (request == null) {
      throw ProblemException.invalidField("opinion", "signature.opinionRequired");
    }
    char[] password = request.password() == null ? new char[0] : request.password().toCharArray();
    SignatureView signed = interviews.sign(id, request.opinion(), password);
    return Response.status(Response.Status.CREATED).header("Location", "signatures/" + signed.id())
        .entity(signed).build();
  }

  @GET
  @Path("suggestions")
  @Operation(summary = "建议约谈（纪委）：单位年度情况达到规则包阈值（YW-12.2）")
  @APIResponse(responseCode = "200", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = InterviewViews.SuggestionView.class)))
  public List<InterviewViews.SuggestionView> suggestions(@QueryParam("year") String year) {
    return interviews.suggestions(yearOr(year)).stream().map(InterviewViews.SuggestionView::of).toList();
  }

  @POST
  @Path("suggestions/{id}/dismiss")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "忽略一条建议约谈（纪委）")
  public InterviewViews.SuggestionView dismiss(@PathParam("id") long id, @Valid VersionRequest request) {
    if (request == null || request.version() == null) {
      throw ProblemException.invalidField("version", "interview.versionRequired");
    }
    return InterviewViews.SuggestionView.of(interviews.dismiss(id, request.version()));
  }

  @PUT
  @Path("figures/{organisationId}/{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "登记单位年度情况（纪委）：其他来源的问题数、来信来访、案件、民主测评满意度；随即按阈值评估建议约谈")
  public Map<String, Object> figures(
      @PathParam("organisationId") long organisationId, @PathParam("year") @Year int year,
      @Valid FiguresRequest request) {
    if (request == null) {
      throw ProblemException.invalidField("petitions", "interview.figures.required");
    }
    UnitFigures f = interviews.recordFigures(organisationId, year, request.version(), orZero(request.otherProblems()),
        orZero(request.petitions()), orZero(request.cases()), request.satisfaction());
    Map<String, Object> view = new java.util.LinkedHashMap<>();
    view.put("organisationId", organisationId);
    view.put("year", year);
    view.put("version", f.getVersion());
    interviews.signals(organisationId, year).forEach((k, v) -> view.put(k.name().toLowerCase(), v));
    return view;
  }

  @GET
  @Path("coverage")
  @Operation(summary = "年度约谈覆盖（纪委，YW-12.2）：下一级党委、纪委主要负责人本年度是否已约谈，及尚未约谈人数")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InterviewViews.Coverage.class)))
  public InterviewViews.Coverage coverage(@QueryParam("year") String year) {
    int y = yearOr(year);
    List<CoverageRow> rows = interviews.coverage(y);
    return new InterviewViews.Coverage(y, rows.stream().filter(CoverageRow::open).count(), rows);
  }

  private InterviewViews.Detail detail(long id) {
    return new InterviewViews.Detail(
        InterviewViews.Summary.of(interviews.get(id)),
        interviews.explanation(id).map(InterviewViews.ExplanationView::of).orElse(null),
        interviews.signatures(id));
  }

  private static ScheduleForm form(ScheduleRequest r) {
    Instant at = Params.time("scheduledAt", r.scheduledAt(), false);
    return new ScheduleForm(r.typeCode(), r.organisationId(), r.interviewerId(), r.intervieweeId(),
        at == null ? null : LocalDateTime.ofInstant(at, Deadlines.BEIJING), r.place(), r.topic(), r.minutes(),
        r.suggestionId());
  }

  private static int yearOr(String year) {
    Integer given = Params.year("year", year);
    return given == null ? LocalDate.now(Deadlines.BEIJING).getYear() : given;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
