package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.directory.OrganisationForm;
import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonService;
import cn.zeren.it.support.Browser;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.PortalClient;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.it.support.TestUnits;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.Person;
import cn.zeren.organisation.Position;
import cn.zeren.organisation.PositionKind;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.persistence.ZerenDataSource;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import cn.zeren.security.RoleAssignment;
import cn.zeren.security.SignInOutcome;
import cn.zeren.security.SignInService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;

/**
 * The foundation (issues 1 and 2) in one deployment. Its services inside Payara Micro on MariaDB, acting as the demo
 * administrator and clerks: the organisation tree, people and roles, the sign-in lockout, and the audit trail of what
 * they wrote. Each service test makes its own units, people and accounts, so the tests run in any order against the
 * one seeded database.
 *
 * <p>From outside ({@link RunAsClient}): the REST API (/api/v1) and the health check — personal tokens for a
 * username and password, the caller's identity, the same access rules as the pages, RFC 9457 problem details for
 * refusals, the calendar and the obligations; and the pages in headless Chromium — a clerk cannot open a unit
 * outside their own, the administrator sees the tree and the audit trail, a clerk sees their tasks with due dates
 * and articles and manages their tokens, the commission (and not a clerk) the compliance matrix.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {
  private static final String PASSWORD = "Test-password-2026";
  private static final String PROBLEM_JSON = "application/problem+json";
  /** Served at the root as in production, so that /openapi and /health are the portal's own (issue 13). */
  @Deployment
  static WebArchive deployment() {
    return Deployments.servedAtRoot(Deployments.portalWithClientTests(FoundationIT.class, AuditRow.class, Written.class));
  }

  @ArquillianResource URL deployed;

  @Inject OrganisationService organisations;
  @Inject PersonService people;
  @Inject SignInService signIn;
  @Inject ActorResolver actors;

  // ---- organisation tree (组织机构) ----

  @Test
  void anAdministratorCreatesAUnitBelowTheRoot() throws Exception {
    Organisation root = as(admin(), organisations::root);
    Organisation unit = as(admin(), () -> organisations.create(draft("新建测试镇"), root.getId()));

    Organisation stored = as(admin(), () -> organisations.get(unit.getId()));
    assertEquals(root.getPath() + unit.getId() + "/", stored.getPath());
    assertEquals("新建测试镇", stored.getName());
    assertTrue(stored.isActive());
    assertTrue(ids(as(admin(), organisations::visibleTree)).contains(unit.getId()));
    assertFalse(ids(as(clerk1(), organisations::visibleTree)).contains(unit.getId()), "outside 青山镇");
  }

  @Test
  void aSecondUnitWithTheSameCodeIsRefused() throws Exception {
    long root = rootId();
    Organisation first = as(admin(), () -> organisations.create(draft("代码唯一甲"), root));
    Organisation twin = draft("代码唯一乙");
    twin.setCode(first.getCode());

    DomainException refusal = refused(admin(), () -> organisations.create(twin, root));
    assertEquals("organisation.code.taken", refusal.getKey());
    assertEquals("code", refusal.getField());
  }

  @Test
  void movingAUnitMovesThePathsOfItsWholeSubtree() throws Exception {
    long root = rootId();
    Organisation a = create("迁移原上级", root);
    Organisation b = create("迁移单位", a.getId());
    Organisation c = create("迁移下级", b.getId());
    Organisation d = create("迁移新上级", root);

    as(admin(), () -> organisations.move(b.getId(), reload(b).getVersion(), d.getId()));

    Organisation movedB = reload(b);
    assertEquals(reload(d).getPath() + b.getId() + "/", movedB.getPath());
    assertEquals(d.getId(), movedB.getParent().getId());
    assertEquals(movedB.getPath() + c.getId() + "/", reload(c).getPath(), "the child moves along");
    assertEquals(a.getPath(), reload(a).getPath(), "the old parent stays");
    assertFalse(reload(a).contains(reload(c)));
  }

  @Test
  void aUnitCannotMoveIntoItsOwnSubtree() throws Exception {
    Organisation a = create("循环测试上级", rootId());
    Organisation b = create("循环测试下级", a.getId());
    Organisation c = create("循环测试孙级", b.getId());

    for (Organisation target : List.of(c, b, a)) {
      DomainException refusal =
          refused(admin(), () -> organisations.move(a.getId(), reload(a).getVersion(), target.getId()));
      assertEquals("organisation.move.cycle", refusal.getKey(), "into " + target.getName());
    }
    assertEquals(a.getPath(), reload(a).getPath());
    assertEquals(c.getPath(), reload(c).getPath());
  }

  @Test
  void aUnitWithActiveSubUnitsCannotBeDeactivated() throws Exception {
    Organisation parent = create("停用测试上级", rootId());
    Organisation child = create("停用测试下级", parent.getId());

    DomainException refusal =
        refused(admin(), () -> organisations.deactivate(parent.getId(), reload(parent).getVersion()));
    assertEquals("organisation.deactivate.children", refusal.getKey());
    assertTrue(reload(parent).isActive());

    as(admin(), () -> organisations.deactivate(child.getId(), reload(child).getVersion()));
    as(admin(), () -> organisations.deactivate(parent.getId(), reload(parent).getVersion()));
    assertFalse(reload(parent).isActive(), "once its sub-units are deactivated, it can be");
  }

  @Test
  void aUnitWithHistoryCannotBeDeleted() throws Exception {
    Organisation withPerson = create("删除测试有人员", rootId());
    as(admin(), () -> people.create(person("删除测试人", withPerson)));
    Organisation withChild = create("删除测试有下级", rootId());
    create("删除测试下级", withChild.getId());

    for (Organisation unit : List.of(withPerson, withChild)) {
      DomainException refusal = refused(admin(), () -> deleteAs(unit));
      assertEquals("organisation.delete.hasHistory", refusal.getKey(), unit.getName());
      assertNotNull(reload(unit), "still there");
    }
  }

  @Test
  void aUnitCreatedByMistakeCanBeDeleted() throws Exception {
    Organisation mistake = create("误建单位", rootId());
    as(admin(), () -> deleteAs(mistake));
    assertThrows(NotFoundException.class, () -> reload(mistake));
  }

  @Test
  void aUnitClerkCannotOpenAUnitOutsideTheirOwn() throws Exception {
    long finance = idOf("CZJ");
    AccessDeniedException denied =
        assertThrows(AccessDeniedException.class, () -> as(clerk1(), () -> organisations.get(finance)));
    assertEquals("error.accessDenied", denied.getKey());
    assertEquals("市财政局", as(actor("clerk2"), () -> organisations.get(finance)).getName(), "its own clerk may");
    assertEquals("青山镇", as(clerk1(), () -> organisations.get(idOf("QSZ"))).getName());
  }

  @Test
  void onlyAnAdministratorChangesTheTree() throws Exception {
    long township = idOf("QSZ");
    assertThrows(
        AccessDeniedException.class, () -> as(clerk1(), () -> organisations.create(draft("越权新建"), township)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(actor("commission"), () -> organisations.create(draft("越权新建"), township)));
    assertThrows(
        AccessDeniedException.class, () -> as(Actor.anonymous("127.0.0.1"), () -> organisations.get(township)));
  }

  // ---- people, posts and roles (人员、职务、角色) ----

  @Test
  void aUnitHasOnlyOnePrimaryLeaderAtATime() throws Exception {
    Organisation unit = create("一把手测试单位", rootId());
    Person first = as(admin(), () -> people.create(person("第一书记", unit)));
    Person second = as(admin(), () -> people.create(person("第二书记", unit)));
    Position held = as(admin(), () -> people.addPosition(post(unit, first, PositionKind.PRIMARY_LEADER)));

    DomainException refusal =
        refused(admin(), () -> people.addPosition(post(unit, second, PositionKind.PRIMARY_LEADER)));
    assertEquals("position.single", refusal.getKey());
    assertEquals("kind", refusal.getField());

    as(admin(), () -> people.addPosition(post(unit, second, PositionKind.TEAM_MEMBER)));
    long version = as(admin(), () -> people.positionsOf(unit.getId())).stream()
        .filter(p -> p.getId().equals(held.getId()))
        .findFirst()
        .orElseThrow()
        .getVersion();
    as(admin(), () -> runs(() -> people.endPosition(held.getId(), version)));
    Position successor = as(admin(), () -> people.addPosition(post(unit, second, PositionKind.PRIMARY_LEADER)));
    assertNotNull(successor.getId(), "after the first one's post ended");
  }

  @Test
  void anAssignedRoleIsWhatThePersonThenActsIn() throws Exception {
    Organisation unit = create("角色测试单位", rootId());
    Person person = as(admin(), () -> people.create(person("角色测试人", unit)));
    String username = newUsername();
    as(admin(), () -> runs(() -> people.createAccount(person.getId(), username, PASSWORD.toCharArray())));

    RoleAssignment assignment = as(admin(), () -> people.assignRole(person.getId(), unit.getId(), Role.UNIT_CLERK));

    assertEquals(
        List.of(assignment.getId()),
        as(admin(), () -> people.rolesOf(person.getId())).stream().map(RoleAssignment::getId).toList());
    Actor acting = actors.resolve(username, null, "127.0.0.1");
    assertEquals(Role.UNIT_CLERK, acting.role());
    assertEquals(unit.getId(), acting.orgId());
    assertEquals(reload(unit).getPath(), acting.orgPath());

    DomainException twice = refused(admin(), () -> people.assignRole(person.getId(), unit.getId(), Role.UNIT_CLERK));
    assertEquals("role.duplicate", twice.getKey());
    assertThrows(
        AccessDeniedException.class,
        () -> as(clerk1(), () -> people.assignRole(person.getId(), idOf("QSZ"), Role.SYSTEM_ADMIN)));
  }

  // ---- sign-in and lockout (登录锁定) ----

  @Test
  void theFifthFailureLocksAndTheSixthAttemptIsRefusedEvenWithTheRightPassword() throws Exception {
    String username = newAccount("锁定测试人");
    for (int failure = 1; failure <= 4; failure++) {
      SignInOutcome outcome = signIn.verify(username, "wrong-password".toCharArray());
      assertEquals(SignInOutcome.Status.BAD_CREDENTIALS, outcome.status(), "failure " + failure);
      assertEquals(5 - failure, outcome.remainingAttempts(), "failure " + failure);
    }
    Instant fifth = Instant.now();
    SignInOutcome locked = signIn.verify(username, "wrong-password".toCharArray());
    assertEquals(SignInOutcome.Status.LOCKED, locked.status());
    Duration lockout = Duration.between(fifth, locked.lockedUntil());
    assertTrue(lockout.compareTo(Duration.ofMinutes(14)) > 0 && lockout.compareTo(Duration.ofMinutes(16)) < 0,
        "locked for 15 minutes, not " + lockout);

    SignInOutcome sixth = signIn.verify(username, PASSWORD.toCharArray());
    assertEquals(SignInOutcome.Status.LOCKED, sixth.status(), "even the right password is refused");
    assertTrue(
        Duration.between(locked.lockedUntil(), sixth.lockedUntil()).abs().compareTo(Duration.ofSeconds(1)) < 0,
        "a refused attempt does not extend the lock: " + locked.lockedUntil() + " then " + sixth.lockedUntil());
  }

  @Test
  void aSuccessfulSignInResetsTheFailureCount() throws Exception {
    String username = newAccount("重置测试人");
    for (int failure = 1; failure <= 4; failure++) {
      signIn.verify(username, "wrong-password".toCharArray());
    }
    assertEquals(4, actors.account(username).orElseThrow().getFailedAttempts());

    assertEquals(SignInOutcome.Status.SUCCESS, signIn.verify(username, PASSWORD.toCharArray()).status());
    assertEquals(0, actors.account(username).orElseThrow().getFailedAttempts());
    assertNotNull(actors.account(username).orElseThrow().getLastSignInAt());
    SignInOutcome next = signIn.verify(username, "wrong-password".toCharArray());
    assertEquals(4, next.remainingAttempts(), "counting starts again from zero");
  }

  /**
   * Issue 13, finding 4: the locked-out owner's way back that no attacker can block — the administrator's unlock —
   * is audited, and the owner signs in at once.
   */
  @Test
  void anAdministratorsUnlockLetsTheOwnerBackInAndIsAudited() throws Exception {
    String username = newAccount("解锁测试人");
    for (int failure = 1; failure <= 5; failure++) {
      signIn.verify(username, "wrong-password".toCharArray());
    }
    assertEquals(SignInOutcome.Status.LOCKED, signIn.verify(username, PASSWORD.toCharArray()).status());
    long personId = actors.account(username).orElseThrow().getPerson().getId();
    Actor clerk = actors.resolve("clerk1", null, "127.0.0.1");
    assertThrows(AccessDeniedException.class, () -> as(clerk, () -> runs(() -> people.unlock(personId))),
        "not everyone unlocks");
    as(admin(), () -> runs(() -> people.unlock(personId)));
    assertEquals(SignInOutcome.Status.SUCCESS, signIn.verify(username, PASSWORD.toCharArray()).status());
    long accountId = actors.account(username).orElseThrow().getId();
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCOUNT_UNLOCKED'"
        + " AND entity_id = ? AND actor_username = 'admin'", String.valueOf(accountId)), "who unlocked whom");
  }

  @Test
  void anUnknownUsernameIsABadCredentialNotAHint() {
    SignInOutcome outcome = signIn.verify("nobody-" + UUID.randomUUID(), PASSWORD.toCharArray());
    assertEquals(SignInOutcome.Status.BAD_CREDENTIALS, outcome.status());
  }

  // ---- audit trail (审计日志) ----

  @Test
  void everyWriteIsAuditedWithWhoInWhichRoleAndWhere() throws Exception {
    Actor admin = admin();
    Written written = writeOneOfEach(admin);

    List<AuditRow> unitRows = AuditRow.of("Organisation", written.unit().getId());
    AuditRow.one(unitRows, "CREATE");
    unitRows.forEach(r -> r.assertActedBy(admin));
    AuditRow.one(AuditRow.of("Person", written.person().getId()), "CREATE").assertActedBy(admin);
    AuditRow.one(AuditRow.of("RoleAssignment", written.role().getId()), "CREATE").assertActedBy(admin);
    AuditRow.one(AuditRow.of("Position", written.post().getId()), "CREATE").assertActedBy(admin);
    List<AuditRow> accountRows = AuditRow.of("UserAccount", written.accountId());
    AuditRow.one(accountRows, "CREATE").assertActedBy(admin);

    assertEquals(5, accountRows.stream().filter(r -> r.action().equals("SIGN_IN_FAILED")).count(), "" + accountRows);
    AuditRow lock = AuditRow.one(accountRows, "ACCOUNT_LOCKED");
    assertEquals(written.username(), lock.username(), "the person whose account it is");
    assertEquals(written.person().getId(), lock.personId());
    assertTrue(lock.changes().containsKey("lockedUntil"), "" + lock);
  }

  /**
   * What was written must be in the trail too: the values of a new record (never a password hash) and the old and
   * new value of each changed attribute.
   */
  @Test
  void theAuditTrailSaysWhatWasWrittenAndWhatChanged() throws Exception {
    Written written = writeOneOfEach(admin());
    Organisation unit = written.unit();

    List<AuditRow> unitRows = AuditRow.of("Organisation", unit.getId());
    AuditRow created = AuditRow.one(unitRows, "CREATE");
    assertEquals("审计测试单位", created.string("name"), "" + created);
    assertEquals(reload(unit).getCode(), created.string("code"), "" + created);
    assertTrue(
        unitRows.stream().anyMatch(r -> r.changed("name", "审计测试单位", "审计测试新名")), "the rename: " + unitRows);
    String oldPath = written.root().getPath() + unit.getId() + "/";
    String newPath = reload(written.newParent()).getPath() + unit.getId() + "/";
    assertTrue(unitRows.stream().anyMatch(r -> r.changed("path", oldPath, newPath)), "the move: " + unitRows);

    AuditRow person = AuditRow.one(AuditRow.of("Person", written.person().getId()), "CREATE");
    assertEquals("审计测试人", person.string("name"), "" + person);
    AuditRow role = AuditRow.one(AuditRow.of("RoleAssignment", written.role().getId()), "CREATE");
    assertEquals("UNIT_CLERK", role.string("role"), "" + role);
    AuditRow account = AuditRow.one(AuditRow.of("UserAccount", written.accountId()), "CREATE");
    assertEquals(written.username(), account.string("username"), "" + account);
    assertEquals("***", account.string("password_hash"), "the hash never enters the trail: " + account);
  }

  /** What {@link #writeOneOfEach} wrote, as the administrator. */
  record Written(
      Organisation root, Organisation unit, Organisation newParent, Person person, String username, long accountId,
      RoleAssignment role, Position post) {}

  /**
   * As the administrator: creates, renames and moves a unit, creates a person with an account, a role and a post;
   * then fails the new account's password five times, which locks it.
   */
  private Written writeOneOfEach(Actor admin) throws Exception {
    Organisation root = as(admin, organisations::root);
    Organisation unit = as(admin, () -> organisations.create(draft("审计测试单位"), root.getId()));
    as(admin, () -> organisations.update(unit.getId(), reload(unit).getVersion(), renamed(reload(unit), "审计测试新名")));
    Organisation newParent = as(admin, () -> organisations.create(draft("审计测试新上级"), root.getId()));
    as(admin, () -> organisations.move(unit.getId(), reload(unit).getVersion(), newParent.getId()));
    Person person = as(admin, () -> people.create(person("审计测试人", unit)));
    String username = newUsername();
    as(admin, () -> runs(() -> people.createAccount(person.getId(), username, PASSWORD.toCharArray())));
    RoleAssignment role = as(admin, () -> people.assignRole(person.getId(), unit.getId(), Role.UNIT_CLERK));
    Position post = as(admin, () -> people.addPosition(post(unit, person, PositionKind.TEAM_MEMBER)));
    for (int i = 0; i < 5; i++) {
      signIn.verify(username, "wrong-password".toCharArray());
    }
    long accountId = actors.account(username).orElseThrow().getId();
    return new Written(root, unit, newParent, person, username, accountId, role, post);
  }

  // ---- from outside (@RunAsClient): the browser and the API ----

  @Test
  @RunAsClient
  void aUsernameAndPasswordBuyAToken() {
    PortalClient api = portal();
    HttpResponse<String> issued = issueToken(api, "clerk1", TestDatabase.DEMO_PASSWORD);
    assertEquals(201, issued.statusCode(), issued.body());
    assertFalse(PortalClient.json(issued).getString("token", "").isBlank(), issued.body());
  }

  @Test
  @RunAsClient
  void theTokenSaysWhoIsCalling() {
    PortalClient api = portal();
    HttpResponse<String> me = api.send(api.withToken("api/v1/me", api.token("clerk1")).GET().build());
    assertEquals(200, me.statusCode(), me.body());
    JsonObject body = PortalClient.json(me);
    assertEquals("clerk1", body.getString("username"), me.body());
    assertEquals("陈文书", body.getString("name"), me.body());
  }

  @Test
  @RunAsClient
  void aClerksTokenCannotReadAUnitOutsideTheirOwn() {
    PortalClient api = portal();
    long finance = TestDatabase.organisationId("CZJ");
    HttpResponse<String> refused =
        api.send(api.withToken("api/v1/organisations/" + finance, api.token("clerk1")).GET().build());
    assertEquals(403, refused.statusCode(), refused.body());
    assertProblem(refused);
  }

  @Test
  @RunAsClient
  void anAdministratorsTokenReadsAnyUnit() {
    PortalClient api = portal();
    long finance = TestDatabase.organisationId("CZJ");
    HttpResponse<String> unit = api.send(api.withToken("api/v1/organisations/" + finance, api.token("admin")).GET().build());
    assertEquals(200, unit.statusCode(), unit.body());
    assertTrue(unit.body().contains("市财政局"), unit.body());
  }

  @Test
  @RunAsClient
  void noTokenIsAnUnauthorisedProblem() {
    PortalClient api = portal();
    HttpResponse<String> refused = api.send(api.request("api/v1/me").header("Accept", "application/json").GET().build());
    assertEquals(401, refused.statusCode(), refused.body());
    assertProblem(refused);
  }

  /**
   * Issue 13, finding 2 (CSRF): the API takes bearer tokens only. A browser signed in on the pages, made by another
   * site to post to the API, writes nothing: 401 {@code bearer-required}, whatever the Origin and the content type.
   */
  @Test
  @RunAsClient
  void thePagesSessionCookieDoesNotCallTheApiSoNoOtherSiteCanForgeAWrite() throws Exception {
    PortalClient browser = portal();
    assertEquals(200, browser.signIn("admin", TestDatabase.DEMO_PASSWORD).statusCode());
    HttpResponse<String> forged =
        browser.send(browser.request("api/v1/obligations/generation/2098")
            .header("Origin", "http://evil.example")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("")).build());
    assertEquals(401, forged.statusCode(), forged.body());
    assertProblem(forged);
    assertEquals("urn:zeren:problem:bearer-required", PortalClient.json(forged).getString("type"), forged.body());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM obligation WHERE year_no = 2098"), "nothing generated");
    HttpResponse<String> read =
        browser.send(browser.request("api/v1/me").header("Accept", "application/json").GET().build());
    assertEquals(401, read.statusCode(), "reads neither: " + read.body());
    HttpResponse<String> withToken =
        browser.send(browser.withToken("api/v1/me", browser.token("clerk1")).GET().build());
    assertEquals("clerk1", PortalClient.json(withToken).getString("username"), "the token decides: " + withToken.body());
  }

  /**
   * Issue 13, finding 3: the session cookie carries SameSite=Lax (once) and HttpOnly, and no Secure over plain
   * HTTP (Secure behind TLS: payara-web.xml, SessionCookieSettings).
   */
  @Test
  @RunAsClient
  void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
    HttpClient plain = HttpClient.newHttpClient();
    HttpResponse<String> page =
        plain.send(HttpRequest.newBuilder(Deployments.local(deployed).resolve("login.xhtml")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    List<String> session = page.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("ZERENSESSION=")).toList();
    assertEquals(1, session.size(), page.headers().map().toString());
    List<String> attributes =
        Arrays.stream(session.get(0).split(";")).map(String::strip).map(a -> a.toLowerCase(Locale.ROOT)).toList();
    assertEquals(1, attributes.stream().filter(a -> a.equals("samesite=lax")).count(), session.get(0));
    assertTrue(attributes.contains("httponly"), session.get(0));
    assertFalse(attributes.contains("secure"), "not Secure over plain HTTP: " + session.get(0));
  }

  /**
   * Issue 13, finding 4: a name without an account answers exactly as an existing one — the same statuses, types and
   * texts, attempt after attempt, up to the lock — so that the answers tell nobody which usernames exist.
   */
  @Test
  @RunAsClient
  void aKnownAndAnUnknownUsernameGetTheSameAnswersUpToTheLock() {
    PortalClient api = portal();
    String known = TestDatabase.newAccount("CZJ", Role.UNIT_CLERK);
    String unknown = "it-" + UUID.randomUUID().toString().substring(0, 12);
    for (int attempt = 1; attempt <= 6; attempt++) {
      HttpResponse<String> a = issueToken(api, known, "Wrong-password-" + attempt, "198.51.100.11");
      HttpResponse<String> b = issueToken(api, unknown, "Wrong-password-" + attempt, "198.51.100.12");
      assertEquals(a.statusCode(), b.statusCode(), "attempt " + attempt + ": " + a.body() + " / " + b.body());
      assertEquals(shape(a), shape(b), "attempt " + attempt);
      assertEquals(attempt < 5 ? 401 : 423, a.statusCode(), "attempt " + attempt + ": " + a.body());
    }
  }

  /**
   * Issue 13, finding 4: one address that fails too often is refused (429 with Retry-After) before any account is
   * touched — it cannot go on locking accounts — while the same account signs in from another address.
   */
  @Test
  @RunAsClient
  void anAddressThatFailsTooOftenIsPausedWithoutLockingTheAccountsItTries() throws Exception {
    PortalClient api = portal();
    String victim = TestDatabase.newAccount("CZJ", Role.UNIT_CLERK);
    String attacker = "198.51.100.66";
    for (int failure = 1; failure <= 50; failure++) {
      String name = failure % 10 == 0 && failure < 50 ? victim : "it-nobody-" + failure;
      HttpResponse<String> refused = issueToken(api, name, "Wrong-password-" + failure, attacker);
      assertEquals(401, refused.statusCode(), "failure " + failure + ": " + refused.body());
    }
    HttpResponse<String> paused = issueToken(api, victim, TestDatabase.TEST_PASSWORD, attacker);
    assertEquals(429, paused.statusCode(), paused.body());
    assertEquals("urn:zeren:problem:sign-in-throttled", PortalClient.json(paused).getString("type"));
    assertTrue(Long.parseLong(paused.headers().firstValue("Retry-After").orElse("0")) > 0, paused.headers().toString());
    HttpResponse<String> stillPaused = issueToken(api, "it-nobody-51", "x", attacker);
    assertEquals(429, stillPaused.statusCode(), "whatever the name");
    assertEquals(4, TestDatabase.count("SELECT failed_attempts FROM user_account WHERE username = ?", victim),
        "only the four failures before the pause counted on the account, which is not locked");
    assertEquals(201, issueToken(api, victim, TestDatabase.TEST_PASSWORD, "198.51.100.67").statusCode(),
        "the owner, elsewhere, is let in");
  }

  /** A shape of a refusal to compare two of them: status, type, and the detail with its figures blanked. */
  private static String shape(HttpResponse<String> answer) {
    JsonObject problem = PortalClient.json(answer);
    return answer.statusCode() + " " + problem.getString("type") + " " + problem.getString("detail").replaceAll("\\d", "#");
  }

  @Test
  @RunAsClient
  void aWrongPasswordBuysNoToken() {
    PortalClient api = portal();
    String username = TestDatabase.newAccount("CZJ", Role.UNIT_CLERK);
    HttpResponse<String> refused = issueToken(api, username, "Wrong-password-1");
    assertEquals(401, refused.statusCode(), refused.body());
    assertProblem(refused);
  }

  // ---- changing one's own password (issue 13, finding 8) ----

  @Test
  @RunAsClient
  void aPersonChangesTheirOwnPasswordThroughTheApiAfterGivingTheCurrentOneAgain() throws SQLException {
    PortalClient api = portal();
    String username = TestDatabase.newAccount("QSZ", Role.UNIT_CLERK);
    String token = api.token(username, TestDatabase.TEST_PASSWORD);
    String newPassword = "Changed-password-2026";

    HttpResponse<String> missing = changePassword(api, token, "{}");
    assertEquals(400, missing.statusCode(), missing.body());
    assertProblem(missing);
    assertEquals(List.of("currentPassword", "newPassword"), errorFields(missing), missing.body());

    HttpResponse<String> tooShort = changePassword(api, token, passwords(TestDatabase.TEST_PASSWORD, "short-1"));
    assertEquals(422, tooShort.statusCode(), tooShort.body());
    assertEquals(List.of("newPassword"), errorFields(tooShort), tooShort.body());
    assertTrue(PortalClient.json(tooShort).getString("detail").contains("至少需要 10 个字符"), tooShort.body());

    HttpResponse<String> wrong = changePassword(api, token, passwords("Wrong-password-1", newPassword));
    assertEquals(422, wrong.statusCode(), wrong.body());
    assertProblem(wrong);
    assertEquals(List.of("currentPassword"), errorFields(wrong), wrong.body());
    assertTrue(PortalClient.json(wrong).getString("detail").contains("当前密码不正确"), wrong.body());
    assertEquals(1, TestDatabase.count("SELECT failed_attempts FROM user_account WHERE username = ?", username),
        "a wrong current password counts towards the lockout");

    HttpResponse<String> changed = changePassword(api, token, passwords(TestDatabase.TEST_PASSWORD, newPassword));
    assertEquals(204, changed.statusCode(), changed.body());
    assertEquals(401, issueToken(api, username, TestDatabase.TEST_PASSWORD).statusCode(), "the old password is gone");
    assertEquals(201, issueToken(api, username, newPassword).statusCode(), "the new one signs in");

    String account = String.valueOf(TestDatabase.count("SELECT id FROM user_account WHERE username = ?", username));
    assertEquals(1, TestDatabase.count(
        "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'UserAccount' AND entity_id = ?"
            + " AND action = 'PASSWORD_CONFIRM_FAILED' AND changes LIKE '%PASSWORD_CHANGE%'", account));
    assertEquals(1, TestDatabase.count(
        "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'UserAccount' AND entity_id = ? AND action = 'UPDATE'"
            + " AND actor_username = ? AND changes LIKE '%passwordHash%'", account, username),
        "the change, in the person's own name");
    assertFalse(TestDatabase.text(
        "SELECT changes FROM audit_entry WHERE entity_type = 'UserAccount' AND entity_id = ? AND action = 'UPDATE'"
            + " AND changes LIKE '%passwordHash%'", account).contains("PBKDF2"), "the hash stays out of the trail");
  }

  @Test
  @RunAsClient
  void wrongCurrentPasswordsLockTheAccountAsFailedSignInsDo() throws SQLException {
    PortalClient api = portal();
    String username = TestDatabase.newAccount("QSZ", Role.UNIT_CLERK);
    String token = api.token(username, TestDatabase.TEST_PASSWORD);
    HttpResponse<String> last = null;
    for (int attempt = 1; attempt <= 5; attempt++) {
      last = changePassword(api, token, passwords("Wrong-password-" + attempt, "Changed-password-2026"));
      assertEquals(422, last.statusCode(), last.body());
    }
    assertTrue(PortalClient.json(last).getString("detail").contains("账号已锁定"), last.body());
    assertEquals(1, TestDatabase.count(
        "SELECT COUNT(*) FROM user_account WHERE username = ? AND locked_until > UTC_TIMESTAMP(6)", username));
    assertNotEquals(201, issueToken(api, username, TestDatabase.TEST_PASSWORD).statusCode(), "locked for sign-in too");
  }

  private static HttpResponse<String> changePassword(PortalClient api, String token, String body) {
    return api.send(api.jsonRequest("api/v1/me/password", token).PUT(PortalClient.body(body)).build());
  }

  private static String passwords(String current, String replacement) {
    return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", replacement).build().toString();
  }

  private static List<String> errorFields(HttpResponse<String> problem) {
    return PortalClient.json(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  @Test
  @RunAsClient
  void thePortalReportsItselfReady() {
    PortalClient api = portal();
    URI ready = api.uri("/health/ready");
    HttpResponse<String> health = api.send(HttpRequest.newBuilder(ready).GET().build());
    assertEquals(200, health.statusCode(), health.body());
    assertEquals("UP", PortalClient.json(health).getString("status"), health.body());
  }

  /** Issue 13, finding 8: the API document is never content-sniffed, at either of its addresses. */
  @Test
  @RunAsClient
  void theApiDocumentIsServedWithNosniff() {
    PortalClient api = portal();
    for (String address : List.of("/openapi", "/openapi/", "/openapi?format=json")) {
      HttpResponse<String> document = api.send(HttpRequest.newBuilder(api.uri(address)).GET().build());
      assertEquals(200, document.statusCode(), address + ": " + document.body());
      assertTrue(document.body().contains("/api/v1/"), address + ": " + document.body());
      assertEquals(
          "nosniff", document.headers().firstValue("X-Content-Type-Options").orElse(null), address + " " + document.headers());
    }
  }

  /** Issue 13, finding 8: the public readiness check says UP or DOWN, not which database the portal runs on. */
  @Test
  @RunAsClient
  void anAnonymousReadinessCheckNamesNoDatabaseProduct() {
    PortalClient api = portal();
    HttpResponse<String> health = api.send(HttpRequest.newBuilder(api.uri("/health/ready")).GET().build());
    String body = health.body().toLowerCase(Locale.ROOT);
    for (String product : List.of("mysql", "mariadb", "product")) {
      assertFalse(body.contains(product), product + " in " + health.body());
    }
    for (var check : PortalClient.json(health).getJsonArray("checks").getValuesAs(JsonObject.class)) {
      assertTrue(!check.containsKey("data") || check.getJsonObject("data").isEmpty(), health.body());
    }
  }

  // ---- expected failures of the pages (issue 13, finding 7) ----

  /**
   * Every page of the WAR, opened by the administrator, the organisation department and a clerk, answers the page,
   * the 403 page or the 404 page (a page whose record id is missing): a refusal is never a 500.
   */
  @Test
  @RunAsClient
  void noPageAnswersAnInternalErrorToTheAdministratorTheOrganisationDepartmentOrAClerk() {
    List<String> pages =
        Deployments.portal().getContent().keySet().stream()
            .map(path -> path.get().substring(1))
            .filter(path -> path.endsWith(".xhtml") && !path.startsWith("WEB-INF/"))
            .sorted()
            .toList();
    assertTrue(pages.contains("lists-overdue.xhtml"), "" + pages);
    List<String> failures = new ArrayList<>();
    for (String username : List.of("admin", "orgdept", "clerk1")) {
      PortalClient client = portal();
      client.signIn(username, TestDatabase.DEMO_PASSWORD);
      for (String page : pages) {
        int status = client.get(page).statusCode();
        if (status != 200 && status != 403 && status != 404) {
          failures.add(username + " " + page + " " + status);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  /**
   * A post whose view state the server does not hold — forged, garbled, or taken from another person's session —
   * leads to the page 页面已过期, for a plain post and for an Ajax one alike, never to a 500.
   */
  @Test
  @RunAsClient
  void aPostWithAForgedOrForeignViewStateSaysThePageHasExpired() {
    PortalClient other = portal();
    other.signIn("clerk2", TestDatabase.DEMO_PASSWORD);
    String foreign = PortalClient.viewState(other.get("tokens.xhtml"));
    PortalClient client = portal();
    client.signIn("clerk1", TestDatabase.DEMO_PASSWORD);

    for (String viewState : List.of(foreign, "-1234567890123456789:-987654321987654321", "abc", "")) {
      Map<String, String> post = new LinkedHashMap<>();
      post.put("headerForm", "headerForm");
      post.put("headerForm:language", "");
      post.put("jakarta.faces.ViewState", viewState);
      HttpResponse<String> plain = client.postForm("tokens.xhtml", post);
      assertEquals(200, plain.statusCode(), viewState + ": " + plain.body());
      assertTrue(plain.uri().getPath().endsWith("/error/expired.xhtml"), viewState + ": " + plain.uri());
      assertTrue(plain.body().contains("页面已过期，请刷新后重试"), viewState + ": " + plain.body());

      post.put("jakarta.faces.partial.ajax", "true");
      post.put("jakarta.faces.source", "headerForm:language");
      post.put("jakarta.faces.partial.execute", "@all");
      HttpResponse<String> ajax = client.postForm("tokens.xhtml", post, "Faces-Request", "partial/ajax");
      assertEquals(200, ajax.statusCode(), viewState + ": " + ajax.body());
      assertTrue(ajax.body().matches("(?s).*<redirect url=\"[^\"]*/error/expired\\.xhtml\".*"), viewState + ": " + ajax.body());
    }
  }

  @Test
  @RunAsClient
  void theCalendarComputesADeadlineAcrossNationalDay() {
    PortalClient api = portal();
    HttpResponse<String> due =
        api.send(api.withToken("api/v1/calendar/deadline?from=2025-09-26&period=10WD", api.token("clerk1")).GET().build());
    assertEquals(200, due.statusCode(), due.body());
    JsonObject body = PortalClient.json(due);
    assertEquals("2025-09-26", body.getString("from"));
    assertEquals("10WD", body.getString("period"));
    assertEquals("2025-10-16", body.getString("due"), "JDZ-34: 10 working days skip 1–8 October");
  }

  @Test
  @RunAsClient
  void aMalformedPeriodIsABadRequestAndAMissingYearNamesTheYear() {
    PortalClient api = portal();
    String token = api.token("clerk1");
    HttpResponse<String> bad =
        api.send(api.withToken("api/v1/calendar/deadline?from=2026-01-05&period=10X", token).GET().build());
    assertEquals(400, bad.statusCode(), bad.body());
    assertProblem(bad);
    HttpResponse<String> missing =
        api.send(api.withToken("api/v1/calendar/deadline?from=2098-12-20&period=20D", token).GET().build());
    assertEquals(422, missing.statusCode(), missing.body());
    assertProblem(missing);
    assertTrue(PortalClient.json(missing).getString("detail").contains("2099"), missing.body());
  }

  @Test
  @RunAsClient
  void aYearListsItsRestAndWorkingDays() {
    PortalClient api = portal();
    HttpResponse<String> year = api.send(api.withToken("api/v1/calendar/2026", api.token("clerk1")).GET().build());
    assertEquals(200, year.statusCode(), year.body());
    var days = PortalClient.json(year).getJsonArray("days");
    assertEquals(365, days.size());
    JsonObject adjusted = days.getJsonObject(44); // 14 February 2026, a Saturday worked for the Spring Festival
    assertEquals("2026-02-14", adjusted.getString("date"));
    assertTrue(adjusted.getBoolean("working"), adjusted.toString());
    assertEquals("workday", adjusted.getString("kind"));
  }

  @Test
  @RunAsClient
  void obligationsAreDueInBeijingTime() {
    PortalClient api = portal();
    long township = TestDatabase.organisationId("QSZ");
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    HttpResponse<String> list =
        api.send(
            api.withToken("api/v1/obligations?org=" + township + "&year=" + year + "&rule=YW-10.1", api.token("clerk1"))
                .GET()
                .build());
    assertEquals(200, list.statusCode(), list.body());
    var items = Json.createReader(new java.io.StringReader(list.body())).readArray();
    assertEquals(1, items.size(), list.body());
    assertEquals(year + "-01-15T23:59:59+08:00", items.getJsonObject(0).getString("dueAt"), list.body());
    HttpResponse<String> outside =
        api.send(
            api.withToken("api/v1/obligations?org=" + TestDatabase.organisationId("CZJ"), api.token("clerk1")).GET().build());
    assertEquals("[]", outside.body().replace(" ", ""), "市财政局 lies outside 青山镇");
  }

  @Test
  @RunAsClient
  void anAdministratorLoadsAYearAndABadFileIsRefusedWholeNamingTheLine() {
    PortalClient api = portal();
    String admin = api.token("admin");
    String bad = "date,kind,name\n2097-01-01,holiday,元旦\n2097-01-07,workday,元旦\n";
    HttpResponse<String> refused = api.send(csv(api, "api/v1/calendar/2097", admin, bad));
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(PortalClient.json(refused).getString("detail").contains("第 3 行"), refused.body());
    HttpResponse<String> stillMissing =
        api.send(api.withToken("api/v1/calendar/deadline?from=2097-01-02&period=1WD", admin).GET().build());
    assertEquals(422, stillMissing.statusCode(), "the refused file loaded nothing: " + stillMissing.body());

    String good = "date,kind,name\n2097-01-01,holiday,元旦\n2097-01-02,holiday,元旦\n";
    HttpResponse<String> loaded = api.send(csv(api, "api/v1/calendar/2097", admin, good));
    assertEquals(200, loaded.statusCode(), loaded.body());
    HttpResponse<String> inYear =
        api.send(api.withToken("api/v1/calendar/deadline?from=2097-01-01&period=1WD", admin).GET().build());
    assertEquals("2097-01-03", PortalClient.json(inYear).getString("due"), inYear.body());

    HttpResponse<String> clerk = api.send(csv(api, "api/v1/calendar/2097", api.token("clerk1"), good));
    assertEquals(403, clerk.statusCode(), clerk.body());
  }

  /** Issue 13, finding 8: a clerk reads the holiday schedules but is not offered the upload they may not use. */
  @Test
  @RunAsClient
  void onlyThoseWhoMayLoadSchedulesSeeTheUploadForm() {
    PortalClient clerk = portal();
    clerk.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
    HttpResponse<String> read = clerk.get("admin/calendar.xhtml");
    assertEquals(200, read.statusCode(), read.body());
    assertTrue(read.body().contains("id=\"daysForm\""), "the schedules are public: " + read.body());
    assertFalse(read.body().contains("uploadForm"), "the upload form is shown to a clerk: " + read.body());

    PortalClient admin = portal();
    admin.signIn("admin", TestDatabase.DEMO_PASSWORD);
    assertTrue(admin.get("admin/calendar.xhtml").body().contains("id=\"uploadForm\""), "the administrator loads them");
  }

  private HttpRequest csv(PortalClient api, String path, String token, String body) {
    return api.request(path)
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .header("Content-Type", "text/csv; charset=UTF-8")
        .PUT(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8))
        .build();
  }

  /** An RFC 9457 problem: its media type and a JSON object body. */
  private static void assertProblem(HttpResponse<String> refused) {
    assertTrue(PortalClient.contentType(refused).startsWith(PROBLEM_JSON), PortalClient.contentType(refused));
    PortalClient.json(refused);
  }

  private HttpResponse<String> issueToken(PortalClient api, String username, String password) {
    return issueToken(api, username, password, null);
  }

  /** The token request of a client at {@code address}, as a trusted proxy forwards it (the IT trusts loopback). */
  private HttpResponse<String> issueToken(PortalClient api, String username, String password, String address) {
    String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    HttpRequest.Builder request =
        api.request("api/v1/tokens")
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    if (address != null) {
      request.header("X-Forwarded-For", address);
    }
    return api.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  @Test
  @RunAsClient
  void aUnitClerkOpeningAUnitOutsideTheirOwnGetsTheAccessDeniedPage() {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      browser.go("organisation.xhtml?id=" + TestDatabase.organisationId("CZJ"));

      assertNotNull(browser.textOf("errorTitle"), "no error page: " + browser.text());
      assertTrue(browser.textOf("errorMessage").contains("无权"), browser.textOf("errorMessage"));
      assertTrue(!browser.text().contains("市财政局党组"), "the unit's details leaked: " + browser.text());
    }
  }

  @Test
  @RunAsClient
  void aUnitClerkOpensTheirOwnUnit() {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      browser.go("organisation.xhtml?id=" + TestDatabase.organisationId("QSZ"));

      assertNull(browser.textOf("errorTitle"), browser.text());
      assertTrue(browser.text().contains("青山镇"), browser.text());
    }
  }

  @Test
  @RunAsClient
  void theAdministratorSeesTheWholeTree() {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
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
  }

  @Test
  @RunAsClient
  void aClerkSeesTheirTasksWithDueDatesAndArticles() {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
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
  }

  @Test
  @RunAsClient
  void theCommissionSeesTheComplianceMatrixAndOpensACell() {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("commission", TestDatabase.DEMO_PASSWORD);
      browser.go("compliance.xhtml");

      assertNull(browser.textOf("errorTitle"), browser.text());
      assertTrue(browser.text().contains("青山镇"), browser.text());
      assertTrue(browser.text().contains("YW-6.2b"), browser.text());
      assertTrue(browser.has(By.cssSelector("a.zr-cell")), "no cell to open");
      browser.screenshot("compliance-commission");
    }
  }

  @Test
  @RunAsClient
  void aClerkMayNotOpenTheComplianceMatrix() {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      browser.go("compliance.xhtml");

      assertNotNull(browser.textOf("errorTitle"), "the matrix opened for a clerk: " + browser.text());
    }
  }

  @Test
  @RunAsClient
  void theAdministratorOpensTheAuditTrail() {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("admin", TestDatabase.DEMO_PASSWORD);
      browser.go("audit.xhtml");

      assertNull(browser.textOf("errorTitle"), browser.text());
      assertTrue(browser.has(By.id("auditForm:auditTable")), "no audit table: " + browser.text());
      assertTrue(browser.text().contains("admin"), "the administrator's own sign-in is in the trail: " + browser.text());
    }
  }

  @Test
  @RunAsClient
  void aClerkMayNotOpenTheAuditTrailButManagesTheirTokens() {
    try (Browser browser = Browser.open(Deployments.local(deployed))) {
      browser.signIn("clerk1", TestDatabase.DEMO_PASSWORD);
      browser.go("audit.xhtml");
      assertNotNull(browser.textOf("errorTitle"), "the audit trail opened for a clerk: " + browser.text());

      browser.go("tokens.xhtml");
      assertNull(browser.textOf("errorTitle"), browser.text());
      assertTrue(browser.has(By.id("tokensForm:create")), "no way to create a token: " + browser.text());
    }
  }

  // ---- helpers ----

  private <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }

  /** The work must be refused by a domain rule; the refusal is returned for a closer look. */
  private DomainException refused(Actor actor, Callable<?> work) {
    Executable call = () -> as(actor, work);
    return assertThrows(DomainException.class, call);
  }

  private static Void runs(Runnable work) {
    work.run();
    return null;
  }

  private Actor admin() {
    return actor("admin");
  }

  private Actor clerk1() {
    return actor("clerk1");
  }

  private Actor actor(String username) {
    Actor actor = actors.resolve(username, null, "127.0.0.1");
    assertNotNull(actor, "demo account " + username);
    return actor;
  }

  private long rootId() throws Exception {
    return as(admin(), organisations::root).getId();
  }

  private long idOf(String code) throws Exception {
    return as(admin(), organisations::visibleTree).stream()
        .filter(o -> o.getCode().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no unit " + code + " in the demo data"))
        .getId();
  }

  private Organisation create(String name, long parentId) throws Exception {
    return as(admin(), () -> organisations.create(draft(name), parentId));
  }

  private Organisation reload(Organisation org) throws Exception {
    return as(Actor.system(), () -> organisations.get(org.getId()));
  }

  private Void deleteAs(Organisation unit) throws Exception {
    organisations.delete(unit.getId(), reload(unit).getVersion());
    return null;
  }

  private String newAccount(String name) throws Exception {
    Organisation unit = create(name + "单位", rootId());
    Person person = as(admin(), () -> people.create(person(name, unit)));
    String username = newUsername();
    as(admin(), () -> runs(() -> people.createAccount(person.getId(), username, PASSWORD.toCharArray())));
    as(admin(), () -> people.assignRole(person.getId(), unit.getId(), Role.UNIT_CLERK));
    return username;
  }

  private static String newUsername() {
    return "it-" + UUID.randomUUID().toString().substring(0, 12);
  }

  private static List<Long> ids(List<Organisation> orgs) {
    return orgs.stream().map(Organisation::getId).toList();
  }

  /** A township with a unique code, as an administrator fills in the form. */
  private static Organisation draft(String name) {
    return TestUnits.draft(TestUnits.code("IT"), name, OrganisationKind.TOWNSHIP);
  }

  private static OrganisationForm renamed(Organisation org, String name) {
    OrganisationForm form = OrganisationForm.of(org);
    return new OrganisationForm(
        form.code(), name, form.kind(), form.sortOrder(), form.partyBodyType(), form.partyBodyName(),
        form.disciplineBodyType(), form.disciplineBodyName());
  }

  private static Person person(String name, Organisation org) {
    Person person = new Person();
    person.setName(name);
    person.setOrganisation(org);
    person.setJobTitle("科员");
    return person;
  }

  private static Position post(Organisation org, Person person, PositionKind kind) {
    Position position = new Position();
    position.setOrganisation(org);
    position.setPerson(person);
    position.setKind(kind);
    position.setTitle(kind == PositionKind.PRIMARY_LEADER ? "党委书记" : "党委委员");
    return position;
  }

  /** One line of audit_entry, read with the portal's own datasource. */
  record AuditRow(
      String action, String username, Long personId, String role, Long orgId, String address, JsonObject changes) {

    static List<AuditRow> of(String entityType, long entityId) throws NamingException, SQLException {
      DataSource db = (DataSource) new InitialContext().lookup(ZerenDataSource.JNDI_NAME);
      try (Connection c = db.getConnection();
          PreparedStatement q =
              c.prepareStatement(
                  "SELECT action, actor_username, actor_person_id, acting_role, acting_org_id, client_address,"
                      + " changes FROM audit_entry WHERE entity_type = ? AND entity_id = ? ORDER BY id")) {
        q.setString(1, entityType);
        q.setString(2, String.valueOf(entityId));
        List<AuditRow> rows = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            String changes = rs.getString(7);
            rows.add(
                new AuditRow(
                    rs.getString(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                    rs.getObject(5, Long.class), rs.getString(6),
                    changes == null ? JsonObject.EMPTY_JSON_OBJECT : Json.createReader(new StringReader(changes)).readObject()));
          }
        }
        return rows;
      }
    }

    static AuditRow one(List<AuditRow> rows, String action) {
      List<AuditRow> matching = rows.stream().filter(r -> r.action().equals(action)).toList();
      assertEquals(1, matching.size(), action + " in " + rows);
      return matching.get(0);
    }

    void assertActedBy(Actor actor) {
      assertEquals(actor.username(), username, "who: " + this);
      assertEquals(actor.personId(), personId, "who: " + this);
      assertEquals(actor.role().name(), role, "in which role: " + this);
      assertEquals(actor.orgId(), orgId, "for which organisation: " + this);
      assertEquals(actor.clientAddress(), address, "from where: " + this);
    }

    /** A value of a created record, or null when the entry does not have it. */
    String string(String column) {
      return changes.containsKey(column) && !changes.isNull(column) ? changes.getString(column) : null;
    }

    /** Whether this is an update whose change of the attribute went from one value to the other. */
    boolean changed(String attribute, String from, String to) {
      if (!action.equals("UPDATE") || !(changes.get(attribute) instanceof JsonObject change)) {
        return false;
      }
      return from.equals(change.getString("old", null)) && to.equals(change.getString("new", null));
    }
  }

  private PortalClient portal() {
    return new PortalClient(Deployments.local(deployed));
  }
}
