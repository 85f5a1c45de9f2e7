package cn.zeren.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (Selenium does not download a browser or a
 * driver here: there is no internet), with a fresh profile, and the few gestures the portal's tests need.
 */
public final class Browser implements AutoCloseable {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path profile;
  private final URI base;

  private Browser(ChromeDriver driver, Path profile, URI base) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
  }

  /** A new browser on the portal deployed at {@code base}. */
  public static Browser open(URI base) {
    Path profile;
    try {
      profile = Files.createTempDirectory("zeren-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("zeren.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(System.getProperty("zeren.chromedriver", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(PATIENCE);
    return new Browser(driver, profile, base);
  }

  /** Opens a page of the portal, e.g. "login.xhtml" or "organisation.xhtml?id=3". */
  public void go(String page) {
    driver.get(base.resolve(page).toString());
  }

  /** Signs in through the sign-in page and waits for the page that follows, whichever it is. */
  public void signIn(String username, String password) {
    go("login.xhtml");
    type("loginForm:username", username);
    type("loginForm:password", password);
    clickAndWait("loginForm:submit");
  }

  /** Signs in as someone with several roles and acts in the first one offered. */
  public void signInChoosingFirstRole(String username, String password) {
    signIn(username, password);
    waitFor(() -> path().endsWith("/choose-role.xhtml"), "the role choice after signing in as " + username);
    clickAndWait(driver.findElement(By.cssSelector("button[id$=':use']")));
  }

  public void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks a button that submits a form and waits until the next page has loaded. */
  public void clickAndWait(String id) {
    clickAndWait(driver.findElement(By.id(id)));
  }

  /** Clicks the first element the selector finds (a link in a table row) and waits for the next page. */
  public void clickAndWait(By selector) {
    clickAndWait(driver.findElement(selector));
  }

  /** An attribute of the first element the selector finds (e.g. the class of a compliance cell). */
  public String attribute(By selector, String name) {
    return driver.findElement(selector).getAttribute(name);
  }

  private void clickAndWait(WebElement element) {
    String what = "the page after clicking " + element.getAttribute("id") + " on " + path();
    ((JavascriptExecutor) driver).executeScript("window.zerenPreviousPage = true");
    element.click();
    waitFor(this::anotherPageLoaded, what);
  }

  /** Clicks a button guarded by a confirmation (p:confirm), answers yes and waits until the next page has loaded. */
  public void confirmAndWait(String id) {
    driver.findElement(By.id(id)).click();
    WebElement yes = driver.findElement(By.id("confirmYes"));
    waitFor(yes::isDisplayed, "the confirmation of " + id);
    clickAndWait(yes);
  }

  /**
   * Chooses the entry whose label starts with the text (as {@link #choose(String, String)}), then waits for what the
   * Ajax update of the choice shows.
   */
  public void choose(String menuId, String labelStart, By appearsAfter) {
    chooseWhere(menuId, label -> label.startsWith(labelStart), labelStart);
    waitFor(() -> has(appearsAfter), appearsAfter + " after choosing " + labelStart);
  }


  /** Puts a file into the form's file input, as choosing it in the browser's dialog would. */
  public void chooseFile(String formId, Path file) {
    driver.findElement(By.cssSelector("[id='" + formId + "'] input[type=file]")).sendKeys(file.toAbsolutePath().toString());
  }

  /** The labels of the side menu, top to bottom. */
  /**
   * Sets a form field's value as a script would (a date picker's {@code _input}) and selects the options of a
   * multiple select (a checkbox menu's hidden {@code _input} select) whose labels are given, without opening their
   * overlays: for forms with several such fields, whose pop-ups otherwise take the keystrokes meant for the next.
   */
  public void setValue(String id, String value) {
    ((JavascriptExecutor) driver).executeScript(
        "document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  /**
   * Selects, in the multiple choice with the id (a PrimeFaces checkbox menu: its hidden checkboxes and their labels),
   * the entries whose labels are given; fails when one is missing.
   */
  public void selectOptions(String id, String... labels) {
    Object missing = ((JavascriptExecutor) driver).executeScript(
        "var c = document.getElementById(arguments[0]); var wanted = arguments[1].slice();"
            + " c.querySelectorAll('input[type=checkbox]').forEach(function (cb) {"
            + "   var l = cb.id ? document.querySelector('label[for=\"' + CSS.escape(cb.id) + '\"]') : null;"
            + "   var t = l ? l.textContent.trim() : '';"
            + "   var i = wanted.indexOf(t); if (i >= 0) { cb.checked = true; wanted.splice(i, 1); } });"
            + " return wanted.join(',');",
        id, java.util.List.of(labels));
    if (missing != null && !missing.toString().isEmpty()) {
      throw new AssertionError("no entries " + missing + " in " + id);
    }
  }

  /** Clicks something that stays on the page (an Ajax button, a confirmation's answer). */
  public void click(String id) {
    click(By.id(id));
  }

  /** Clicks the first element the selector finds once it is shown (a menu's entry, a checkbox's label). */
  public void click(By selector) {
    waitFor(() -> has(selector) && driver.findElement(selector).isDisplayed(), selector + " to be shown");
    driver.findElement(selector).click();
  }

  /**
   * Chooses the entry with the label in a PrimeFaces select menu: opens its panel and clicks the entry until the
   * menu shows it (a click during the panel's opening animation can go unnoticed).
   */
  public void choose(String menuId, String label) {
    chooseWhere(menuId, label::equals, label);
  }

  private void chooseWhere(String menuId, Predicate<String> wanted, String description) {
    By panel = By.id(menuId + "_panel");
    By entries = By.cssSelector("[id='" + menuId + "_items'] li");
    waitFor(
        () -> {
          try {
            if (has(panel) && driver.findElement(panel).isDisplayed()) {
              driver.findElements(entries).stream()
                  .filter(li -> li.getAttribute("data-label") != null && wanted.test(li.getAttribute("data-label")))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("no entry " + description + " in " + menuId))
                  .click();
            } else {
              driver.findElement(By.id(menuId)).click();
            }
            String shown = textOf(menuId + "_label");
            return shown != null && wanted.test(shown);
          } catch (WebDriverException notYet) {
            return false;
          }
        },
        description + " chosen in " + menuId);
  }


  /** Waits until the element with the id shows the text (after an Ajax update or a poll). */
  public void waitForText(String id, String expected) {
    waitFor(
        () -> {
          try {
            String text = textOf(id);
            return text != null && text.contains(expected);
          } catch (WebDriverException replaced) {
            return false;
          }
        },
        "\"" + expected + "\" in " + id + " on " + path());
  }

  /** The side menu's entries, without the unread count the inbox entry carries ("消息（3）" reads "消息"). */
  public List<String> menu() {
    return driver.findElements(By.cssSelector("nav.zr-nav .ui-menuitem-text")).stream()
        .map(WebElement::getText)
        .map(entry -> entry.replaceAll("\\s*[（(]\\d+[）)]$", "").trim())
        .toList();
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The text of the element with the id, or null when the page has none. */
  public String textOf(String id) {
    try {
      return driver.findElement(By.id(id)).getText();
    } catch (NoSuchElementException e) {
      return null;
    }
  }

  public boolean has(By selector) {
    return !driver.findElements(selector).isEmpty();
  }

  public String language() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  /** The path of the current address, e.g. "/login.xhtml". */
  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  /** A query parameter of the current address, e.g. the report id of "report.xhtml?id=7". */
  public String param(String name) {
    String query = URI.create(driver.getCurrentUrl()).getQuery();
    for (String pair : query == null ? new String[0] : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    throw new AssertionError("no parameter " + name + " in " + driver.getCurrentUrl());
  }

  public String title() {
    return driver.getTitle();
  }

  public org.openqa.selenium.WebDriver.Options manage() {
    return driver.manage();
  }

  /** Forgets every cookie, i.e. the session: the next page is opened as a new visitor. */
  public void forgetSession() {
    driver.manage().deleteAllCookies();
  }

  /** Saves a PNG of the window under the integration tests' artifacts folder. */
  public Path screenshot(String name) {
    Path target = Path.of(System.getProperty("zeren.it.reports", "target/it-artifacts"), name + ".png");
    try {
      Files.createDirectories(target.getParent());
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** True once the window holds a new document (the old one carried a mark), completely loaded. */
  private boolean anotherPageLoaded() {
    try {
      return Boolean.TRUE.equals(
          ((JavascriptExecutor) driver)
              .executeScript("return window.zerenPreviousPage !== true && document.readyState === 'complete'"));
    } catch (WebDriverException navigating) {
      // asked while the old document was going away; ask again
      return false;
    }
  }

  private static void waitFor(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
