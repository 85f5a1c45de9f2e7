package cn.zeren.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each integration-test run an empty database before the first Payara Micro starts, so that Flyway builds
 * the schema and the demo city is seeded afresh: with {@code -Dzeren.it.freshDatabase=mariadb} it drops and
 * recreates the database named in {@code DB_URL} (and drops it at the end, unless
 * {@code -Dzeren.it.keepDatabase=true}); with {@code embedded} it deletes the H2 files under {@code ./data/}. Without
 * the property (unit tests) it does nothing. Registered in META-INF/services.
 */
public class FreshDatabase implements LauncherSessionListener {
  static final String MODE = "zeren.it.freshDatabase";
  private static final Logger LOG = Logger.getLogger(FreshDatabase.class.getName());

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    switch (System.getProperty(MODE, "")) {
      case "mariadb" -> recreate();
      case "embedded" -> deleteEmbeddedFiles();
      default -> { }
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if ("mariadb".equals(System.getProperty(MODE)) && !Boolean.getBoolean("zeren.it.keepDatabase")) {
      server("DROP DATABASE IF EXISTS `" + TestDatabase.name() + "`");
    }
  }

  private static void recreate() {
    String name = TestDatabase.name();
    if (!name.matches("zeren_it[a-z0-9_]*")) {
      throw new IllegalStateException("refusing to drop a database not named zeren_it…: " + name);
    }
    server("DROP DATABASE IF EXISTS `" + name + "`");
    server("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    LOG.info(() -> "Integration tests use the fresh database " + name);
  }

  private static void server(String sql) {
    try (Connection connection = TestDatabase.connectToServer();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          sql + " failed: is MariaDB running on " + TestDatabase.serverUrl() + " (see .ci/run)?", e);
    }
  }

  private static void deleteEmbeddedFiles() {
    Path data = Path.of("data").toAbsolutePath();
    if (Files.isDirectory(data)) {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(FreshDatabase::delete);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    LOG.info(() -> "Integration tests start on an empty embedded database under " + data);
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
