package cn.zeren.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A role held at an organisation reaches that organisation and its subtree, nothing else. */
class ActorTest {
  static Actor actingAt(Role role, String orgPath) {
    return new Actor(7L, "someone", "某人", 70L, role, 3L, orgPath, "单位", "127.0.0.1");
  }

  static Stream<Arguments> reach() {
    Actor city = actingAt(Role.COMMISSION_LEADER, "/1/");
    Actor township = actingAt(Role.UNIT_CLERK, "/1/7/");
    Actor noRole = new Actor(8L, "norole", "无角色", null, null, null, null, null, null);
    return Stream.of(
        Arguments.of("city reaches itself", city, "/1/", true),
        Arguments.of("city reaches a unit below", city, "/1/7/", true),
        Arguments.of("city reaches two levels below", city, "/1/7/23/", true),
        Arguments.of("city does not reach another tree", city, "/2/", false),
        Arguments.of("township reaches itself", township, "/1/7/", true),
        Arguments.of("township reaches below", township, "/1/7/23/", true),
        Arguments.of("township does not reach its parent", township, "/1/", false),
        Arguments.of("township does not reach a sibling", township, "/1/8/", false),
        Arguments.of("township /1/7/ does not reach /1/70/", township, "/1/70/", false),
        Arguments.of("township does not reach a unit named like it elsewhere", township, "/2/1/7/", false),
        Arguments.of("nobody reaches an unknown path", city, null, false),
        Arguments.of("a person without a role reaches nothing", noRole, "/1/", false),
        Arguments.of("anonymous reaches nothing", Actor.anonymous("127.0.0.1"), "/1/", false),
        Arguments.of("the system reaches everything", Actor.system(), "/1/7/23/", true),
        Arguments.of("the system reaches even an unknown path", Actor.system(), null, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reach")
  void reaches(String why, Actor actor, String path, boolean expected) {
    assertEquals(expected, actor.reaches(path));
  }

  @Test
  void systemAnonymousAndSignedInAreToldApart() {
    assertTrue(Actor.system().isSystem());
    assertFalse(Actor.system().isAuthenticated());
    assertFalse(Actor.anonymous(null).isSystem());
    assertFalse(Actor.anonymous(null).isAuthenticated());
    assertTrue(actingAt(Role.UNIT_CLERK, "/1/").isAuthenticated());
    assertFalse(actingAt(Role.UNIT_CLERK, "/1/").isSystem());
  }

  @Test
  void aPersonCalledSystemIsNotTheSystem() {
    Actor impostor = new Actor(9L, Actor.SYSTEM, "系统", 90L, Role.UNIT_CLERK, 4L, "/1/4/", "单位", null);
    assertFalse(impostor.isSystem());
    assertFalse(impostor.reaches("/1/"));
  }
}
