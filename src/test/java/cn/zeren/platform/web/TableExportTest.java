package cn.zeren.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {
  private static final TableExport.Table TABLE = new TableExport.Table("合规热力图", "2026 年 · 义乌市",
      List.of("单位", "按时完成率", "YW-9.1"), List.of(List.of("青山镇", "50%", "=1+1"), List.of("白沙镇", "100%", "")));

  @Test
  void theWorkbookHoldsTitleHeadersAndRowsAsText() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(TABLE)))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("合规热力图", sheet.getSheetName());
      assertEquals("合规热力图", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("2026 年 · 义乌市", sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals("按时完成率", sheet.getRow(2).getCell(1).getStringCellValue());
      assertEquals("青山镇", sheet.getRow(3).getCell(0).getStringCellValue());
      assertEquals("=1+1", sheet.getRow(3).getCell(2).getStringCellValue(), "never a formula");
      assertEquals(4, sheet.getLastRowNum());
    }
  }

  @Test
  void thePdfCarriesTheChineseText() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(TableExport.pdf(TABLE))) {
      String text = new PDFTextStripper().getText(pdf);
      for (String expected : List.of("合规热力图", "青山镇", "白沙镇", "按时完成率", "YW-9.1", "50%")) {
        assertTrue(text.contains(expected), expected + " missing from:\n" + text);
      }
    }
  }
}
