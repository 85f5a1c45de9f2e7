package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.TestDatabase;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The pages in a browser: a clerk cannot open a unit outside their own, the administrator sees the tree, a clerk
 * sees their tasks with due dates and articles, the commission (and not a clerk) the compliance matrix.
 */
@ExtendWith(ArquillianExtension.class)
class AdminPagesIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL deployed;

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(Deployments.local(deployed));
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aUnitClerkOpeningAUnitOutsideTheirOwnGetsTheAccessDeniedPage() {
    browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
    browser.go("organisation.xhtml?id=" + TestDatabase.organisationId("CZJ"));

    assertNotNull(browser.textOf("errorTitle"), "no error page: " + browser.text());
    assertTrue(browser.textOf("errorMessage").contains("无权"), browser.textOf("errorMessage"));
    assertTrue(!browser.text().contains("市财政局党组"), "the unit's details leaked: " + browser.text());
  }

  @Test
  void aUnitClerkOpensTheirOwnUnit() {
    browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
    browser.go("organisation.xhtml?id=" + TestDatabase.organisationId("QSZ"));

    assertNull(browser.textOf("errorTitle"), browser.text());
    assertTrue(browser.text().contains("青山镇"), browser.text());
  }

  @Test
  void theAdministratorSeesTheWholeTree() {
    browser.signIn("admin", TestDatabase.DEMO_PASSWORD);
    browser.go("organisations.xhtml");

    assertNull(browser.textOf("errorTitle"), browser.text());
    assertTrue(browser.has(By.cssSelector(".ui-tree, .ui-treetable")), "no tree on the page: " + browser.text());
    String page = browser.text();
    for (String unit : new String[] {"示范市", "青山镇", "市财政局", "市中心医院"}) {
      assertTrue(page.contains(unit), unit + " missing from the tree: " + page);
    }
    browser.screenshot("organisations-admin");
  }
  @Test
  void aClerkSeesTheirTasksWithDueDatesAndArticles() {
    browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
    browser.go("tasks.xhtml");

    assertNull(browser.textOf("errorTitle"), browser.text());
    String page = browser.text();
    assertTrue(page.contains("YW-10.1"), "the annual report task: " + page);
    assertTrue(page.contains("-01-15 23:59:59"), "its due time in Beijing time: " + page);
    assertTrue(page.contains("第十条第（一）项"), "the article it comes from: " + page);
    assertTrue(browser.has(By.cssSelector(".zr-due")), page);
    browser.screenshot("tasks-clerk1");
  }

  @Test
  void theCommissionSeesTheComplianceMatrixAndOpensACell() {
    browser.signIn("commission", TestDatabase.DEMO_PASSWORD);
    browser.go("compliance.xhtml");

    assertNull(browser.textOf("errorTitle"), browser.text());
    assertTrue(browser.text().contains("青山镇"), browser.text());
    assertTrue(browser.text().contains("YW-6.2b"), browser.text());
    assertTrue(browser.has(By.cssSelector("a.zr-cell")), "no cell to open");
    browser.screenshot("compliance-commission");
  }

  @Test
  void aClerkMayNotOpenTheComplianceMatrix() {
    browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
    browser.go("compliance.xhtml");

    assertNotNull(browser.textOf("errorTitle"), "the matrix opened for a clerk: " + browser.text());
  }
  @Test
  void theAdministratorOpensTheAuditTrail() {
    browser.signIn("admin", TestDatabase.DEMO_PASSWORD);
    browser.go("audit.xhtml");

    assertNull(browser.textOf("errorTitle"), browser.text());
    assertTrue(browser.has(By.id("auditForm:auditTable")), "no audit table: " + browser.text());
    assertTrue(browser.text().contains("admin"), "the administrator's own sign-in is in the trail: " + browser.text());
  }

  @Test
  void aClerkMayNotOpenTheAuditTrailButManagesTheirTokens() {
    browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
    browser.go("audit.xhtml");
    assertNotNull(browser.textOf("errorTitle"), "the audit trail opened for a clerk: " + browser.text());

    browser.go("tokens.xhtml");
    assertNull(browser.textOf("errorTitle"), browser.text());
    assertTrue(browser.has(By.id("tokensForm:create")), "no way to create a token: " + browser.text());
  }
}
