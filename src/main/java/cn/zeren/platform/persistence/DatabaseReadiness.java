package cn.zeren.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /health/ready}): the portal can serve requests only while its own database answers. Runs a
 * trivial query through the application's pool and reports DOWN when it fails, so that a load balancer stops
 * sending traffic until the database is back. The endpoint is public, so the answer says only UP or DOWN: the
 * database product and the reason of a failure (which may name hosts and accounts) go to the server log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
  private static final String NAME = "database";
  private static final int TIMEOUT_SECONDS = 3;

  @Resource(lookup = ZerenDataSource.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      try (ResultSet result = statement.executeQuery("SELECT 1")) {
        result.next();
      }
      return HealthCheckResponse.up(NAME);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "readiness: the database does not answer: {0}", e.toString());
      return HealthCheckResponse.down(NAME);
    }
  }
}
