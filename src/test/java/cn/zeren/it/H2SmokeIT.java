package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * README command 1 (`mvn -Prun`) in miniature: the packaged portal with no database configured runs on the
 * embedded H2 file under ./data/ (here the failsafe run's working directory, target/h2-smoke), seeds the demo
 * city, shows the sign-in page in Chinese and lets a demo account in. Run by its own failsafe execution, which
 * gives Payara Micro no DB_URL.
 */
@ExtendWith(ArquillianExtension.class)
class H2SmokeIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  @Test
  void theEmbeddedDatabaseIsTheDefaultAndLivesUnderData() {
    assertEquals(null, System.getenv("DB_URL"), "this run must not configure a database");
    assertTrue(Files.isRegularFile(Path.of("data", "zeren.mv.db")), "no H2 file under " + Path.of("data").toAbsolutePath());
  }

  @Test
  void theSignInPageIsInChinese() {
    HttpResponse<String> page = new PortalClient(Deployments.local(deployed)).get("login.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("lang=\"zh-CN\""), page.body());
    assertTrue(page.body().contains("两个责任监督平台"), page.body());
    assertTrue(page.body().contains("用户名"), page.body());
  }

  @Test
  void aDemoAccountSignsIn() {
    PortalClient client = new PortalClient(Deployments.local(deployed));
    HttpResponse<String> home = client.signIn("admin", "Zeren-demo-2026");
    assertEquals(200, home.statusCode());
    assertTrue(home.uri().getPath().endsWith("/index.xhtml"), home.uri() + "\n" + home.body());
    assertTrue(home.body().contains("周管理"), home.body());
    assertTrue(home.body().contains("系统管理员"), home.body());
  }

  /** The dashboard's aggregate queries (SUM over CASE, GROUP BY) run on H2 as on MariaDB. */
  @Test
  void theCommissionsDashboardRendersOnTheEmbeddedDatabase() {
    PortalClient client = new PortalClient(Deployments.local(deployed));
    client.signIn("commission", "Zeren-demo-2026");
    HttpResponse<String> dashboard = client.get("dashboard.xhtml");
    assertEquals(200, dashboard.statusCode());
    assertTrue(dashboard.body().contains("合规热力图"), dashboard.body());
    assertTrue(dashboard.body().contains("dashboard-unit.xhtml?year="), "the heat map lists units: " + dashboard.body());
  }
}
