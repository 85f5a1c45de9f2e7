package cn.zeren.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.obligation.ObligationAction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role × action × place: a role may do an action only where it reaches (its organisation's subtree) and
 * only when the action admits the role. The actions here are the test's own, one admitting each role alone, one
 * admitting every role and one admitting none, so the policy is tested apart from the contexts' actions (whose
 * roles {@code cn.zeren.ActionRolesTest} checks against the table of who may do what).
 */
class AccessPolicyTest {

  /** An action that admits exactly the given roles. */
  private record Probe(String name, Set<Role> roles) implements Action {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Action> ACTIONS = actions();

  private static List<Action> actions() {
    List<Action> actions = new ArrayList<>();
    for (Role role : Role.values()) {
      actions.add(new Probe("ONLY_" + role, EnumSet.of(role)));
    }
    actions.add(new Probe("EVERYONE", EnumSet.allOf(Role.class)));
    actions.add(new Probe("NOBODY", EnumSet.noneOf(Role.class)));
    return actions;
  }

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
      for (Action action : ACTIONS) {
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
    boolean expected = place.inside && action.roles().contains(role);
    assertEquals(expected, AccessPolicy.permits(actor, action, place.path));
  }

  @ParameterizedTest
  @MethodSource("actionList")
  void theSystemMayDoEverythingEverywhere(Action action) {
    for (Place place : Place.values()) {
      assertTrue(AccessPolicy.permits(Actor.system(), action, place.path), place.name());
    }
  }

  @ParameterizedTest
  @MethodSource("actionList")
  void anonymousCallersAndPeopleWithoutARoleMayDoNothing(Action action) {
    Actor noRole = new Actor(8L, "norole", "无角色", null, null, null, null, null, null);
    Actor roleWithoutOrg = new Actor(8L, "norole", "无角色", 80L, Role.SYSTEM_ADMIN, null, null, null, null);
    for (Place place : Place.values()) {
      assertFalse(AccessPolicy.permits(Actor.anonymous("127.0.0.1"), action, place.path), place.name());
      assertFalse(AccessPolicy.permits(noRole, action, place.path), place.name());
      assertFalse(AccessPolicy.permits(roleWithoutOrg, action, place.path), place.name());
    }
  }

  static List<Action> actionList() {
    return ACTIONS;
  }

  @Test
  void anAdministratorAtTheRootReachesTheWholeTreeWithEveryActionItHolds() {
    Actor admin = ActorTest.actingAt(Role.SYSTEM_ADMIN, "/1/");
    for (Action action : ACTIONS) {
      assertEquals(action.roles().contains(Role.SYSTEM_ADMIN), AccessPolicy.permits(admin, action, "/1/7/23/"),
          action.toString());
      assertFalse(AccessPolicy.permits(admin, action, "/2/"), action.toString());
    }
  }
}
