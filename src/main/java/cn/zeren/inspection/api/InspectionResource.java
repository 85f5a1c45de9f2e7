package cn.zeren.inspection.api;

import cn.zeren.inspection.CoverageService;
import cn.zeren.inspection.DrawService;
import cn.zeren.inspection.InformationRequestService;
import cn.zeren.inspection.InspectionDraw;
import cn.zeren.inspection.InspectionRound;
import cn.zeren.inspection.PoolForm;
import cn.zeren.inspection.PoolKind;
import cn.zeren.inspection.PoolService;
import cn.zeren.inspection.RoundForm;
import cn.zeren.inspection.RoundKind;
import cn.zeren.inspection.RoundService;
import cn.zeren.inspection.TermForm;
import cn.zeren.platform.RowVersion;
import cn.zeren.platform.rest.Params;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ProblemException;
import cn.zeren.platform.rest.ZerenApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.io.InputStream;
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
 * Inspection (巡察): rounds, the pools, the draw by lot with its record, the terms and their coverage. Only the
 * office (巡察办) writes; the office and the leading group read everything, a group's staff their own round; everyone
 * else is refused (403) whether the object exists or not. Writes carry the {@code version} the caller saw (409 when
 * stale); a refusal by an article carries its {@code ruleId}.
 */
@Path("inspection")
@RequestScoped
@Tag(name = "inspection")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class InspectionResource {
  @Inject RoundService rounds;
  @Inject DrawService draws;
  @Inject PoolService pools;
  @Inject CoverageService coverage;
  @Inject InformationRequestService requests;

  /** A round to plan: kind REGULAR, SPECIAL or LOOK_BACK; dates yyyy-MM-dd; the target units' ids. */
  public record RoundRequest(String name, String kind, Long lookBackOf, String startsOn, String endsOn,
      String authorisedBy, String authorisedOn, List<Long> targetIds, Integer groupCount, String durationAdjustment) {}

  /** Seals a draw; {@code membersPerGroup} members of the talent pool per group (0: leaders only). */
  public record SealRequest(Integer membersPerGroup) {}

  /** Draws a sealed draw, with the witness phrase typed by those present (optional). */
  public record PerformRequest(@RowVersion Long version, String witness) {}

  /** Withdraws a sealed draw or sets a drawn one aside for a redraw; the reason is kept in the record. */
  public record EndRequest(@RowVersion Long version, String reason) {}

  public record PoolRequest(@RowVersion Long version, Long personId, String pool, String nativePlace,
      String placesWorked, String expertise, Boolean dispatched, String note) {}

  public record TermRequest(@RowVersion Long version, String name, String startsOn, String endsOn) {}

  /** The round's letters: recipient key (of the pack's list) → answering unit id; the day they were received. */
  public record LettersRequest(Map<String, Long> recipients, String sentOn) {}

  /** A recipient's written answer. */
  public record AnswerRequest(@RowVersion Long version, String answer) {}

  // ---- rounds ----

  @GET
  @Path("rounds")
  @Operation(summary = "巡察轮次列表", description = "巡察办和领导小组看到全部轮次，巡察组成员只看到本人所在的轮次。")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionViews.RoundView.class)))
  @APIResponse(responseCode = "403", description = "无权查看巡察",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public List<InspectionViews.RoundView> rounds() {
    return rounds.rounds().stream().map(r -> InspectionViews.RoundView.of(r, null, null)).toList();
  }

  @GET
  @Path("rounds/{id}")
  @Operation(summary = "一个巡察轮次，含被巡察单位和巡察组")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(implementation = InspectionViews.RoundView.class)))
  public InspectionViews.RoundView round(@PathParam("id") long id) {
    return view(rounds.get(id));
  }

  @POST
  @Path("rounds")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "制定巡察轮次",
      description = "巡察工作日数少于规则包所定天数（如 JDZ-16 的 20 个工作日）且未记录领导小组同意调整时拒绝，ruleId 为所依据条款。")
  @APIResponse(responseCode = "201",
      content = @Content(schema = @Schema(implementation = InspectionViews.RoundView.class)))
  @APIResponse(responseCode = "422", description = "字段错误或不符合条款（ruleId）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public Response plan(RoundRequest request) {
    RoundRequest r = request == null ? new RoundRequest(null, null, null, null, null, null, null, null, null, null) : request;
    RoundForm form = new RoundForm(r.name(), kind(r.kind()), r.lookBackOf(), date("startsOn", r.startsOn()),
        date("endsOn", r.endsOn()), r.authorisedBy(), date("authorisedOn", r.authorisedOn()),
        r.targetIds() == null ? List.of() : r.targetIds(), r.groupCount() == null ? 0 : r.groupCount(),
        r.durationAdjustment());
    InspectionRound round = rounds.create(form);
    return Response.status(Response.Status.CREATED)
        .header("Location", "inspection/rounds/" + round.getId())
        .entity(view(round))
        .build();
  }

  // ---- draws ----

  @GET
  @Path("rounds/{id}/draws")
  @Operation(summary = "轮次的抽签记录（含已作废、已撤销的）")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionViews.DrawView.class)))
  public List<InspectionViews.DrawView> draws(@PathParam("id") long roundId) {
    return draws.draws(roundId).stream().map(InspectionViews.DrawView::of).toList();
  }

  @POST
  @Path("rounds/{id}/draws")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "封存抽签：固定候选人、回避事实和被巡察单位，并记录随机种子的承诺值（种子在抽签后公开）")
  @APIResponse(responseCode = "201",
      content = @Content(schema = @Schema(implementation = InspectionViews.DrawView.class)))
  public Response seal(@PathParam("id") long roundId, SealRequest request) {
    int members = request == null || request.membersPerGroup() == null ? 0 : request.membersPerGroup();
    InspectionDraw draw = draws.seal(roundId, members);
    return Response.status(Response.Status.CREATED)
        .header("Location", "inspection/draws/" + draw.getId())
        .entity(InspectionViews.DrawView.of(draw))
        .build();
  }

  @GET
  @Path("draws/{id}")
  @Operation(summary = "抽签的完整记录，可据此复现抽签结果（算法见 docs/draw.md）")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(implementation = InspectionViews.DrawView.class)))
  public InspectionViews.DrawView draw(@PathParam("id") long id) {
    return InspectionViews.DrawView.of(draws.get(id));
  }

  @GET
  @Path("draws/{id}/exclusions")
  @Operation(summary = "回避排除的人选及理由（条款、事实）")
  @APIResponse(responseCode = "200", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionViews.ExclusionView.class)))
  public List<InspectionViews.ExclusionView> exclusions(@PathParam("id") long id) {
    return draws.exclusions(draws.get(id)).stream().map(InspectionViews.ExclusionView::of).toList();
  }

  @GET
  @Path("draws/{id}/verification")
  @Operation(summary = "按记录复核抽签：输入摘要、种子承诺、最终种子和结果是否一致")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(implementation = InspectionViews.VerificationView.class)))
  public InspectionViews.VerificationView verify(@PathParam("id") long id) {
    return InspectionViews.VerificationView.of(draws.verify(id));
  }

  @POST
  @Path("draws/{id}/perform")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "抽签：公开种子，记录结果，按结果组建各巡察组")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(implementation = InspectionViews.DrawView.class)))
  @APIResponse(responseCode = "409", description = "记录已被他人修改",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public InspectionViews.DrawView perform(@PathParam("id") long id, @Valid PerformRequest request) {
    return InspectionViews.DrawView.of(draws.perform(id, version(request == null ? null : request.version()),
        request == null ? null : request.witness()));
  }

  @POST
  @Path("draws/{id}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "撤销尚未抽签的封存记录（须说明理由，记录保留）")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(implementation = InspectionViews.DrawView.class)))
  public InspectionViews.DrawView cancel(@PathParam("id") long id, @Valid EndRequest request) {
    return InspectionViews.DrawView.of(draws.cancel(id, version(request == null ? null : request.version()),
        request == null ? null : request.reason()));
  }

  @POST
  @Path("draws/{id}/supersession")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "作废抽签结果以便重新抽签（须说明理由，原记录保留）")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(implementation = InspectionViews.DrawView.class)))
  public InspectionViews.DrawView supersede(@PathParam("id") long id, @Valid EndRequest request) {
    return InspectionViews.DrawView.of(draws.supersede(id, version(request == null ? null : request.version()),
        request == null ? null : request.reason()));
  }

  // ---- before entry: letters asking for information (XC-3.2) ----

  @GET
  @Path("rounds/{id}/requests")
  @Operation(summary = "轮次的巡前商请函及答复情况")
  @APIResponse(responseCode = "200", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionViews.LetterView.class)))
  public List<InspectionViews.LetterView> letters(@PathParam("id") long roundId) {
    return requests.ofRound(roundId).stream().map(InspectionViews.LetterView::of).toList();
  }

  @POST
  @Path("rounds/{id}/requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "发出巡前商请函",
      description = "recipients 为规则包所列收函部门（如 ORGANISATION_DEPARTMENT）到答复单位 id 的对应；每份函件在答复单位生成履责任务，"
          + "期限按工作日自收函日期起算（XC-3.2）。")
  @APIResponse(responseCode = "201", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionViews.LetterView.class)))
  public Response sendLetters(@PathParam("id") long roundId, LettersRequest request) {
    LettersRequest r = request == null ? new LettersRequest(Map.of(), null) : request;
    List<InspectionViews.LetterView> sent = requests
        .send(roundId, r.recipients() == null ? Map.of() : r.recipients(), date("sentOn", r.sentOn()))
        .stream().map(InspectionViews.LetterView::of).toList();
    return Response.status(Response.Status.CREATED).entity(sent).build();
  }

  @GET
  @Path("requests/mine")
  @Operation(summary = "寄给本单位的巡前商请函（只含函件本身，不含巡察的其他材料）")
  @APIResponse(responseCode = "200", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionViews.LetterView.class)))
  public List<InspectionViews.LetterView> myLetters() {
    return requests.addressedToMe().stream().map(InspectionViews.LetterView::of).toList();
  }

  @GET
  @Path("requests/{id}")
  @Operation(summary = "一份巡前商请函及其答复")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(implementation = InspectionViews.LetterView.class)))
  public InspectionViews.LetterView letter(@PathParam("id") long id) {
    return InspectionViews.LetterView.of(requests.get(id));
  }

  @POST
  @Path("requests/{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "书面答复商请函（完成答复任务；超过期限记为逾期）")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(implementation = InspectionViews.LetterView.class)))
  public InspectionViews.LetterView answer(@PathParam("id") long id, @Valid AnswerRequest request) {
    return InspectionViews.LetterView.of(requests.answer(id, version(request == null ? null : request.version()),
        request == null ? null : request.answer()));
  }

  @POST
  @Path("requests/{id}/documents")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "上传答复材料（请求体为文件本身；PDF、OFD、DOCX、XLSX、JPEG、PNG，按内容识别类型）")
  @APIResponse(responseCode = "201",
      content = @Content(schema = @Schema(implementation = InspectionViews.LetterView.class)))
  public Response attach(
      @PathParam("id") long id,
      @Parameter(description = "文件名（含扩展名）", required = true) @QueryParam("fileName") String fileName,
      @Parameter(description = "函件版本号", required = true) @QueryParam("version") String version,
      InputStream body) {
    long expected = Params.integer("version", version, -1, 0, Integer.MAX_VALUE);
    if (expected < 0) {
      throw ProblemException.invalidField("version", "inspection.version.required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(InspectionViews.LetterView.of(requests.attach(id, expected, fileName, body)))
        .build();
  }

  // ---- pools ----

  @GET
  @Path("pools/{pool}")
  @Operation(summary = "组长库（LEADER）或人才库（TALENT）")
  @APIResponse(responseCode = "200", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionViews.PoolMemberView.class)))
  public List<InspectionViews.PoolMemberView> pool(
      @PathParam("pool") String pool,
      @Parameter(description = "是否包括已移出的人选") @QueryParam("inactive") boolean inactive) {
    return pools.members(pool(pool), inactive).stream().map(InspectionViews.PoolMemberView::of).toList();
  }

  @POST
  @Path("pools")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "将人员纳入组长库或人才库（派驻机构人员可纳入组长库，XC-2.2）")
  @APIResponse(responseCode = "201",
      content = @Content(schema = @Schema(implementation = InspectionViews.PoolMemberView.class)))
  public Response addToPool(@Valid PoolRequest request) {
    PoolForm form = poolForm(request);
    return Response.status(Response.Status.CREATED)
        .entity(InspectionViews.PoolMemberView.of(pools.add(form)))
        .build();
  }

  @PUT
  @Path("pools/members/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "修改人选的籍贯、工作地、专业等回避所需信息")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(implementation = InspectionViews.PoolMemberView.class)))
  public InspectionViews.PoolMemberView updatePoolMember(@PathParam("id") long id, @Valid PoolRequest request) {
    PoolForm form = poolForm(request);
    return InspectionViews.PoolMemberView.of(pools.update(id, version(request.version()), form));
  }

  // ---- terms and coverage ----

  @GET
  @Path("terms")
  @Operation(summary = "党委届次")
  @APIResponse(responseCode = "200", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = InspectionViews.TermView.class)))
  public List<InspectionViews.TermView> terms() {
    return coverage.terms().stream().map(InspectionViews.TermView::of).toList();
  }

  @POST
  @Path("terms")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "登记党委届次")
  @APIResponse(responseCode = "201",
      content = @Content(schema = @Schema(implementation = InspectionViews.TermView.class)))
  public Response createTerm(@Valid TermRequest request) {
    TermRequest r = request == null ? new TermRequest(null, null, null, null) : request;
    TermForm form = new TermForm(r.name(), date("startsOn", r.startsOn()), date("endsOn", r.endsOn()));
    return Response.status(Response.Status.CREATED)
        .entity(InspectionViews.TermView.of(coverage.createTerm(form)))
        .build();
  }

  @GET
  @Path("terms/{id}/coverage")
  @Operation(summary = "届内巡察全覆盖情况（JDZ-16）：已巡察和尚未巡察的单位、届期剩余天数")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(implementation = InspectionViews.CoverageView.class)))
  public InspectionViews.CoverageView coverage(@PathParam("id") long termId) {
    return InspectionViews.CoverageView.of(coverage.coverage(termId));
  }

  private InspectionViews.RoundView view(InspectionRound round) {
    return InspectionViews.RoundView.of(round, rounds.targets(round.getId()), rounds.groups(round.getId()));
  }

  private static PoolForm poolForm(PoolRequest request) {
    if (request == null) {
      throw ProblemException.invalidField("personId", "inspection.pool.person.required");
    }
    return new PoolForm(request.personId(), request.pool() == null ? null : pool(request.pool()),
        request.nativePlace(), request.placesWorked(), request.expertise(),
        Boolean.TRUE.equals(request.dispatched()), request.note());
  }

  private static PoolKind pool(String pool) {
    try {
      return PoolKind.valueOf(pool.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("pool", "inspection.pool.pool.unknown", pool);
    }
  }

  private static RoundKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return RoundKind.valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("kind", "inspection.round.kind.unknown", kind);
    }
  }

  private static long version(Long version) {
    if (version == null) {
      throw ProblemException.invalidField("version", "inspection.version.required");
    }
    return version;
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeException e) {
      throw ProblemException.invalidField(field, "inspection.date.format");
    }
  }
}
