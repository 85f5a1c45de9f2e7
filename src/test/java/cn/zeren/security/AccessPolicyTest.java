package cn.zeren.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role × action × place: a role may do an action only where it reaches (its organisation's subtree) and
 * only when the action admits the role. The expected roles are written out here, not read from {@link Action},
 * so that a change of who may do what shows up as a failing test to be reviewed.
 */
class AccessPolicyTest {
  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final Set<Role> ADMIN = EnumSet.of(Role.SYSTEM_ADMIN);

  private static final Set<Role> COMMISSION = EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER);
  /** The work ledger (YW-13.1): the unit's own roles and the commission; the rule's owner narrows recording. */
  private static final Set<Role> LEDGER =
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF,
          Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF);

  /** Who may do what (SPEC §1; the obligation actions of SPEC §2–§4 and §11). */
  private static final Map<String, Set<Role>> MAY =
      Map.ofEntries(
          Map.entry("ORGANISATION_VIEW", ALL),
          Map.entry("ORGANISATION_MANAGE", ADMIN),
          Map.entry("PERSON_VIEW", ALL),
          Map.entry("PERSON_MANAGE", ADMIN),
          Map.entry("AUDIT_VIEW", EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
          Map.entry("RULES_MANAGE", ADMIN),
          Map.entry("CALENDAR_MANAGE", ADMIN),
          Map.entry("OBLIGATION_VIEW", ALL),
          Map.entry(
              "OBLIGATION_FULFIL",
              EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
                  Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER,
                  Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF)),
          Map.entry(
              "OBLIGATION_OVERSEE",
              EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER,
                  Role.DISCIPLINE_HEAD, Role.DISPATCHED_GROUP_LEADER)),
          Map.entry("OBLIGATION_GENERATE", ADMIN),
          Map.entry("OBLIGATION_WAIVE", COMMISSION),
          Map.entry(
              "REPORT_VIEW",
              EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
                  Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER,
                  Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF)),
          Map.entry(
              "REPORT_DRAFT",
              EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
                  Role.DISCIPLINE_STAFF, Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF)),
          Map.entry(
              "REPORT_APPROVE", EnumSet.of(Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.DISPATCHED_GROUP_LEADER)),
          Map.entry(
              "REPORT_REVIEW",
              EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
                  Role.DISCIPLINE_STAFF)),
          Map.entry(
              "REPORT_OVERSEE",
              EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
                  Role.DISPATCHED_GROUP_LEADER)),
          Map.entry("HEARING_VIEW", COMMISSION),
          Map.entry("HEARING_MANAGE", COMMISSION),
          Map.entry("HEARING_SCORE", COMMISSION),
          Map.entry("ACCOUNTABILITY_VIEW",
              EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
                  Role.DISCIPLINE_STAFF, Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF,
                  Role.ORGANISATION_DEPARTMENT)),
          Map.entry("ACCOUNTABILITY_MANAGE",
              EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
                  Role.DISPATCHED_GROUP_LEADER, Role.ORGANISATION_DEPARTMENT)),
          Map.entry("LEDGER_VIEW", LEDGER),
          Map.entry("LEDGER_RECORD", LEDGER),
          Map.entry("INTERVIEW_OVERSEE", COMMISSION),
          Map.entry("ASSESSMENT_MANAGE", COMMISSION),
          Map.entry("ASSESSMENT_SCORE", COMMISSION),
          Map.entry("ASSESSMENT_PUBLISH", EnumSet.of(Role.COMMISSION_LEADER)),
          Map.entry("ASSESSMENT_RESULT_VIEW", LEDGER),
          Map.entry(
              "INTERVIEW_SCHEDULE",
              EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.PRIMARY_LEADER, Role.TEAM_MEMBER,
                  Role.DISCIPLINE_HEAD, Role.UNIT_CLERK)),
          Map.entry("INTERVIEW_EXPLAIN", EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN))),
          Map.entry(
              "INTERVIEW_CONDUCT",
              EnumSet.of(Role.COMMISSION_LEADER, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD)),
          Map.entry("DASHBOARD_VIEW", COMMISSION),
          Map.entry(
              "LIST_VIEW",
              EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
                  Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER,
                  Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF)),
          Map.entry(
              "LIST_EDIT",
              EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF,
                  Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
          Map.entry("LIST_SIGN", EnumSet.of(Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.COMMISSION_LEADER)),
          Map.entry(
              "RECTIFICATION_UPDATE", EnumSet.of(Role.UNIT_CLERK, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF)),
          Map.entry(
              "RECTIFICATION_APPROVE",
              EnumSet.of(Role.DISCIPLINE_HEAD, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)));

  private static final String ACTING_ORG = "/1/7/";

  /** Where the target lies relative to the acting organisation "/1/7/". */
  enum Place {
    SAME_ORGANISATION("/1/7/", true),
    CHILD("/1/7/23/", true),
    GRANDCHILD("/1/7/23/41/", true),
    PARENT("/1/", false),
    SIBLING("/1/8/", false),
    SIBLING_WITH_LONGER_ID("/1/70/", false),
    OTHER_TREE("/2/7/", false),
    UNKNOWN(null, false);

    final String path;
    final boolean inside;

    Place(String path, boolean inside) {
      this.path = path;
      this.inside = inside;
    }
  }

  static Stream<Arguments> roleActionPlace() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (Role role : Role.values()) {
      for (Action action : Action.values()) {
        for (Place place : Place.values()) {
          cases.add(Arguments.of(role, action, place));
        }
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("roleActionPlace")
  void aRoleMayActOnlyInsideItsSubtreeAndOnlyWhereTheActionAdmitsIt(Role role, Action action, Place place) {
    Actor actor = ActorTest.actingAt(role, ACTING_ORG);
    boolean expected = place.inside && admits(action, role);
    assertEquals(expected, AccessPolicy.permits(actor, action, place.path));
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void theSystemMayDoEverythingEverywhere(Action action) {
    for (Place place : Place.values()) {
      assertTrue(AccessPolicy.permits(Actor.system(), action, place.path), place.name());
    }
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void anonymousCallersAndPeopleWithoutARoleMayDoNothing(Action action) {
    Actor noRole = new Actor(8L, "norole", "无角色", null, null, null, null, null, null);
    Actor roleWithoutOrg = new Actor(8L, "norole", "无角色", 80L, Role.SYSTEM_ADMIN, null, null, null, null);
    for (Place place : Place.values()) {
      assertFalse(AccessPolicy.permits(Actor.anonymous("127.0.0.1"), action, place.path), place.name());
      assertFalse(AccessPolicy.permits(noRole, action, place.path), place.name());
      assertFalse(AccessPolicy.permits(roleWithoutOrg, action, place.path), place.name());
    }
  }

  @Test
  void anAdministratorAtTheRootReachesTheWholeTreeWithEveryActionItHolds() {
    Actor admin = ActorTest.actingAt(Role.SYSTEM_ADMIN, "/1/");
    for (Action action : Action.values()) {
      assertEquals(MAY.get(action.name()).contains(Role.SYSTEM_ADMIN), AccessPolicy.permits(admin, action, "/1/7/23/"),
          action.name());
      assertFalse(AccessPolicy.permits(admin, action, "/2/"), action.name());
    }
  }

  @Test
  void waivingAnObligationIsTheCommissionsDecisionNotTheAdministrators() {
    assertFalse(AccessPolicy.permits(ActorTest.actingAt(Role.SYSTEM_ADMIN, "/1/"), Action.OBLIGATION_WAIVE, "/1/7/"));
    assertTrue(
        AccessPolicy.permits(ActorTest.actingAt(Role.COMMISSION_REVIEWER, "/1/"), Action.OBLIGATION_WAIVE, "/1/7/"));
  }

  /** The table above; an action missing from it fails here, so that every new action is reviewed. */
  private static boolean admits(Action action, Role role) {
    Set<Role> roles = MAY.get(action.name());
    if (roles == null) {
      throw new AssertionError("add " + action + " to the table of who may do what");
    }
    return roles.contains(role);
  }
}
