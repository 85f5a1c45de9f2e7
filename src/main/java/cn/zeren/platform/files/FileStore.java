package cn.zeren.platform.files;

import cn.zeren.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Formal documents on disk, outside the web root, in the directory {@code zeren.files.dir} (back it up with the
 * database). A file is stored under its SHA-256 ({@code ab/abcd…}), so a stored file never changes and every version
 * of a report keeps the document it was submitted with. Uploads larger than {@code zeren.files.max-bytes} or of a
 * kind {@link DocumentType} does not recognise by content are refused and leave nothing behind.
 */
@ApplicationScoped
public class FileStore {
  /** The form field that upload refusals name. */
  public static final String FIELD = "file";

  @Inject
  @ConfigProperty(name = "zeren.files.dir", defaultValue = "data/files")
  String directory;

  @Inject
  @ConfigProperty(name = "zeren.files.max-bytes", defaultValue = "20971520")
  long maxBytes;

  /** What was stored: the content's SHA-256 (hex), its size and its checked type. */
  public record StoredFile(String sha256, long size, DocumentType type) {}

  /** Checks and stores an upload; the name's extension must match the type found in the content. */
  public StoredFile store(String fileName, InputStream content) {
    Path temp = null;
    try {
      Path root = root();
      Files.createDirectories(root.resolve("tmp"));
      temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      long size = copyAtMost(content, temp, sha256);
      DocumentType type = check(fileName, temp, size);
      String hex = HexFormat.of().formatHex(sha256.digest());
      Path target = path(hex);
      Files.createDirectories(target.getParent());
      if (Files.exists(target)) {
        Files.delete(temp);
      } else {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return new StoredFile(hex, size, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      deleteLeftover(temp);
    }
  }

  /** The stored file with the given SHA-256. */
  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return root().resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  public long maxBytes() {
    return maxBytes;
  }

  private Path root() {
    return Path.of(directory).toAbsolutePath();
  }

  private long copyAtMost(InputStream content, Path temp, MessageDigest sha256) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
      for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
        size += n;
        if (size > maxBytes) {
          throw DomainException.onField(FIELD, "report.file.tooLarge", maxBytes / (1024 * 1024));
        }
        out.write(buffer, 0, n);
      }
    }
    return size;
  }

  private static DocumentType check(String fileName, Path temp, long size) {
    if (size == 0) {
      throw DomainException.onField(FIELD, "report.file.empty");
    }
    DocumentType type =
        DocumentType.detect(temp).orElseThrow(() -> DomainException.onField(FIELD, "report.file.type"));
    if (!type.fitsName(fileName)) {
      throw DomainException.onField(FIELD, "report.file.nameMismatch", fileName, type.name());
    }
    return type;
  }

  private static void deleteLeftover(Path temp) {
    try {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The last part of an uploaded name (some browsers send a whole path), checked for length and control characters;
   * a bad one is refused next to the form's {@code field}.
   */
  public static String cleanName(String fileName, String field) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
      throw DomainException.onField(field, "report.file.name");
    }
    return name;
  }
}
