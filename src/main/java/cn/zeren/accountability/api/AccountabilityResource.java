package cn.zeren.accountability.api;

import cn.zeren.accountability.AccountabilityCase;
import cn.zeren.accountability.AccountabilityService;
import cn.zeren.accountability.CaseCount;
import cn.zeren.accountability.CaseFilter;
import cn.zeren.accountability.CaseForm;
import cn.zeren.accountability.CaseStatus;
import cn.zeren.calendar.Deadlines;
import cn.zeren.platform.RowVersion;
import cn.zeren.platform.rest.Params;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ProblemException;
import cn.zeren.platform.rest.ZerenApi;
import cn.zeren.platform.files.Download;
import cn.zeren.platform.web.Downloads;
import cn.zeren.accountability.AccountabilityCatalogue;
import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.accountability.AccountabilityCatalogue.Handler;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
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
import java.util.Arrays;
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
 * Accountability cases (责任追究, YW-14 … YW-17): register, change while the facts are established, decide, attach
 * the decision document, read and count. An outcome outside the YW-16 cell of the subject and severity is a 422
 * problem with {@code ruleId} YW-16; a ground of the other side cites its own article (YW-14.x / YW-15.x); a handling
 * body that may not handle an outcome cites YW-17. Only the commission, discipline organisations above the unit and
 * the organisation department read cases; a unit's clerk and leaders get 403.
 */
@Path("accountability-cases")
@RequestScoped
@Tag(name = "accountability")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class AccountabilityResource {
  @Inject AccountabilityService cases;

  /**
   * A case as the client sends it. {@code body} may be left out when all grounds belong to one side; {@code openedOn}
   * defaults to today (Beijing).
   */
  public record CaseRequest(
      @Schema(description = "修改时必填：读取时的版本号") @RowVersion Long version,
      Long organisationId,
      @Schema(description = "PARTY_COMMITTEE 或 DISCIPLINE_BODY；可省略，由情形推定") String body,
      @Schema(description = "TEAM 或 INDIVIDUAL") String subjectType,
      @Schema(description = "INDIVIDUAL 时必填：该单位该方面的在岗成员") Long personId,
      @Schema(description = "MINOR、SERIOUS 或 GRAVE") String severity,
      @Schema(description = "情形条款编号，如 YW-14.6") List<String> grounds,
      @Size(max = CaseForm.FACTS_LENGTH, message = "{accountability.facts.size}") String facts,
      @Schema(description = "追究方式代码，如 WRITTEN_SELF_CRITICISM") List<String> outcomes,
      @Schema(description = "DISCIPLINE_ORGANISATION、ORGANISATION_DEPARTMENT 或 JOINT") String handledBy,
      @Schema(description = "立案日期 yyyy-MM-dd，默认今天") String openedOn) {}

  /** The decision: the version the caller saw and the decision date. */
  public record DecisionRequest(@RowVersion Long version, String decisionDate) {}

  @GET
  @Operation(summary = "责任追究案件列表（纪委、上级纪检组织、组织部）",
      description = "按立案年度、单位（含下级）、情形、情节、状态筛选。")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CaseView.class)))
  public List<CaseView> list(
      @Parameter(description = "立案年度") @QueryParam("year") String year,
      @Parameter(description = "单位 id（含下级单位）") @QueryParam("organisationId") String organisationId,
      @Parameter(description = "情形条款编号，如 YW-14.6") @QueryParam("ground") String ground,
      @Parameter(description = "MINOR、SERIOUS 或 GRAVE") @QueryParam("severity") String severity,
      @Parameter(description = "ESTABLISHING_FACTS 或 DECIDED") @QueryParam("status") String status) {
    AccountabilityCatalogue catalogue = cases.catalogue();
    return cases.list(filter(year, organisationId, ground, severity, status)).stream()
        .map(c -> CaseView.of(c, catalogue))
        .toList();
  }

  @GET
  @Path("statistics")
  @Operation(summary = "责任追究统计：按立案年度、单位、情形和情节计数（一案多情形的，每个情形各计一次）")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CaseCount.class)))
  public List<CaseCount> statistics(
      @QueryParam("year") String year,
      @QueryParam("organisationId") String organisationId,
      @QueryParam("ground") String ground,
      @QueryParam("severity") String severity,
      @QueryParam("status") String status) {
    return cases.statistics(filter(year, organisationId, ground, severity, status));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "一件责任追究案件")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
  @APIResponse(responseCode = "403", description = "无权查看", content = @Content(
      mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public CaseView get(@PathParam("id") long id) {
    return CaseView.of(cases.get(id), cases.catalogue());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "登记责任追究案件",
      description = "情节和追究方式可在查明事实后再填；填了即按 YW-16 矩阵核对，办理机关按 YW-17 核对。")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CaseView.class)))
  @APIResponse(responseCode = "422", description = "追究方式不在 YW-16 矩阵内（ruleId YW-16）、情形不属该方面（YW-14.x/YW-15.x）"
      + "或办理机关不符（YW-17）", content = @Content(mediaType = ZerenApi.PROBLEM_JSON,
          schema = @Schema(implementation = Problem.class)))
  public Response create(@Valid CaseRequest request) {
    AccountabilityCase created = cases.create(form(request));
    return Response.status(Response.Status.CREATED)
        .header("Location", "accountability-cases/" + created.getId())
        .entity(CaseView.of(created, cases.catalogue()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "修改查明事实中的案件（带回读取时的版本号）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
  @APIResponse(responseCode = "409", description = "案件已被他人修改", content = @Content(
      mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public CaseView update(@PathParam("id") long id, @Valid CaseRequest request) {
    return CaseView.of(cases.update(id, version(request == null ? null : request.version()), form(request)),
        cases.catalogue());
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "作出处理决定（情节、追究方式、办理机关须齐备）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
  public CaseView decide(@PathParam("id") long id, @Valid DecisionRequest request) {
    DecisionRequest r = request == null ? new DecisionRequest(null, null) : request;
    return CaseView.of(cases.decide(id, version(r.version()), date("decisionDate", r.decisionDate(), null)),
        cases.catalogue());
  }

  @PUT
  @Path("{id}/document")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "上传处理决定书（请求体为文件本身；PDF、OFD、DOCX、JPEG、PNG，按内容识别类型）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
  public CaseView upload(
      @PathParam("id") long id,
      @Parameter(description = "文件名（含扩展名）", required = true) @QueryParam("fileName") String fileName,
      @Parameter(description = "案件版本号", required = true) @QueryParam("version") String version,
      InputStream body) {
    long expected = Params.integer("version", version, -1, 0, Integer.MAX_VALUE);
    return CaseView.of(cases.attach(id, version(expected < 0 ? null : expected), fileName, body),
        cases.catalogue());
  }

  @GET
  @Path("{id}/document")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "下载处理决定书（附件方式）")
  public Response download(@PathParam("id") long id) {
    Download download = cases.document(id);
    Response.ResponseBuilder response =
        Response.ok((StreamingOutput) out -> Files.copy(download.file(), out))
            .header("Content-Length", download.size());
    Downloads.headers(download).forEach(response::header);
    return response.build();
  }

  private CaseForm form(CaseRequest request) {
    CaseRequest r =
        request == null
            ? new CaseRequest(null, null, null, null, null, null, null, null, null, null, null)
            : request;
    List<String> grounds = r.grounds() == null ? List.of() : r.grounds();
    Body body = r.body() == null || r.body().isBlank() ? bodyOf(grounds) : choice("body", r.body(), Body.class);
    return new CaseForm(
        r.organisationId(), body, choice("subjectType", r.subjectType(), Subject.class), r.personId(), grounds,
        r.facts(), choice("severity", r.severity(), Severity.class), r.outcomes(),
        choice("handledBy", r.handledBy(), Handler.class),
        date("openedOn", r.openedOn(), LocalDate.now(Deadlines.BEIJING)));
  }

  /** The side of the grounds when they all belong to one; otherwise the service asks for it. */
  private Body bodyOf(List<String> grounds) {
    AccountabilityCatalogue catalogue = cases.catalogue();
    List<Body> sides =
        grounds.stream().map(g -> catalogue.ground(g).map(AccountabilityCatalogue.Ground::body).orElse(null))
            .distinct().toList();
    return sides.size() == 1 ? sides.get(0) : null;
  }

  private static CaseFilter filter(String year, String organisationId, String ground, String severity,
      String status) {
    return new CaseFilter(
        Params.year("year", year),
        Params.id("organisationId", organisationId), Params.text(ground),
        choice("severity", severity, Severity.class), choice("status", status, CaseStatus.class));
  }

  private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(field, "accountability.value.invalid", value, field,
          Arrays.toString(type.getEnumConstants()));
    }
  }

  private static LocalDate date(String field, String value, LocalDate defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeException e) {
      throw ProblemException.invalidField(field, "accountability.date.format", field);
    }
  }

  private static long version(Long version) {
    if (version == null) {
      throw ProblemException.invalidField("version", "accountability.version.required");
    }
    return version;
  }
}
