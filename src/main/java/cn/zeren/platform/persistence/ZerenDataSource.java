package cn.zeren.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's own connection pool. Its connections come from {@link ConfiguredDataSource}, which reads the
 * database URL and credentials from MicroProfile Config ({@code db.url}, {@code db.user}, {@code db.password}; in
 * the environment {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), so the same WAR runs on the embedded H2
 * file database and on MySQL/MariaDB.
 *
 * <p>The pool validates a connection before handing it out ({@code Connection.isValid}), so after a database
 * restart broken connections are dropped and replaced without a restart of the portal.
 */
@DataSourceDefinition(
    name = ZerenDataSource.JNDI_NAME,
    className = "cn.zeren.platform.persistence.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.connection-creation-retry-attempts=3",
      "fish.payara.connection-creation-retry-interval-in-seconds=2"
    })
public final class ZerenDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/zeren";

  private ZerenDataSource() {}
}
