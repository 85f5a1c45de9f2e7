package cn.zeren.hearing.api;

import cn.zeren.hearing.HearingRecord;
import cn.zeren.hearing.HearingSession;
import cn.zeren.hearing.ScoreSheet;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the hearing API answers: sessions, items with scores and results. Times are Beijing (+08:00). */
public final class HearingViews {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private HearingViews() {}

  @Schema(name = "HearingSummary", description = "评议会议（YW-10.2 专题汇报会 / YW-10.4 述职会议）")
  public record Summary(
      long id, String meetingCode, String ruleId, String title, OffsetDateTime heldAt, String place,
      String status, int items) {
    static Summary of(HearingSession s) {
      return new Summary(
          s.getId(), s.getMeetingCode(), s.getRuleId(), s.getTitle(), s.getHeldAt().atZone(BEIJING).toOffsetDateTime(),
          s.getPlace(), s.getStatus().name(), s.getItems().size());
    }
  }

  @Schema(name = "Hearing", description = "评议会议及其听取事项；myScore 为调用者本人的评分")
  public record Detail(
      long id, String meetingCode, String ruleId, String article, String title, OffsetDateTime heldAt,
      String place, String chair, String status, List<String> scorers, List<Item> items) {
    static Detail of(HearingRecord r, Map<Long, BigDecimal> mine) {
      return new Detail(
          r.id(), r.meetingCode(), r.ruleId(), r.article(), r.title(), r.heldAt().atZone(BEIJING).toOffsetDateTime(),
          r.place(), r.chair(), r.status().name(), r.scorers(),
          r.items().stream().map(i -> Item.of(i, mine.get(i.id()))).toList());
    }
  }

  @Schema(name = "HearingItem")
  public record Item(long id, int order, String unit, String speaker, String status, BigDecimal myScore) {
    static Item of(HearingRecord.Item i, BigDecimal mine) {
      return new Item(i.id(), i.order(), i.unit(), i.speaker(), i.status().name(), mine);
    }
  }

  @Schema(name = "HearingScore", description = "评分人本人对一项的评分")
  public record Score(long itemId, BigDecimal score) {}

  @Schema(name = "HearingItemResult", description = "一项的评议结果：全部评分（由低到高）、去掉的分数、平均分（四舍五入两位）、分数分布")
  public record Result(
      long itemId, int order, String unit, String speaker, String status, BigDecimal average, int counted,
      List<Mark> scores, List<Band> distribution) {
    static Result of(HearingRecord.Item i) {
      ScoreSheet sheet = i.sheet();
      return new Result(
          i.id(), i.order(), i.unit(), i.speaker(), i.status().name(), sheet.average(), sheet.counted(),
          sheet.marks().stream().map(m -> new Mark(m.scorer(), m.score(), m.dropped())).toList(),
          sheet.bands().stream().map(b -> new Band(b.label(), b.count())).toList());
    }
  }

  @Schema(name = "HearingMark")
  public record Mark(String scorer, BigDecimal score, boolean dropped) {}

  @Schema(name = "HearingBand")
  public record Band(String band, int count) {}
}
