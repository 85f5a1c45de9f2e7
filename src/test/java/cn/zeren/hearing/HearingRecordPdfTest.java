package cn.zeren.hearing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.security.Role;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The record of a YW-10.2 hearing as PDF for the upper commission: the Chinese text (units, speakers, scorers,
 * labels) is in the file as text a reader can extract, with the scores, the dropped ones and the result.
 */
class HearingRecordPdfTest {
  private static final ScoredMeeting HEARING =
      new ScoredMeeting(
          "HEARING", "YW-10.2", "主体责任专题汇报会", Role.PRIMARY_LEADER,
          new ScoredMeeting.Scale(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("0.5")), true, 5, null);

  @Test
  void theRecordNamesEveryUnitSpeakerAndScorerInChineseWithTheResult() throws IOException {
    List<String> scorers = List.of("郑纪明", "吴审核", "冯评一", "褚评二", "卫评三");
    List<BigDecimal> scores = decimals("92.5", "88", "95", "60", "90");
    ScoreSheet sheet =
        ScoreSheet.of(
            List.of(
                given("郑纪明", "92.5"), given("吴审核", "88"), given("冯评一", "95"), given("褚评二", "60"),
                given("卫评三", "90")),
            HEARING);
    HearingRecord.Item qingshan =
        new HearingRecord.Item(1, 1, "青山镇", "李青山", ItemStatus.CLOSED, scores, sheet);
    HearingRecord.Item finance =
        new HearingRecord.Item(
            2, 2, "市财政局", "钱财政", ItemStatus.OPEN, decimals(null, null, null, null, null),
            ScoreSheet.of(List.of(), HEARING));
    HearingRecord record =
        new HearingRecord(
            7, 3, "HEARING", "主体责任专题汇报会", "YW-10.2", "第十条第（二）项", "2026年度主体责任专题汇报会",
            Instant.parse("2026-03-20T01:30:00Z"), "市纪委三楼会议室", "示范市纪委监委", "郑纪明",
            HearingStatus.OPEN, null, scorers, List.of(qingshan, finance));

    byte[] pdf = new HearingRecordPdf().write(record);

    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    String text = text(pdf);
    for (String expected :
        List.of("2026年度主体责任专题汇报会", "YW-10.2", "第十条第（二）项", "市纪委三楼会议室", "2026年3月20日 09:30",
            "青山镇", "李青山", "市财政局", "钱财政", "褚评二", "92.5", "去掉的分数", "褚评二 60", "冯评一 95",
            "90.17", "评议得分", "尚无评分", "未评分")) {
      assertTrue(text.contains(expected), () -> expected + " missing from:\n" + text);
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static ScoreSheet.Given given(String scorer, String score) {
    return new ScoreSheet.Given(scorer, new BigDecimal(score));
  }

  private static List<BigDecimal> decimals(String... values) {
    return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
  }
}
