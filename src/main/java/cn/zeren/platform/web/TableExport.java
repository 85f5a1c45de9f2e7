package cn.zeren.platform.web;

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
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table of a page — a title, a line saying what it shows, column headers and rows of text — as an Excel workbook
 * (.xlsx, POI) or a landscape A4 PDF (OpenPDF, with its built-in Chinese font STSong-Light, as the list and hearing
 * PDFs). Cells are written as text: nothing a user typed is ever read as a formula.
 *
 * <pre>
 * TableExport.Table table = new TableExport.Table("合规热力图", "2026 年 · 全市", List.of("单位", "按时率"), rows);
 * byte[] xlsx = TableExport.xlsx(table);
 * </pre>
 */
public final class TableExport {
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PDF = "application/pdf";

  /** What is exported: every row has as many cells as there are headers. */
  public record Table(String title, String subtitle, List<String> headers, List<List<String>> rows) {
    public Table {
      Objects.requireNonNull(title);
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
    }
  }

  private TableExport() {}

  public static byte[] xlsx(Table table) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      var font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet sheet = book.createSheet(sheetName(table.title()));
      int r = 0;
      cells(sheet.createRow(r++), List.of(table.title()), bold);
      if (table.subtitle() != null) {
        cells(sheet.createRow(r++), List.of(table.subtitle()), null);
      }
      cells(sheet.createRow(r++), table.headers(), bold);
      for (List<String> row : table.rows()) {
        cells(sheet.createRow(r++), row, null);
      }
      for (int c = 0; c < table.headers().size(); c++) {
        sheet.setColumnWidth(c, (c == 0 ? 24 : 14) * 256);
      }
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] pdf(Table table) {
    BaseFont song = ChineseFont.song();
    Font title = new Font(song, 14, Font.BOLD);
    Font small = new Font(song, 8.5f);
    Font head = new Font(song, 8, Font.BOLD);
    Font body = new Font(song, 8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(table.title());
      document.open();
      Paragraph heading = new Paragraph(table.title(), title);
      heading.setAlignment(Element.ALIGN_CENTER);
      document.add(heading);
      if (table.subtitle() != null) {
        Paragraph subtitle = new Paragraph(table.subtitle(), small);
        subtitle.setSpacingAfter(6);
        document.add(subtitle);
      }
      PdfPTable grid = new PdfPTable(Math.max(1, table.headers().size()));
      grid.setWidthPercentage(100);
      grid.setHeaderRows(1);
      for (String header : table.headers()) {
        PdfPCell cell = new PdfPCell(new Phrase(header, head));
        cell.setBackgroundColor(new Color(235, 235, 235));
        grid.addCell(cell);
      }
      for (List<String> row : table.rows()) {
        for (String value : row) {
          grid.addCell(new Phrase(value == null ? "" : value, body));
        }
      }
      document.add(grid);
      document.close();
      return out.toByteArray();
    } catch (DocumentException e) {
      throw new IllegalStateException("the table PDF cannot be written", e);
    }
  }

  private static void cells(Row row, List<String> values, CellStyle style) {
    for (int i = 0; i < values.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellValue(values.get(i) == null ? "" : values.get(i));
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  /** A sheet name without the characters Excel refuses, at most 31 characters. */
  private static String sheetName(String name) {
    String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
    return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
  }
}
