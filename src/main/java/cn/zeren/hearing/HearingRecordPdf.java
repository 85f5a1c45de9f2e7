package cn.zeren.hearing;

import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.pdf.ChineseFont;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PDF of a meeting's record for the upper commission (会议记录), in Chinese. The text is set in the Adobe
 * standard Chinese font STSong-Light with the UniGB-UCS2-H encoding, whose metrics and CMap ship inside OpenPDF: no
 * font file is needed on the server, and every PDF reader shows it with its own Song typeface (see
 * docs/dependencies.md).
 */
public final class HearingRecordPdf {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
  private static final float[] ITEM_COLUMNS = {1.2f, 3f};

  private final Font title;
  private final Font heading;
  private final Font body;
  private final Font small;

  public HearingRecordPdf() {
    BaseFont song = ChineseFont.song();
    title = new Font(song, 16, Font.BOLD);
    heading = new Font(song, 12, Font.BOLD);
    body = new Font(song, 10.5f);
    small = new Font(song, 9);
  }

  /** The record as PDF bytes. */
  public byte[] write(HearingRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(record.title());
      document.open();
      header(document, record);
      for (HearingRecord.Item item : record.items()) {
        item(document, record, item);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the meeting record could not be written as PDF", e);
    }
    return out.toByteArray();
  }

  private void header(Document document, HearingRecord record) {
    Paragraph name = new Paragraph(t("hearing.pdf.heading", record.title()), title);
    name.setAlignment(Element.ALIGN_CENTER);
    name.setSpacingAfter(12);
    document.add(name);
    PdfPTable facts = table(ITEM_COLUMNS);
    row(facts, t("hearing.type"), record.meetingTitle());
    row(facts, t("hearing.rule"), record.ruleId() + " " + record.article());
    row(facts, t("hearing.commission"), record.commission());
    row(facts, t("hearing.heldAt"), TIME.format(record.heldAt()));
    row(facts, t("hearing.place"), record.place());
    row(facts, t("hearing.chair"), record.chair());
    row(facts, t("hearing.scorers"), String.join("、", record.scorers()));
    row(facts, t("common.status"), t("hearing.status." + record.status()));
    if (record.closedAt() != null) {
      row(facts, t("hearing.closedAt"), TIME.format(record.closedAt()));
    }
    document.add(facts);
  }

  private void item(Document document, HearingRecord record, HearingRecord.Item item) {
    Paragraph unit = new Paragraph(t("hearing.pdf.item", String.valueOf(item.order()), item.unit()), heading);
    unit.setSpacingBefore(14);
    unit.setSpacingAfter(6);
    document.add(unit);
    PdfPTable table = table(ITEM_COLUMNS);
    row(table, t("hearing.speaker"), item.speaker());
    row(table, t("hearing.item.status"), t("hearing.itemStatus." + item.status()));
    for (int i = 0; i < record.scorers().size(); i++) {
      row(table, record.scorers().get(i), score(item.scoresByScorer().get(i)));
    }
    row(table, t("hearing.dropped"), dropped(item.sheet()));
    row(table, t("hearing.average"), item.average() == null ? t("hearing.noScores") : item.average().toPlainString());
    row(table, t("hearing.distribution"), distribution(item.sheet()));
    document.add(table);
  }

  private String dropped(ScoreSheet sheet) {
    List<ScoreSheet.Mark> dropped = sheet.dropped();
    return dropped.isEmpty()
        ? t("hearing.droppedNone")
        : dropped.stream().map(m -> m.scorer() + " " + plain(m.score())).collect(Collectors.joining("；"));
  }

  private static String distribution(ScoreSheet sheet) {
    return sheet.bands().stream()
        .filter(b -> b.count() > 0)
        .map(b -> b.label() + "：" + b.count())
        .collect(Collectors.joining("；"));
  }

  private String score(BigDecimal score) {
    return score == null ? t("hearing.notScored") : plain(score);
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    return table;
  }

  private void row(PdfPTable table, String label, String value) {
    table.addCell(cell(label, small));
    table.addCell(cell(value, body));
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setPadding(4);
    return cell;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String t(String key, Object... args) {
    return Texts.zh(key, args);
  }
}
