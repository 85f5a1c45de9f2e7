package cn.zeren.lists;

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
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The PDF of a signed list version (YW-11.3), in Chinese: the items, then each signature with signer, time,
 * opinion, SHA-256 of the content and the SM2 signature in base64; the signed message, the signature and the
 * signer's public key are embedded as file attachments ({@code message.json}, {@code signature.der},
 * {@code signer.pem}) so that the signature can be checked offline with OpenSSL 3 (docs/signatures.md). Set in
 * OpenPDF's STSong-Light like the meeting record.
 */
public final class ListPdf {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

  private final Font title;
  private final Font heading;
  private final Font body;
  private final Font small;
  private final Font mono;

  public ListPdf() {
    BaseFont song = ChineseFont.song();
    title = new Font(song, 16, Font.BOLD);
    heading = new Font(song, 12, Font.BOLD);
    body = new Font(song, 9.5f);
    small = new Font(song, 8.5f);
    mono = new Font(Font.COURIER, 7);
  }

  public byte[] write(ListDocument list) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(list.title());
      document.open();
      Paragraph name = new Paragraph(list.title(), title);
      name.setAlignment(Element.ALIGN_CENTER);
      name.setSpacingAfter(6);
      document.add(name);
      document.add(new Paragraph(t("list.pdf.basis", list.ruleId(), list.article()), small));
      document.add(items(list));
      for (ListDocument.Signed signed : list.signatures()) {
        signature(document, signed);
        attach(writer, signed, list.signatures().size() > 1);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the list could not be written as PDF", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private PdfPTable items(ListDocument list) {
    PdfPTable table = new PdfPTable(list.columns().size());
    table.setWidthPercentage(100);
    table.setSpacingBefore(10);
    table.setHeaderRows(1);
    list.columns().forEach(c -> table.addCell(cell(c, heading)));
    list.rows().forEach(row -> row.forEach(v -> table.addCell(cell(v, body))));
    return table;
  }

  private void signature(Document document, ListDocument.Signed signed) {
    Paragraph head = new Paragraph(t("list.pdf.signature", String.valueOf(signed.view().id())), heading);
    head.setSpacingBefore(14);
    head.setSpacingAfter(4);
    document.add(head);
    PdfPTable facts = new PdfPTable(new float[] {1.2f, 5f});
    facts.setWidthPercentage(100);
    row(facts, t("list.signature.signer"), signed.view().signerName() + "（" + signed.view().signerOrganisation()
        + " " + Texts.zh("role." + signed.view().signerRole()) + "）");
    row(facts, t("list.signature.at"), TIME.format(signed.view().signedAt()));
    row(facts, t("list.signature.opinion"), signed.view().opinion());
    facts.addCell(cell(t("list.signature.sha256"), small));
    facts.addCell(cell(signed.view().contentSha256(), mono));
    facts.addCell(cell(t("list.signature.value"), small));
    facts.addCell(cell(signed.signatureBase64(), mono));
    row(facts, t("list.signature.key"), signed.view().keyFingerprint());
    row(facts, t("list.pdf.offline"), t("list.pdf.offlineHow"));
    document.add(facts);
  }

  private static void attach(PdfWriter writer, ListDocument.Signed signed, boolean several) throws IOException {
    String prefix = several ? "signature-" + signed.view().id() + "-" : "";
    embed(writer, prefix + "message.json", signed.verification().message(), "list.pdf.attachment.message");
    embed(writer, prefix + "signature.der", signed.verification().signatureDer(), "list.pdf.attachment.signature");
    embed(writer, prefix + "signer.pem", signed.verification().publicKeyPem().getBytes(StandardCharsets.US_ASCII),
        "list.pdf.attachment.key");
  }

  /** An embedded file listed under its file name (what readers show and save it as), described in Chinese. */
  private static void embed(PdfWriter writer, String fileName, byte[] content, String descriptionKey)
      throws IOException {
    PdfFileSpecification file = PdfFileSpecification.fileEmbedded(writer, null, fileName, content);
    file.addDescription(t(descriptionKey), true);
    writer.addFileAttachment(fileName, file);
  }

  private void row(PdfPTable table, String label, String value) {
    table.addCell(cell(label, small));
    table.addCell(cell(value, body));
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setPadding(3);
    return cell;
  }

  private static String t(String key, Object... args) {
    return Texts.zh(key, args);
  }
}
