package cn.zeren.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A plain {@link DataSource} whose target is chosen by configuration at the first connection: the container's
 * pool ({@link ZerenDataSource}) wraps it. The driver is found from the URL, so an H2 URL needs no other setting
 * than a MySQL one.
 */
public class ConfiguredDataSource implements DataSource {
  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

  private volatile DatabaseSettings settings;
  private PrintWriter logWriter;
  private int loginTimeout;

  @Override
  public Connection getConnection() throws SQLException {
    DatabaseSettings s = settings();
    return connect(s.user(), s.password());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    if (user == null || user.isEmpty()) {
      return getConnection();
    }
    return connect(user, password);
  }

  private Connection connect(String user, String password) throws SQLException {
    DatabaseSettings s = settings();
    Properties props = new Properties();
    if (user != null && !user.isEmpty()) {
      props.setProperty("user", user);
    }
    if (password != null && !password.isEmpty()) {
      props.setProperty("password", password);
    }
    if (s.url().startsWith("jdbc:mysql:") && !s.url().contains("allowLoadLocalInfile")) {
      props.setProperty("allowLoadLocalInfileInPath", BulkLoad.directory().toString());
    }
    Driver driver = driverFor(s.url());
    Connection connection = driver.connect(s.url(), props);
    if (connection == null) {
      throw new SQLException("No JDBC driver accepts the URL " + s.redactedUrl());
    }
    return connection;
  }

  private Driver driverFor(String url) throws SQLException {
    ClassLoader loader = getClass().getClassLoader();
    for (String name : new String[] {"org.h2.Driver", "com.mysql.cj.jdbc.Driver"}) {
      try {
        Driver candidate =
            (Driver) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
        if (candidate.acceptsURL(url)) {
          return candidate;
        }
      } catch (ReflectiveOperationException | LinkageError notPresent) {
        // that driver is not on this class path; try the next
      }
    }
    return DriverManager.getDriver(url);
  }

  private DatabaseSettings settings() {
    DatabaseSettings s = settings;
    if (s == null) {
      Config config = ConfigProvider.getConfig(getClass().getClassLoader());
      s = DatabaseSettings.from(config);
      settings = s;
      LOG.info(() -> "Zeren database: " + settings.redactedUrl());
    }
    return s;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return LOG;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
