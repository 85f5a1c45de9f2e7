package cn.zeren.assessment;

import cn.zeren.calendar.Deadlines;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The assessment's exports, after the service's access checks: the year's ranking and a unit's score sheet
 * (年度落实“两个责任”量化考核得分表) as Excel (.xlsx, every cell text) and as a printable PDF set in OpenPDF's
 * STSong-Light like the lists and hearing records.
 */
@ApplicationScoped
public class AssessmentExports {
  @Inject AssessmentService assessments;
  @Inject Clock clock;

  public byte[] rankingExcel(int year) {
    List<RankingRow> rows = assessments.ranking(year);
    return excel(Texts.zh("assessment.ranking.sheet"), List.of(Texts.zh("assessment.ranking.title", String.valueOf(year))),
        rankingColumns(), rows.stream().map(AssessmentExports::rankingRow).toList(), null, null);
  }

  public byte[] rankingPdf(int year) {
    List<RankingRow> rows = assessments.ranking(year);
    return pdf(Texts.zh("assessment.ranking.title", String.valueOf(year)), List.of(), rankingColumns(), new float[] {1, 5, 1.5f, 1.5f},
        rows.stream().map(AssessmentExports::rankingRow).toList(), null, null,
        List.of(Texts.zh("assessment.sheet.date", today())));
  }

  public byte[] sheetExcel(int year, long organisationId) {
    ScoreSheetDocument sheet = sheet(year, organisationId);
    return excel(Texts.zh("assessment.sheet.sheet"), List.of(sheet.title(), sheet.unitLine()), indicatorColumns(),
        sheet.indicatorRows(), itemColumns(), sheet.itemRows());
  }

  public byte[] sheetPdf(int year, long organisationId) {
    ScoreSheetDocument sheet = sheet(year, organisationId);
    return pdf(sheet.title(), List.of(sheet.unitLine()), indicatorColumns(), new float[] {3, 1, 1, 6},
        sheet.indicatorRows(), itemColumns(), sheet.itemRows(), List.of(sheet.totalLine(), sheet.dateLine()));
  }

  public String fileName(int year, Long organisationId, String extension) {
    String name = organisationId == null ? Texts.zh("assessment.ranking.title", String.valueOf(year))
        : assessments.unitResult(year, organisationId).organisationName() + Texts.zh("assessment.sheet.title", String.valueOf(year));
    return name + "." + extension;
  }

  private ScoreSheetDocument sheet(int year, long organisationId) {
    UnitResult result = assessments.unitResult(year, organisationId);
    return new ScoreSheetDocument(result, assessments.indicators(year), LocalDate.now(clock.withZone(Deadlines.BEIJING)));
  }

  private String today() {
    LocalDate d = LocalDate.now(clock.withZone(Deadlines.BEIJING));
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static List<String> rankingColumns() {
    return List.of(Texts.zh("assessment.rank"), Texts.zh("assessment.unit"), Texts.zh("assessment.total"),
        Texts.zh("assessment.grade"));
  }

  private static List<String> rankingRow(RankingRow r) {
    return List.of(String.valueOf(r.rank()), r.organisationName(), r.total().toPlainString(),
        r.gradeLabel() == null ? "" : r.gradeLabel());
  }

  private static List<String> indicatorColumns() {
    return List.of(Texts.zh("assessment.indicator"), Texts.zh("assessment.maxPoints"), Texts.zh("assessment.points"),
        Texts.zh("assessment.lostReasons"));
  }

  private static List<String> itemColumns() {
    return List.of(Texts.zh("assessment.indicator"), Texts.zh("assessment.rule"), Texts.zh("assessment.points"),
        Texts.zh("assessment.lost"), Texts.zh("assessment.reason"), Texts.zh("assessment.evidence"));
  }

  // ---- Excel ----

  private static byte[] excel(String sheetName, List<String> heading, List<String> columns, List<List<String>> rows,
      List<String> detailColumns, List<List<String>> detail) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      XSSFFont font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet sheet = book.createSheet(sheetName);
      int r = 0;
      for (String line : heading) {
        text(sheet.createRow(r++), List.of(line), bold);
      }
      text(sheet.createRow(r++), columns, bold);
      for (List<String> row : rows) {
        text(sheet.createRow(r++), row, null);
      }
      if (detail != null) {
        Sheet items = book.createSheet(Texts.zh("assessment.items"));
        text(items.createRow(0), detailColumns, bold);
        int d = 1;
        for (List<String> row : detail) {
          text(items.createRow(d++), row, null);
        }
      }
      for (int c = 0; c < columns.size(); c++) {
        sheet.setColumnWidth(c, (c == 1 || c == 3 ? 40 : 14) * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Row row, List<String> values, CellStyle style) {
    for (int i = 0; i < values.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellValue(values.get(i) == null ? "" : values.get(i));
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  // ---- PDF ----

  private static byte[] pdf(String title, List<String> heading, List<String> columns, float[] widths,
      List<List<String>> rows, List<String> detailColumns, List<List<String>> detail, List<String> footer) {
    BaseFont song = ChineseFont.song();
    Font titleFont = new Font(song, 16, Font.BOLD);
    Font head = new Font(song, 10, Font.BOLD);
    Font body = new Font(song, 9.5f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 42, 42, 42, 42);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.open();
      Paragraph name = new Paragraph(title, titleFont);
      name.setAlignment(Element.ALIGN_CENTER);
      name.setSpacingAfter(10);
      document.add(name);
      for (String line : heading) {
        document.add(new Paragraph(line, body));
      }
      document.add(table(columns, widths, rows, head, body));
      if (detail != null) {
        Paragraph items = new Paragraph(Texts.zh("assessment.items"), head);
        items.setSpacingBefore(12);
        document.add(items);
        document.add(table(detailColumns, new float[] {2.5f, 1.2f, 1, 1, 6, 2}, detail, head, body));
      }
      for (String line : footer) {
        Paragraph p = new Paragraph(line, body);
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingBefore(8);
        document.add(p);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the assessment could not be written as PDF", e);
    }
    return out.toByteArray();
  }

  private static PdfPTable table(List<String> columns, float[] widths, List<List<String>> rows, Font head, Font body) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    columns.forEach(c -> table.addCell(cell(c, head)));
    rows.forEach(row -> row.forEach(v -> table.addCell(cell(v, body))));
    return table;
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setPadding(4);
    return cell;
  }
}
