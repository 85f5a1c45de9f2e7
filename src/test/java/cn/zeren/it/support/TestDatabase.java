package cn.zeren.it.support;

import cn.zeren.security.PasswordHasher;
import cn.zeren.security.Role;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * The test JVM's own JDBC access to the database the portal under test uses ({@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD}, as failsafe passes them to Payara Micro): to look up ids by code and to set up accounts
 * that a test may lock or change without touching the demo accounts other tests sign in with.
 */
public final class TestDatabase {
  /** The demo accounts' password (README). */
  public static final String DEMO_PASSWORD = "Zeren-demo-2026";
  /** The password of every account {@link #newAccount} creates. */
  public static final String TEST_PASSWORD = "Test-password-2026";

  private TestDatabase() {}

  public static String url() {
    String url = System.getenv("DB_URL");
    if (url == null || !url.startsWith("jdbc:mysql://")) {
      throw new IllegalStateException("DB_URL must name the MariaDB test database (see pom.xml), not " + url);
    }
    return url;
  }

  /** The database name at the end of {@code DB_URL}. */
  static String name() {
    String path = url().substring("jdbc:mysql://".length());
    String name = path.substring(path.indexOf('/') + 1);
    int query = name.indexOf('?');
    return query < 0 ? name : name.substring(0, query);
  }

  /** {@code DB_URL} without the database, for creating and dropping it. */
  static String serverUrl() {
    String url = url();
    return url.substring(0, url.indexOf('/', "jdbc:mysql://".length()) + 1);
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), credentials());
  }

  static Connection connectToServer() throws SQLException {
    return DriverManager.getConnection(serverUrl(), credentials());
  }

  private static Properties credentials() {
    Properties props = new Properties();
    props.setProperty("user", env("DB_USER", "root"));
    String password = env("DB_PASSWORD", "");
    if (!password.isEmpty()) {
      props.setProperty("password", password);
    }
    return props;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  /** The id of the organisation with the given code (e.g. "CZJ" for 市财政局). */
  public static long organisationId(String code) {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement("SELECT id FROM organisation WHERE code = ?")) {
      q.setString(1, code);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no organisation with code " + code + " (demo data missing?)");
        }
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A new person with an account (password {@link #TEST_PASSWORD}) and one role at the organisation with the
   * given code, written straight into the tables as an administrator would have set it up.
   *
   * @return the new account's username
   */
  public static String newAccount(String unitCode, Role role) {
    String username = "it-" + UUID.randomUUID().toString().substring(0, 12);
    long org = organisationId(unitCode);
    try (Connection c = connect()) {
      long person =
          insert(
              c,
              "INSERT INTO person (name, organisation_id, job_title, active, created_at, updated_at)"
                  + " VALUES (?, ?, '测试岗位', TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
              "测试" + username.substring(3, 9),
              org);
      insert(
          c,
          "INSERT INTO user_account (person_id, username, password_hash, created_at, updated_at)"
              + " VALUES (?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
          person,
          username,
          PasswordHasher.hash(TEST_PASSWORD.toCharArray()));
      insert(
          c,
          "INSERT INTO role_assignment (person_id, organisation_id, role, created_at, updated_at)"
              + " VALUES (?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
          person,
          org,
          role.name());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return username;
  }

  /**
   * Runs an UPDATE, INSERT or DELETE behind the portal's back (e.g. to tamper with a signed row).
   *
   * @return how many rows it changed
   */
  public static int update(String sql, Object... values) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = prepare(c, sql, values)) {
      return s.executeUpdate();
    }
  }

  /** The first column of the first row as text; no row fails the test. */
  public static String text(String sql, Object... values) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = prepare(c, sql, values); ResultSet rows = first(s, sql)) {
      return rows.getString(1);
    }
  }

  /** The first column of the first row as a number (a COUNT, an id); no row fails the test. */
  public static long count(String sql, Object... values) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = prepare(c, sql, values); ResultSet rows = first(s, sql)) {
      return rows.getLong(1);
    }
  }

  /** The first column of the first row as bytes; no row fails the test. */
  public static byte[] bytes(String sql, Object... values) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = prepare(c, sql, values); ResultSet rows = first(s, sql)) {
      return rows.getBytes(1);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... values) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
    return s;
  }

  private static ResultSet first(PreparedStatement s, String sql) throws SQLException {
    ResultSet rows = s.executeQuery();
    if (!rows.next()) {
      rows.close();
      throw new AssertionError("no row: " + sql);
    }
    return rows;
  }

  private static long insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
