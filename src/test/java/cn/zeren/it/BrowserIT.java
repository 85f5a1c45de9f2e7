package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.security.Role;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The sign-in page, the menus of the demo roles, the lockout, signing out and the language, in headless Chromium
 * against the packaged portal on MariaDB. Tests that fail passwords use accounts of their own.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {
  /**
   * The menu of each role, as MenuBean mirrors the access rules: the foundation's entries plus those of the
   * obligation pages (我的任务, 合规矩阵 for roles that oversee, 节假日安排 for administrators, 规则包), the
   * inbox (消息, for everyone; its unread count is left out here), the report pages (我的报告 for drafters and
   * approvers, 报告审核 for reviewers, 逾期报告 for those who oversee), the commission's 评议会议, the signed lists
 * (签字清单 and 逾期整改 for every role that reads lists — not the administrator) and 签名公钥 for everyone.
   */
  private static final List<String> ADMIN_MENU =
      List.of(
          "首页", "我的任务", "消息", "合规矩阵", "组织机构", "人员管理", "节假日安排", "审计日志", "规则包", "签名公钥",
          "API 令牌");
  private static final List<String> COMMISSION_MENU =
      List.of(
          "首页", "我的任务", "消息", "报告审核", "逾期报告", "工作台账", "签字清单", "逾期整改", "合规矩阵", "监督看板",
          "约谈提醒", "约谈统筹", "评议会议", "责任追究", "责任追究统计", "考核指标", "考核评价", "组织机构", "审计日志", "规则包",
          "签名公钥", "API 令牌");
  private static final List<String> UNIT_MENU =
      List.of("首页", "我的任务", "消息", "我的报告", "工作台账", "签字清单", "逾期整改", "约谈提醒", "考核结果", "组织机构",
          "规则包", "签名公钥", "API 令牌");
  /** discipline1 acts first as 纪检组织负责人, who oversees the unit's obligations. */
  private static final List<String> DISCIPLINE_HEAD_MENU =
      List.of(
          "首页", "我的任务", "消息", "我的报告", "报告审核", "逾期报告", "工作台账", "签字清单", "逾期整改", "合规矩阵",
          "约谈提醒", "责任追究", "责任追究统计", "考核结果", "组织机构", "规则包", "签名公钥", "API 令牌");

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
    void eachDemoAccountSeesExactlyTheMenuOfItsRole() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("admin", ADMIN_MENU);
    expected.put("commission", COMMISSION_MENU);
    expected.put("reviewer", COMMISSION_MENU);
    expected.put("clerk1", UNIT_MENU);
    expected.put("leader1", UNIT_MENU);
    expected.put("clerk2", UNIT_MENU);
    expected.put("leader2", UNIT_MENU);
    expected.put("discipline1", DISCIPLINE_HEAD_MENU);

    List<String> wrong = new ArrayList<>();
    expected.forEach(
        (username, menu) -> {
          browser.forgetSession();
          if (username.equals("discipline1")) {
            browser.signInChoosingFirstRole(username, TestDatabase.DEMO_PASSWORD);
          } else {
            browser.signIn(username, TestDatabase.DEMO_PASSWORD);
          }
          if (!browser.path().endsWith("/index.xhtml")) {
            wrong.add(username + " landed on " + browser.path() + ": " + browser.text());
          } else if (!browser.menu().equals(menu)) {
            wrong.add(username + " sees " + browser.menu() + " instead of " + menu);
          }
        });
    assertEquals(List.of(), wrong);
  }

  @Test
  void someoneWithTwoRolesChoosesOneBeforeAnythingElse() {
    browser.signIn("discipline1", TestDatabase.DEMO_PASSWORD);
    assertTrue(browser.path().endsWith("/choose-role.xhtml"), browser.path());
    String choices = browser.text();
    assertTrue(choices.contains("纪检组织负责人") && choices.contains("班子成员"), choices);
  }

  @Test
  void aWrongPasswordIsRefusedInChinese() {
    String username = TestDatabase.newAccount("QSZ", Role.UNIT_CLERK);
    browser.signIn(username, "Wrong-password-1");
    assertTrue(browser.path().endsWith("/login.xhtml"), browser.path());
    assertTrue(browser.textOf("loginForm:messages").contains("用户名或密码错误"), browser.textOf("loginForm:messages"));
  }

  @Test
  void theSixthAttemptOnAFreshAccountIsRefusedAsLockedEvenWithTheRightPassword() {
    String username = TestDatabase.newAccount("QSZ", Role.UNIT_CLERK);
    for (int attempt = 1; attempt <= 5; attempt++) {
      browser.signIn(username, "Wrong-password-" + attempt);
    }
    browser.signIn(username, TestDatabase.TEST_PASSWORD);

    assertTrue(browser.path().endsWith("/login.xhtml"), "not signed in: " + browser.path());
    String message = browser.textOf("loginForm:messages");
    assertTrue(message.contains("账号已锁定"), message);
  }

  @Test
  void chineseTextRendersWithAChineseFont() throws IOException, InterruptedException {
    browser.go("login.xhtml");
    assertEquals("zh-CN", browser.language());
    assertTrue(browser.text().contains("两个责任监督平台"), browser.text());
    assertTrue(browser.title().contains("两个责任监督平台"), browser.title());
    assertTrue(Files.size(browser.screenshot("login-zh")) > 0);

    Process fontList = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
    assertTrue(fontList.waitFor(30, TimeUnit.SECONDS));
    String fonts = new String(fontList.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertFalse(fonts.isBlank(), "no Chinese font installed: Chinese renders as boxes (apt-get install fonts-wqy-zenhei)");
  }

  @Test
  void signingOutReturnsToTheSignInPageAndEndsTheSession() {
    browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
    assertTrue(browser.path().endsWith("/index.xhtml"), browser.path());
    Cookie session = browser.manage().getCookieNamed("ZERENSESSION");

    browser.clickAndWait("headerForm:signOut");
    assertTrue(browser.path().endsWith("/login.xhtml"), browser.path());
    assertTrue(browser.text().contains("您已安全退出"), browser.text());

    browser.forgetSession();
    browser.manage().addCookie(session);
    browser.go("index.xhtml");
    assertTrue(browser.path().endsWith("/login.xhtml"), "the old session still opens " + browser.path());
  }

  /**
   * Issue 13, finding 8: from the header of any page a person changes their own password, each mistake explained in
   * Chinese next to its field, and signs in with the new one.
   */
  @Test
  void aPersonChangesTheirOwnPasswordFromTheHeader() {
    String username = TestDatabase.newAccount("QSZ", Role.UNIT_CLERK);
    String newPassword = "Changed-password-2026";
    browser.signIn(username, TestDatabase.TEST_PASSWORD);
    browser.go("tasks.xhtml");
    browser.clickAndWait(By.cssSelector("header a[href$='/password.xhtml']"));
    assertTrue(browser.path().endsWith("/password.xhtml"), browser.path());

    changePassword("", newPassword, newPassword);
    assertFieldSays("currentPasswordMessage", "请输入当前密码");
    changePassword(TestDatabase.TEST_PASSWORD, newPassword, newPassword + "x");
    assertFieldSays("confirmationMessage", "两次输入的新密码不一致");
    changePassword(TestDatabase.TEST_PASSWORD, "short-1", "short-1");
    assertFieldSays("newPasswordMessage", "密码至少需要 10 个字符");
    changePassword("Wrong-password-1", newPassword, newPassword);
    assertFieldSays("currentPasswordMessage", "当前密码不正确");

    changePassword(TestDatabase.TEST_PASSWORD, newPassword, newPassword);
    assertTrue(browser.textOf("passwordForm:messages").contains("密码已修改"), browser.text());

    browser.clickAndWait("headerForm:signOut");
    browser.signIn(username, TestDatabase.TEST_PASSWORD);
    assertTrue(browser.path().endsWith("/login.xhtml"), "the old password still signs in: " + browser.path());
    browser.signIn(username, newPassword);
    assertTrue(browser.path().endsWith("/index.xhtml"), "the new password does not sign in: " + browser.path());
  }

  private void changePassword(String current, String replacement, String confirmation) {
    browser.type("passwordForm:currentPassword", current);
    browser.type("passwordForm:newPassword", replacement);
    browser.type("passwordForm:confirmation", confirmation);
    browser.clickAndWait("passwordForm:submit");
  }

  private void assertFieldSays(String messageId, String text) {
    String shown = browser.textOf("passwordForm:" + messageId);
    assertTrue(shown != null && shown.contains(text), messageId + " shows " + shown + " on " + browser.text());
  }

  @Test
  void theSignInPageSwitchesToEnglish() {
    browser.go("login.xhtml");
    browser.clickAndWait("languageForm:language");
    assertEquals("en", browser.language());
    assertTrue(browser.text().contains("Two Responsibilities Supervision Portal"), browser.text());
    assertTrue(browser.text().contains("Username"), browser.text());
  }

  @Test
  void theLanguageChosenBeforeSigningInStaysAndSwitchesBack() {
    browser.go("login.xhtml");
    browser.clickAndWait("languageForm:language");
    browser.signIn("admin", TestDatabase.DEMO_PASSWORD);
    assertEquals(
        List.of(
            "Home", "My tasks", "Messages", "Compliance matrix", "Organisations", "People", "Holiday schedules",
            "Audit trail", "Rule pack", "Signing keys", "API tokens"),
        browser.menu());

    browser.clickAndWait("headerForm:language");
    assertEquals("zh-CN", browser.language());
    assertEquals(ADMIN_MENU, browser.menu(), "and back to Chinese");
  }
}
