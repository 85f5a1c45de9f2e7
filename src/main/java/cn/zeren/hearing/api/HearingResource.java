package cn.zeren.hearing.api;

import cn.zeren.hearing.HearingItem;
import cn.zeren.hearing.HearingRecord;
import cn.zeren.hearing.HearingScore;
import cn.zeren.hearing.HearingService;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.rest.Problem;
import cn.zeren.platform.rest.ProblemException;
import cn.zeren.platform.rest.ZerenApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Scored meetings of the commission (YW-10.2, YW-10.4): read them, give one's own score from one's own device, the
 * chair's close of an item, the results and the record as PDF. An off-scale score and a score for a closed item are
 * 422 problems naming the rule id (types {@code hearing-score-off-scale}, {@code hearing-item-closed}).
 */
@Path("hearings")
@RequestScoped
@Tag(name = "hearings")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ZerenApi.BEARER)
public class HearingResource {
  @Inject HearingService hearings;

  /** A score given through the API. */
  public record ScoreRequest(BigDecimal score) {}

  @GET
  @Operation(summary = "评议会议列表（纪委领导、审核员）")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HearingViews.Summary.class)))
  public List<HearingViews.Summary> list() {
    return hearings.list().stream().map(HearingViews.Summary::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "一次评议会议，含听取事项和本人评分")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HearingViews.Detail.class)))
  @APIResponse(responseCode = "404", description = "会议不存在", content = @Content(mediaType = ZerenApi.PROBLEM_JSON,
      schema = @Schema(implementation = Problem.class)))
  public HearingViews.Detail get(@PathParam("id") long id) {
    HearingRecord record = hearings.record(id);
    return HearingViews.Detail.of(record, hearings.myScores(id));
  }

  @PUT
  @Path("{id}/items/{itemId}/scores/me")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "提交或修改本人对一项的评分（本次会议的评分人；该项结束前）")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HearingViews.Score.class)))
  @APIResponse(responseCode = "403", description = "不是本次会议的评分人", content = @Content(
      mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "422", description = "评分不在规则包分制内，或该项评分已结束（含条款编号 ruleId）",
      content = @Content(mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public HearingViews.Score score(@PathParam("id") long id, @PathParam("itemId") long itemId, ScoreRequest request) {
    if (request == null || request.score() == null) {
      throw ProblemException.invalidField("score", "hearing.score.required");
    }
    itemOf(id, itemId);
    HearingScore score = hearings.score(itemId, request.score());
    return new HearingViews.Score(itemId, score.getScore());
  }

  @POST
  @Path("{id}/items/{itemId}/close")
  @Operation(summary = "主持人结束一项的评分；此后评分锁定")
  @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HearingViews.Result.class)))
  @APIResponse(responseCode = "403", description = "不是本次会议的主持人", content = @Content(
      mediaType = ZerenApi.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public HearingViews.Result close(@PathParam("id") long id, @PathParam("itemId") long itemId) {
    itemOf(id, itemId);
    hearings.closeItem(itemId);
    return result(id, itemId);
  }

  @GET
  @Path("{id}/results")
  @Operation(summary = "各项评议结果：全部评分、去掉的最高分和最低分、平均分、分数分布")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HearingViews.Result.class)))
  public List<HearingViews.Result> results(@PathParam("id") long id) {
    return hearings.record(id).items().stream().map(HearingViews.Result::of).toList();
  }

  @GET
  @Path("{id}/record.pdf")
  @Produces("application/pdf")
  @Operation(summary = "会议记录（PDF，报上级纪委）")
  public Response pdf(@PathParam("id") long id) {
    return Response.ok(hearings.recordPdf(id), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"hearing-" + id + ".pdf\"")
        .build();
  }

  private HearingViews.Result result(long id, long itemId) {
    return hearings.record(id).items().stream()
        .filter(i -> i.id() == itemId)
        .findFirst()
        .map(HearingViews.Result::of)
        .orElseThrow(() -> new NotFoundException("hearing.item", itemId));
  }

  private void itemOf(long id, long itemId) {
    HearingItem item = hearings.item(itemId);
    if (item.getSession().getId() != id) {
      throw new NotFoundException("hearing.item", itemId);
    }
  }
}
