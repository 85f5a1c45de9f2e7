package cn.zeren.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of formal document a report may carry (SPEC §11: official documents — PDF, OFD, DOCX, images), each
 * recognised by its content, never by its name or the type the browser claims: PDF and the images by their first
 * bytes; OFD (GB/T 33190) and DOCX, both ZIP packages, by the entry that makes them what they are.
 */
public enum DocumentType {
  PDF("application/pdf", List.of("pdf")),
  OFD("application/ofd", List.of("ofd")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
  JPEG("image/jpeg", List.of("jpg", "jpeg")),
  PNG("image/png", List.of("png"));

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int MAX_ZIP_ENTRIES = 10_000;

  private final String contentType;
  private final List<String> extensions;

  DocumentType(String contentType, List<String> extensions) {
    this.contentType = contentType;
    this.extensions = extensions;
  }

  public String contentType() {
    return contentType;
  }

  /** Does the file name's extension belong to this type ("报告.PDF" is a PDF's)? */
  public boolean fitsName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** The type of the stored file, judged by its content; empty when it is none of the accepted kinds. */
  public static Optional<DocumentType> detect(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(8);
      if (startsWith(head, PDF_MAGIC)) {
        return Optional.of(PDF);
      }
      if (startsWith(head, JPEG_MAGIC)) {
        return Optional.of(JPEG);
      }
      if (startsWith(head, PNG_MAGIC)) {
        return Optional.of(PNG);
      }
      return startsWith(head, ZIP_MAGIC) ? zipPackage(file) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An OFD package has OFD.xml at its root, a Word document word/document.xml; other ZIP files are neither. */
  private static Optional<DocumentType> zipPackage(Path file) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
        String name = entry.getName();
        if (name.equals("OFD.xml")) {
          return Optional.of(OFD);
        }
        if (name.equals("word/document.xml")) {
          return Optional.of(DOCX);
        }
      }
      return Optional.empty();
    } catch (java.util.zip.ZipException broken) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
  }
}
