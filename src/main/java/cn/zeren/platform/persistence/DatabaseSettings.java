package cn.zeren.platform.persistence;

import org.eclipse.microprofile.config.Config;

/**
 * Where the portal's data lives. Without {@code db.url} the portal uses the embedded H2 file database under
 * {@code ./data/}, in MySQL mode, which is what the demo runs on.
 */
public record DatabaseSettings(String url, String user, String password) {
  public static final String EMBEDDED_URL =
      "jdbc:h2:file:./data/zeren;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH";

  static DatabaseSettings from(Config config) {
    String url = config.getOptionalValue("db.url", String.class).orElse(EMBEDDED_URL);
    String user = config.getOptionalValue("db.user", String.class).orElse(isH2(url) ? "sa" : "");
    String password = config.getOptionalValue("db.password", String.class).orElse("");
    return new DatabaseSettings(url, user, password);
  }

  public boolean embedded() {
    return isH2(url);
  }

  static boolean isH2(String url) {
    return url.startsWith("jdbc:h2:");
  }

  /** Never the password: a record's own toString would print it. */
  @Override
  public String toString() {
    return "DatabaseSettings[url=" + redactedUrl() + ", user=" + user + "]";
  }

  /** The URL without any password that may be written into it. */
  public String redactedUrl() {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
