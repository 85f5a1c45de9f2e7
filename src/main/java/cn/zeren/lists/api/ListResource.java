package cn.zeren.lists.api;

import cn.zeren.lists.ItemFields;
import cn.zeren.lists.ListExports;
import cn.zeren.lists.ListItem;
import cn.zeren.lists.ListService;
import cn.zeren.lists.ListVersion;
import cn.zeren.lists.ProblemTrace;
import cn.zeren.lists.RectificationEntry;
import cn.zeren.lists.RectificationService;
import cn.zeren.lists.SignedList;
import cn.zeren.lists.api.ListViews.ClosingView;
import cn.zeren.lists.api.ListViews.EntryView;
import cn.zeren.lists.api.ListViews.InstanceView;
import cn.zeren.lists.api.ListViews.ItemView;
import cn.zeren.lists.api.ListViews.ListDetailView;
import cn.zeren.lists.api.ListViews.ListView;
import cn.zeren.lists.api.ListViews.OverdueView;
import cn.zeren.lists.api.ListViews.RectificationView;
import cn.zeren.lists.api.ListViews.SignatureRef;
import cn.zeren.lists.api.ListViews.TraceView;
import cn.zeren.lists.api.ListViews.VersionDetailView;
import cn.zeren.lists.api.ListViews.VersionView;
import cn.zeren.lists.web.ExportHeaders;
import cn.zeren.obligation.Obligation;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.RowVersion;
import cn.zeren.platform.Year;
import cn.zeren.platform.rest.Params;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ProblemException;
import cn.zeren.platform.rest.ZerenApi;
import cn.zeren.lists.SignedListKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Base64;
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
 * Signed lists (签字背书, YW-11): responsibility, division, problem and rectification lists, their versions and
 * items, signing (YW-11.3), rectification progress and write-offs (YW-11.2, YW-6.12), exports. A signed version
 * refuses every change (422, ruleId YW-11.3); edits carry the item's {@code version} (409 when stale).
 */
@Path("lists")
@RequestScoped
@Tag(name = "lists")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class ListResource {
  private static final String XLSX = ExportHeaders.XLSX;

  @Inject ListService lists;
  @Inject RectificationService rectifications;
  @Inject ListExports exports;

  /** A new list: its kind, unit and year. */
  public record CreateRequest(String kind, Long organisationId, @Year Integer year) {}

  /** An item's fields (those of its kind; dates as yyyy-MM-dd) and, to change one, the version the caller saw. */
  public record ItemRequest(@RowVersion Long version, String task, String measure, String ownerName, String area,
      String expectedEvidence, String sourceCode, String description, String category, String responsibilityItem,
      String foundOn, String foundBy, String problemKey, String deadline) {}

  /** The version of the list the caller saw. */
  public record VersionRequest(@RowVersion Long version) {}

  /** The signer's opinion and password (YW-11.3). */
  public record SignRequest(String opinion, String password) {}

  /** A plan or progress entry, with an optional evidence file in base64. */
  public record EntryRequest(String kind, String date, String text, String fileName, String file) {}

  /** A write-off request: the note and the evidence file in base64 (both required, YW-11.2). */
  public record ClosingRequest(String note, String fileName, String file) {}

  /** A decision on a write-off request. */
  public record DecisionRequest(@RowVersion Long version, Boolean approve, String comment) {}

  @GET
  @Operation(summary = "管辖范围内的签字清单，可按年度、种类筛选")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ListView.class)))
  public List<ListView> list(
      @Parameter(description = "年度") @QueryParam("year") String year,
      @Parameter(description = "RESPONSIBILITY、DIVISION、PROBLEM 或 RECTIFICATION") @QueryParam("kind") String kind) {
    return lists.visible(Params.year("year", year),
        kind == null || kind.isBlank() ? null : kind(kind)).stream().map(this::view).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "新建清单（责任清单按规则包中的监督责任书模板生成事项）")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ListView.class)))
  public Response create(@Valid CreateRequest request) {
    CreateRequest r = request == null ? new CreateRequest(null, null, null) : request;
    if (r.kind() == null || r.organisationId() == null || r.year() == null) {
      throw ProblemException.invalidField(r.kind() == null ? "kind" : r.organisationId() == null ? "organisationId"
          : "year", "list.item.required");
    }
    SignedList created = lists.create(kind(r.kind()), r.organisationId(), r.year());
    return Response.status(Response.Status.CREATED).header("Location", "lists/" + created.getId())
        .entity(view(created)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "一份清单及其各版本和签名（历史）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListDetailView.class)))
  public ListDetailView get(@PathParam("id") long id) {
    SignedList list = lists.get(id);
    return new ListDetailView(view(list), lists.versions(id).stream().map(this::version).toList());
  }

  @GET
  @Path("{id}/versions/{number}")
  @Operation(summary = "清单某一版本的全部事项")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VersionDetailView.class)))
  public VersionDetailView version(
      @PathParam("id") long id, @PathParam("number") @Positive(message = "{platform.number.positive}") int number) {
    SignedList list = lists.get(id);
    return new VersionDetailView(view(list), version(lists.version(id, number)),
        lists.items(id, number).stream().map(ItemView::of).toList());
  }

  @POST
  @Path("{id}/items")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "在当前未签名版本中新增事项")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ItemView.class)))
  @APIResponse(responseCode = "422", description = "版本已签名（ruleId YW-11.3）或字段不符合要求",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public Response addItem(@PathParam("id") long id, @Valid ItemRequest request) {
    ListItem item = lists.addItem(id, fields(request));
    return Response.status(Response.Status.CREATED).entity(ItemView.of(item)).build();
  }

  @PUT
  @Path("{id}/items/{itemId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "修改当前未签名版本中的事项")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ItemView.class)))
  @APIResponse(responseCode = "409", description = "事项已被他人修改",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public ItemView updateItem(@PathParam("id") long id, @PathParam("itemId") long itemId, @Valid ItemRequest request) {
    requireItemOf(id, itemId);
    return ItemView.of(lists.updateItem(itemId, version(request == null ? null : request.version()),
        fields(request)));
  }

  @DELETE
  @Path("{id}/items/{itemId}")
  @Operation(summary = "删除当前未签名版本中的事项")
  @APIResponse(responseCode = "204")
  public Response removeItem(@PathParam("id") long id, @PathParam("itemId") long itemId,
      @Parameter(description = "事项版本号", required = true) @QueryParam("version") String version) {
    requireItemOf(id, itemId);
    lists.removeItem(itemId, Params.integer("version", version, -1, 0, Integer.MAX_VALUE));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/versions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "对已签名的当前版本生成新版本（复制全部事项，须重新签名）")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = VersionView.class)))
  public Response newVersion(@PathParam("id") long id, @Valid VersionRequest request) {
    ListVersion next = lists.newVersion(id, version(request == null ? null : request.version()));
    return Response.status(Response.Status.CREATED).entity(version(next)).build();
  }

  @POST
  @Path("{id}/versions/{number}/sign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "签名（YW-11.3）：仅清单所属单位本身的签名角色，须填写意见并重新输入密码")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SignatureRef.class)))
  @APIResponse(responseCode = "403", description = "不是该单位该清单的签名人",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "422", description = "密码错误、意见为空或版本已签名",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public Response sign(
      @PathParam("id") long id, @PathParam("number") @Positive(message = "{platform.number.positive}") int number,
      SignRequest request) {
    SignRequest r = request == null ? new SignRequest(null, null) : request;
    char[] password = r.password() == null ? new char[0] : r.password().toCharArray();
    SignatureRef signed = SignatureRef.of(lists.sign(id, number, r.opinion(), password));
    return Response.status(Response.Status.CREATED).entity(signed).build();
  }

  @GET
  @Path("{id}/versions/{number}/signatures")
  @Operation(summary = "某一版本的签名，每个附验证地址")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SignatureRef.class)))
  public List<SignatureRef> signatures(
      @PathParam("id") long id, @PathParam("number") @Positive(message = "{platform.number.positive}") int number) {
    return lists.signatures(lists.version(id, number)).stream().map(SignatureRef::of).toList();
  }

  @GET
  @Path("{id}/versions/{number}/excel")
  @Produces(XLSX)
  @Operation(summary = "导出 Excel")
  public Response excel(
      @PathParam("id") long id, @PathParam("number") @Positive(message = "{platform.number.positive}") int number) {
    return file(exports.excel(id, number), exports.fileName(id, number, "xlsx"), XLSX);
  }

  @GET
  @Path("{id}/versions/{number}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "导出已签名版本的 PDF（含签名数据，附件为离线验证所需的 message.json、signature.der、signer.pem）")
  public Response pdf(
      @PathParam("id") long id, @PathParam("number") @Positive(message = "{platform.number.positive}") int number) {
    return file(exports.pdf(id, number), exports.fileName(id, number, "pdf"), "application/pdf");
  }

  @GET
  @Path("{id}/rectifications")
  @Operation(summary = "整改清单某一版本的事项、进展和销账情况")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RectificationView.class)))
  public List<RectificationView> rectifications(@PathParam("id") long id,
      @Parameter(description = "版本号，默认当前版本") @QueryParam("v") String v) {
    int number = v == null || v.isBlank() ? lists.get(id).getCurrentVersion() : Params.integer("v", v, 1, 1, 100_000);
    return rectifications.lines(id, number).stream().map(RectificationView::of).toList();
  }

  @POST
  @Path("{id}/items/{key}/entries")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "记录整改方案（PLAN）或整改进展（PROGRESS），可附佐证材料（base64）")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EntryView.class)))
  public Response addEntry(@PathParam("id") long id, @PathParam("key") String key, EntryRequest request) {
    EntryRequest r = request == null ? new EntryRequest(null, null, null, null, null) : request;
    RectificationEntry.Kind kind;
    try {
      kind = RectificationEntry.Kind.valueOf(String.valueOf(r.kind()));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("kind", "list.entry.kind");
    }
    byte[] file = bytes(r.file());
    RectificationEntry entry = rectifications.addEntry(id, key, kind, date("date", r.date()), r.text(), r.fileName(),
        file == null ? null : new ByteArrayInputStream(file));
    return Response.status(Response.Status.CREATED).entity(EntryView.of(entry)).build();
  }

  @POST
  @Path("{id}/items/{key}/closing")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "申请销账：须写明整改结果并附佐证材料（YW-11.2）")
  @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ClosingView.class)))
  public Response requestClosing(@PathParam("id") long id, @PathParam("key") String key, ClosingRequest request) {
    ClosingRequest r = request == null ? new ClosingRequest(null, null, null) : request;
    byte[] file = bytes(r.file());
    return Response.status(Response.Status.CREATED)
        .entity(ClosingView.of(rectifications.requestClosing(id, key, r.note(), r.fileName(),
            file == null ? null : new ByteArrayInputStream(file))))
        .build();
  }

  @POST
  @Path("closings/{closingId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "审批销账：同意或退回（退回须写明理由；申请人不能审批自己的申请）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClosingView.class)))
  public ClosingView decide(@PathParam("closingId") long closingId, @Valid DecisionRequest request) {
    DecisionRequest r = request == null ? new DecisionRequest(null, null, null) : request;
    if (r.approve() == null) {
      throw ProblemException.invalidField("approve", "list.item.required");
    }
    return ClosingView.of(rectifications.decideClosing(closingId, version(r.version()), r.approve(), r.comment()));
  }

  @GET
  @Path("{id}/problems/{key}/trace")
  @Operation(summary = "一张清单到底：一个问题及其整改、进展、销账和 YW-6.12 任务")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TraceView.class)))
  public TraceView trace(@PathParam("id") long id, @PathParam("key") String key) {
    ProblemTrace t = rectifications.trace(id, key);
    return new TraceView(id, ItemView.of(t.problem()), t.sourceTitle(), t.isClosed(),
        t.rectifications().stream().map(RectificationView::of).toList(), instance(t.planInstance()),
        instance(t.progressInstance()));
  }

  @GET
  @Path("overdue")
  @Operation(summary = "管辖范围内逾期未销账的整改事项")
  @APIResponse(responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OverdueView.class)))
  public List<OverdueView> overdue() {
    return rectifications.overdue().stream().map(OverdueView::of).toList();
  }

  private ListView view(SignedList list) {
    return ListViews.list(list, lists.rule(list.getKind()).title(), lists.signerRole(list));
  }

  private VersionView version(ListVersion v) {
    return new VersionView(v.getId(), v.getNumber(), lists.isSigned(v), v.getCreatedByName(),
        ListViews.time(v.getCreatedAt()), lists.signatures(v).stream().map(SignatureRef::of).toList());
  }

  private void requireItemOf(long listId, long itemId) {
    boolean belongs = lists.versions(listId).stream()
        .anyMatch(v -> lists.items(listId, v.getNumber()).stream().anyMatch(i -> i.getId() == itemId));
    if (!belongs) {
      throw new NotFoundException("list.item", listId + "/" + itemId);
    }
  }

  private static Response file(byte[] content, String name, String type) {
    Response.ResponseBuilder response = Response.ok(content).header("Content-Length", content.length);
    ExportHeaders.of(name, type).forEach(response::header);
    return response.build();
  }

  private static InstanceView instance(Obligation o) {
    return o == null ? null : new InstanceView(o.getId(), o.getRuleId(), o.getPeriodKey(), o.getDueDate().toString(),
        o.getStatus().name());
  }

  private static ItemFields fields(ItemRequest request) {
    ItemRequest r = request == null
        ? new ItemRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null)
        : request;
    return new ItemFields(r.task(), r.measure(), r.ownerName(), r.area(), r.expectedEvidence(), r.sourceCode(),
        r.description(), r.category(), r.responsibilityItem(), date("foundOn", r.foundOn()), r.foundBy(),
        r.problemKey(), date("deadline", r.deadline()));
  }

  private static SignedListKind kind(String kind) {
    try {
      return SignedListKind.valueOf(kind.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("kind", "list.kind.unknown");
    }
  }

  private static long version(Long version) {
    if (version == null) {
      throw ProblemException.invalidField("version", "report.version.required");
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
      throw ProblemException.invalidField(field, "list.date.format");
    }
  }

  private static byte[] bytes(String base64) {
    if (base64 == null || base64.isBlank()) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("file", "list.file.base64");
    }
  }
}
