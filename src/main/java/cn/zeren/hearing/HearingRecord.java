package cn.zeren.hearing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The record of a scored meeting (会议记录) as it is reported to the upper commission: what, under which article,
 * when and where, who scored, and for each unit heard its speaker, every scorer's score, the dropped ones and the
 * result. Read by the record page and {@link HearingRecordPdf}; holds no managed entities.
 */
public record HearingRecord(
    long id,
    long version,
    String meetingCode,
    String meetingTitle,
    String ruleId,
    String article,
    String title,
    Instant heldAt,
    String place,
    String commission,
    String chair,
    HearingStatus status,
    Instant closedAt,
    List<String> scorers,
    List<Item> items)
    implements Serializable {

  /** One unit heard: its speaker, each scorer's score in the order of the scorers (null: not scored) and result. */
  public record Item(
      long id,
      int order,
      String unit,
      String speaker,
      ItemStatus status,
      List<BigDecimal> scoresByScorer,
      ScoreSheet sheet)
      implements Serializable {

    public BigDecimal average() {
      return sheet.average();
    }
  }
}
