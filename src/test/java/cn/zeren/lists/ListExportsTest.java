package cn.zeren.lists;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.signature.SignatureView;
import cn.zeren.signature.SignedPackage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exports of a signed list version: the PDF carries the signature data and the offline files; Excel as text. */
class ListExportsTest {
  private static final byte[] MESSAGE = "{\"content\":{}}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] DER = {0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x02};
  private static final String PEM = "-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n";

  private static ListDocument document() {
    SignatureView view = new SignatureView(7, "LIST_VERSION", 3, 5, "青山镇 2026 年问题清单 第 1 版", 11, "孙纪检",
        "DISCIPLINE_HEAD", "青山镇", Instant.parse("2026-03-02T02:00:00Z"), "情况属实，同意。", "ab".repeat(32), 1,
        "cd".repeat(32));
    return new ListDocument("青山镇 2026 年问题清单（第 1 版）", "问题清单", "YW-11.1", "第十一条第（一）项", "青山镇", 2026, 1,
        "DISCIPLINE_HEAD", List.of("编号", "问题描述", "发现日期"),
        List.of(List.of("P1", "=HYPERLINK(\"x\")", "2026-03-02")),
        List.of(new ListDocument.Signed(view, "MEUCIQ==", new SignedPackage(7, MESSAGE, DER, PEM, "1234567812345678"))));
  }

  @Test
  void theSignedPdfShowsEachSignatureAndEmbedsMessageSignatureAndKeyForOfflineVerification() throws IOException {
    byte[] pdf = new ListPdf().write(document());
    try (PDDocument read = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(read);
      assertTrue(text.contains("孙纪检") && text.contains("情况属实，同意。") && text.contains("ab".repeat(32))
          && text.contains("MEUCIQ=="), text);
      Map<String, PDComplexFileSpecification> files =
          new PDDocumentNameDictionary(read.getDocumentCatalog()).getEmbeddedFiles().getNames();
      assertEquals(List.of("message.json", "signature.der", "signer.pem"),
          files.keySet().stream().sorted().collect(Collectors.toList()));
      assertArrayEquals(MESSAGE, files.get("message.json").getEmbeddedFile().toByteArray());
      assertArrayEquals(DER, files.get("signature.der").getEmbeddedFile().toByteArray());
      assertEquals(PEM, new String(files.get("signer.pem").getEmbeddedFile().toByteArray(), StandardCharsets.US_ASCII));
    }
  }

  @Test
  void theWorkbookHoldsEveryItemAsTextAndTheSignatures() throws IOException {
    byte[] xlsx = new ListExcel().write(document());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var items = book.getSheetAt(0);
      assertEquals("问题清单", items.getSheetName());
      assertEquals("P1", items.getRow(4).getCell(0).getStringCellValue());
      assertEquals("=HYPERLINK(\"x\")", items.getRow(4).getCell(1).getStringCellValue(), "typed text stays text");
      assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, items.getRow(4).getCell(1).getCellType());
      assertEquals("孙纪检", book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
    }
  }
}
