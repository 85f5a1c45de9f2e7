package cn.zeren.it.support;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: the WAR that `mvn package` built, exactly as it ships, plus — for tests that
 * run inside the server — the test classes.
 */
public final class Deployments {
  /**
   * The portal protects every URL but a few public ones, so the servlet through which Arquillian runs
   * in-container tests is opened with a constraint of its own (an exact pattern wins over "/*").
   */
  private static final String OPEN_TEST_RUNNER =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <name>zeren_arquillian_runner</name>
        <security-constraint>
          <web-resource-collection>
            <web-resource-name>arquillian test runner</web-resource-name>
            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
          </web-resource-collection>
        </security-constraint>
      </web-fragment>
      """;

  private Deployments() {}

  /** The packaged portal, for tests that use it from outside through HTTP or a browser. */
  public static WebArchive portal() {
    File war = new File(System.getProperty("zeren.war", "target/zeren.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war.getAbsolutePath() + " is missing: run the tests with `mvn verify`");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /** The packaged portal with test classes that run inside it, and the helpers for units of their own. */
  public static WebArchive portalWith(Class<?>... testClasses) {
    return portal()
        .addClasses(testClasses)
        .addClasses(Deployments.class, TestUnits.class, SignatureReaders.class)
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "zeren-arquillian-runner.jar")
                .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml"));
  }

  /**
   * The packaged portal with a test class that holds both in-container tests and {@code @RunAsClient} tests of the
   * browser and the API: one deployment (one Payara Micro start) for a whole feature. JUnit reflects on every
   * method and field of the class inside the server too, so the client-side helpers they name are added (loaded
   * there, never run: Selenium stays outside), with the test JVM's JDBC access.
   */
  public static WebArchive portalWithClientTests(Class<?>... testClasses) {
    return portalWith(testClasses).addClasses(PortalClient.class, Browser.class, TestDatabase.class);
  }

  /**
   * The archive as the runnable bundle ships it (ROOT.war, served at "/"): Payara then adds its own OpenAPI and
   * health endpoints to the portal, behind the portal's filters, instead of serving them beside it.
   */
  public static WebArchive servedAtRoot(WebArchive archive) {
    return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(archive);
  }

  /**
   * Payara Micro announces the machine's network address; the tests talk to it on the loopback instead.
   *
   * @return the deployment's base URI on 127.0.0.1, ending in "/"
   */
  public static URI local(URL deployed) {
    String path = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
    return URI.create("http://127.0.0.1:" + deployed.getPort() + path);
  }
}
