package cn.zeren.platform.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * Bulk insertion of generated rows with MySQL/MariaDB's {@code LOAD DATA LOCAL INFILE} (about three times faster
 * than multi-row INSERTs for the 100,000 obligation instances of a large city's year).
 *
 * <p>The rows go through a tab-separated file in a private directory that is the only place the driver may send
 * to the server ({@code allowLoadLocalInfileInPath}, set on every MySQL connection by {@link
 * ConfiguredDataSource}), so a server can never ask for any other file of this machine. When the server refuses
 * local files ({@code local_infile=OFF}, MySQL 8's default) or the database is H2, callers insert with INSERTs.
 */
public final class BulkLoad {
  private static final Logger LOG = Logger.getLogger(BulkLoad.class.getName());
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
  /** Rows per load file: large enough that a statement's overhead does not count, small enough to overlap. */
  private static final int CHUNK = 20_000;
  private static final String FILE = "{file}";
  private static volatile Path directory;

  private BulkLoad() {}

  /** The private directory for load files (created on first use, readable by this user only). */
  public static Path directory() {
    Path d = directory;
    if (d == null) {
      synchronized (BulkLoad.class) {
        if (directory == null) {
          directory = createDirectory();
        }
        d = directory;
      }
    }
    return d;
  }

  /** Whether the connection's server accepts {@code LOAD DATA LOCAL INFILE}. */
  public static boolean available(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (!product.contains("mysql") && !product.contains("mariadb")) {
      return false;
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT @@GLOBAL.local_infile")) {
      boolean on = r.next() && r.getInt(1) == 1;
      if (!on) {
        LOG.info("The database server has local_infile=OFF: bulk generation uses multi-row INSERTs (slower)");
      }
      return on;
    }
  }

  /**
   * Loads rows into a table, skipping those that collide with a unique key (as INSERT IGNORE does). The rows go in
   * chunks: while the server loads one, the next is written by the executor, so that the two cores of a small
   * server work at once.
   *
   * @param columns the columns the row values fill, in order
   * @param constants columns with the same value in every row (bound as parameters, not written per row)
   * @param rows each row's values: strings, numbers, dates, date-times (to the microsecond) or null (SQL NULL)
   * @param writer runs the writing of the next chunk's file
   * @return the number of rows inserted
   */
  public static int load(
      Connection c, String table, List<String> columns, Map<String, ?> constants,
      List<? extends List<?>> rows, Executor writer)
      throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    List<String> names = List.copyOf(constants.keySet());
    bindConstants(c, names, constants);
    String statement = statement(table, columns, names);
    int inserted = 0;
    CompletableFuture<Path> next = write(table, rows, 0, writer);
    try {
      for (int from = 0; from < rows.size(); from += CHUNK) {
        Path file = await(next);
        next = from + CHUNK < rows.size() ? write(table, rows, from + CHUNK, writer) : null;
        try (Statement s = c.createStatement()) {
          inserted += s.executeUpdate(statement.replace(FILE, file.toString().replace("\\", "/")));
        } finally {
          delete(file);
        }
      }
    } finally {
      if (next != null) {
        next.thenAccept(BulkLoad::delete);
      }
    }
    return inserted;
  }

  private static String statement(String table, List<String> columns, List<String> constants) {
    StringBuilder sql =
        new StringBuilder("LOAD DATA LOCAL INFILE '").append(FILE).append("' IGNORE INTO TABLE ").append(table)
            .append(" CHARACTER SET utf8mb4 (").append(String.join(", ", columns)).append(")");
    for (int i = 0; i < constants.size(); i++) {
      sql.append(i == 0 ? " SET " : ", ").append(constants.get(i)).append(" = @zeren_bulk_").append(i);
    }
    return sql.toString();
  }

  private static CompletableFuture<Path> write(
      String table, List<? extends List<?>> rows, int from, Executor writer) {
    List<? extends List<?>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            Path file = Files.createTempFile(directory(), table + "-", ".tsv");
            write(file, chunk);
            return file;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        writer);
  }

  private static Path await(CompletableFuture<Path> file) {
    try {
      return file.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "Load file " + file + " could not be deleted: " + e.getMessage());
    }
  }

  private static void bindConstants(Connection c, List<String> names, Map<String, ?> constants)
      throws SQLException {
    if (names.isEmpty()) {
      return;
    }
    StringBuilder sql = new StringBuilder("SET ");
    for (int i = 0; i < names.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("@zeren_bulk_").append(i).append(" = ?");
    }
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < names.size(); i++) {
        s.setObject(i + 1, constants.get(names.get(i)));
      }
      s.execute();
    }
  }

  private static void write(Path file, List<? extends List<?>> rows) {
    Map<Object, String> formatted = new HashMap<>();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      StringBuilder text = new StringBuilder(1 << 16);
      for (List<?> row : rows) {
        for (int i = 0; i < row.size(); i++) {
          Object value = row.get(i);
          text.append(i == 0 ? "" : "\t")
              .append(value instanceof TemporalAccessor ? formatted.computeIfAbsent(value, BulkLoad::field)
                  : field(value));
        }
        text.append('\n');
        if (text.length() > 60_000) {
          out.write(text.toString().getBytes(StandardCharsets.UTF_8));
          text.setLength(0);
        }
      }
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One field in LOAD DATA's default format: NULL as {@code \N}; tab, newline and backslash escaped. */
  static String field(Object value) {
    if (value == null) {
      return "\\N";
    }
    String text = value instanceof LocalDateTime t ? DATE_TIME.format(t) : value.toString();
    if (!needsEscape(text)) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\0' -> escaped.append("\\0");
        default -> escaped.append(ch);
      }
    }
    return escaped.toString();
  }

  private static boolean needsEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r' || ch == 0) {
        return true;
      }
    }
    return false;
  }

  private static Path createDirectory() {
    try {
      Path d = Files.createTempDirectory("zeren-bulk-");
      if (d.toString().contains("'")) {
        throw new IllegalStateException("The temporary directory's path may not contain a quote: " + d);
      }
      try {
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the temporary directory of the service account is already private to it
      }
      return d.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the directory for bulk load files", e);
    }
  }
}
