package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit trail append-only in the database itself on MySQL and MariaDB: triggers refuse every UPDATE
 * and DELETE of {@code audit_entry}, whoever sends it. (The embedded H2 demo database relies on the application,
 * which has no path that edits or deletes audit rows.)
 */
public class V2__AuditAppendOnly extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
    if (!product.contains("mysql") && !product.contains("mariadb")) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      for (String event : new String[] {"UPDATE", "DELETE"}) {
        statement.execute(
            "CREATE TRIGGER audit_entry_no_" + event.toLowerCase(java.util.Locale.ROOT)
                + " BEFORE " + event + " ON audit_entry FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'");
      }
    }
  }
}
