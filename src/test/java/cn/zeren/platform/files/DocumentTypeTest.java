package cn.zeren.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.platform.DomainException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §11 (attachments): a formal document is accepted by its content — PDF, OFD, DOCX, JPEG, PNG — and only under
 * a name of its own kind; anything else, HTML above all, is refused and leaves no file behind.
 */
class DocumentTypeTest {
  @TempDir Path dir;

  static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
  static final byte[] HTML = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

  static Stream<Arguments> uploads() throws IOException {
    return Stream.of(
        Arguments.of("报告.pdf", PDF, DocumentType.PDF),
        Arguments.of("报告.PDF", PDF, DocumentType.PDF),
        Arguments.of("报告.docx", zip("[Content_Types].xml", "word/document.xml"), DocumentType.DOCX),
        Arguments.of("报告.ofd", zip("OFD.xml", "Doc_0/Document.xml"), DocumentType.OFD),
        Arguments.of("扫描件.jpg", JPEG, DocumentType.JPEG),
        Arguments.of("扫描件.png", PNG, DocumentType.PNG),
        Arguments.of("改名的PDF.docx", PDF, null),
        Arguments.of("报告.html", HTML, null),
        Arguments.of("报告.pdf", HTML, null),
        Arguments.of("压缩包.docx", zip("readme.txt"), null),
        Arguments.of("表格.docx", zip("xl/workbook.xml"), null),
        Arguments.of("坏的.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}, null));
  }

  @ParameterizedTest(name = "{0} → {2}")
  @MethodSource("uploads")
  void aDocumentIsAcceptedByItsContentAndAMatchingName(String name, byte[] content, DocumentType expected) {
    FileStore store = store(1024 * 1024);
    if (expected == null) {
      DomainException refused =
          assertThrows(DomainException.class, () -> store.store(name, new ByteArrayInputStream(content)));
      assertEquals("file", refused.getField());
    } else {
      FileStore.StoredFile stored = store.store(name, new ByteArrayInputStream(content));
      assertEquals(expected, stored.type());
      assertEquals(content.length, stored.size());
      assertTrue(Files.isRegularFile(store.path(stored.sha256())));
    }
    assertFalse(leftovers(), "no partial upload is left behind");
  }

  @Test
  void aFileOverTheConfiguredSizeIsRefused() {
    FileStore store = store(16);
    DomainException refused =
        assertThrows(DomainException.class, () -> store.store("报告.pdf", new ByteArrayInputStream(PDF)));
    assertEquals("report.file.tooLarge", refused.getKey());
    assertFalse(leftovers());
  }

  @Test
  void theSameContentIsStoredOnceUnderItsSha256() {
    FileStore store = store(1024);
    FileStore.StoredFile first = store.store("a.pdf", new ByteArrayInputStream(PDF));
    FileStore.StoredFile second = store.store("b.pdf", new ByteArrayInputStream(PDF));
    assertEquals(first.sha256(), second.sha256());
    assertEquals(64, first.sha256().length());
    assertEquals(Optional.of(DocumentType.PDF), DocumentType.detect(store.path(first.sha256())));
  }

  private FileStore store(long maxBytes) {
    FileStore store = new FileStore();
    store.directory = dir.toString();
    store.maxBytes = maxBytes;
    return store;
  }

  private boolean leftovers() {
    Path tmp = dir.resolve("tmp");
    try (Stream<Path> files = Files.exists(tmp) ? Files.list(tmp) : Stream.empty()) {
      return files.findAny().isPresent();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
