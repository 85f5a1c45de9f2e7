package cn.zeren.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the data lives: the embedded H2 file under ./data/ unless db.url says otherwise. */
class DatabaseSettingsTest {

  @Test
  void withoutConfigurationThePortalUsesTheEmbeddedH2FileUnderData() {
    DatabaseSettings settings = DatabaseSettings.from(config(Map.of()));
    assertEquals(DatabaseSettings.EMBEDDED_URL, settings.url());
    assertTrue(settings.url().startsWith("jdbc:h2:file:./data/"), settings.url());
    assertTrue(settings.url().contains("MODE=MySQL"), "H2 speaks the MySQL dialect the schema is written in");
    assertEquals("sa", settings.user());
    assertEquals("", settings.password());
    assertTrue(settings.embedded());
  }

  @Test
  void aMysqlUrlWithCredentialsIsTakenAsGiven() {
    DatabaseSettings settings =
        DatabaseSettings.from(
            config(
                Map.of(
                    "db.url", "jdbc:mysql://127.0.0.1:3306/zeren",
                    "db.user", "zeren",
                    "db.password", "s3cret")));
    assertEquals("jdbc:mysql://127.0.0.1:3306/zeren", settings.url());
    assertEquals("zeren", settings.user());
    assertEquals("s3cret", settings.password());
    assertFalse(settings.embedded());
  }

  @Test
  void aMysqlUrlWithoutAUserHasNoDefaultUser() {
    DatabaseSettings settings = DatabaseSettings.from(config(Map.of("db.url", "jdbc:mysql://db/zeren")));
    assertEquals("", settings.user());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:mysql://db/zeren?user=z&password=s3cret&useSSL=true | jdbc:mysql://db/zeren?user=z&password=***&useSSL=true",
        "jdbc:mysql://db/zeren?PASSWORD=s3cret | jdbc:mysql://db/zeren?PASSWORD=***",
        "jdbc:h2:file:./data/x;USER=sa;PASSWORD=s3cret;MODE=MySQL | jdbc:h2:file:./data/x;USER=sa;PASSWORD=***;MODE=MySQL",
        "jdbc:mysql://db/zeren?useSSL=true | jdbc:mysql://db/zeren?useSSL=true"
      })
  void theLoggedUrlNeverShowsAPassword(String url, String redacted) {
    DatabaseSettings settings = new DatabaseSettings(url, "z", "s3cret");
    assertEquals(redacted, settings.redactedUrl());
  }

  @Test
  void theEmbeddedUrlHasNothingToRedact() {
    DatabaseSettings settings = DatabaseSettings.from(config(Map.of()));
    assertEquals(DatabaseSettings.EMBEDDED_URL, settings.redactedUrl());
  }

  /** A configuration holding just the given properties; only the look-up DatabaseSettings uses is answered. */
  private static Config config(Map<String, String> values) {
    return (Config)
        Proxy.newProxyInstance(
            Config.class.getClassLoader(),
            new Class<?>[] {Config.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getOptionalValue") && args[1] == String.class) {
                return Optional.ofNullable(values.get((String) args[0]));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
