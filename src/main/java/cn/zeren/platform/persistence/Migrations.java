package cn.zeren.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway's scripts under
 * {@code db/migration} are the only thing that creates or changes tables; they run unchanged on H2 (MySQL mode)
 * and MySQL/MariaDB. The start-up beans form one chain (GlassFish mistakes a diamond of {@code @DependsOn} for a
 * cycle): Migrations → ShippedSchedules → DemoDataSeeder → BootstrapAdministrator → ObligationSchedule →
 * ReminderJob.
 */
@Startup
@Singleton(name = "Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = ZerenDataSource.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .encoding("UTF-8")
            .validateMigrationNaming(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Zeren schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
