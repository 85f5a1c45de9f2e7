package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Signatures and signing keys are written once (YW-11.3): on MySQL and MariaDB triggers refuse every UPDATE and
 * DELETE of {@code signature_record} and {@code signing_key}, as V2 does for the audit trail. (Verification does
 * not rely on them: a changed signature row no longer matches its SM2 signature.)
 */
public class V8_1__SignaturesAppendOnly extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (!product.contains("mysql") && !product.contains("mariadb")) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      for (String table : new String[] {"signature_record", "signing_key"}) {
        for (String event : new String[] {"UPDATE", "DELETE"}) {
          statement.execute(
              "CREATE TRIGGER " + table + "_no_" + event.toLowerCase(Locale.ROOT)
                  + " BEFORE " + event + " ON " + table + " FOR EACH ROW"
                  + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + table + " is append-only'");
        }
      }
    }
  }
}
