package cn.zeren.lists;

import cn.zeren.platform.i18n.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel workbook (.xlsx) of a list version: a sheet of its items under a heading (unit, year, version, article)
 * and, when it is signed, a sheet of its signatures. Cells are written as text: nothing a user typed is ever read
 * as a formula.
 */
public final class ListExcel {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  public byte[] write(ListDocument list) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      XSSFFont font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle wrap = book.createCellStyle();
      wrap.setWrapText(true);
      Sheet items = book.createSheet(safe(list.kindTitle()));
      int r = 0;
      text(items.createRow(r++), List.of(list.title()), bold, 0);
      text(items.createRow(r++), List.of(Texts.zh("list.pdf.basis", list.ruleId(), list.article())), null, 0);
      r++;
      text(items.createRow(r++), list.columns(), bold, 0);
      for (List<String> row : list.rows()) {
        text(items.createRow(r++), row, wrap, 0);
      }
      for (int c = 0; c < list.columns().size(); c++) {
        items.setColumnWidth(c, c == 0 ? 8 * 256 : 30 * 256);
      }
      if (!list.signatures().isEmpty()) {
        Sheet signatures = book.createSheet(Texts.zh("list.signatures"));
        text(signatures.createRow(0), List.of(Texts.zh("list.signature.signer"), Texts.zh("list.signature.at"),
            Texts.zh("list.signature.opinion"), Texts.zh("list.signature.sha256"), Texts.zh("list.signature.value")),
            bold, 0);
        int s = 1;
        for (ListDocument.Signed signed : list.signatures()) {
          text(signatures.createRow(s++), List.of(signed.view().signerName(), TIME.format(signed.view().signedAt()),
              signed.view().opinion(), signed.view().contentSha256(), signed.signatureBase64()), null, 0);
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Row row, List<String> values, CellStyle style, int from) {
    for (int i = 0; i < values.size(); i++) {
      var cell = row.createCell(from + i);
      cell.setCellValue(values.get(i) == null ? "" : values.get(i));
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  /** A sheet name without the characters Excel refuses, at most 31 characters. */
  private static String safe(String name) {
    String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
    return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
  }
}
