package cn.zeren.inspection.draw;

import static cn.zeren.inspection.draw.Fixtures.DRAW_DATE;
import static cn.zeren.inspection.draw.Fixtures.HOUSING;
import static cn.zeren.inspection.draw.Fixtures.JDZ_13;
import static cn.zeren.inspection.draw.Fixtures.QINGSHAN;
import static cn.zeren.inspection.draw.Fixtures.group;
import static cn.zeren.inspection.draw.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input a draw cannot stand on is refused before any lot is cast, with a message that names the fault. */
class DrawInputTest {
  private static final List<GroupSlot> ONE_GROUP = List.of(group("G1", "第一巡察组", 100L));
  private static final List<DrawTarget> ONE_TARGET = List.of(QINGSHAN);
  private static final List<Candidate> POOL = List.of(person(3, "赵敏"));

  static Stream<Arguments> badInput() {
    return Stream.of(
        bad("drawDate is missing", () -> input(null, JDZ_13, ONE_GROUP, ONE_TARGET, POOL, POOL, 0, false)),
        bad("rules is missing", () -> input(DRAW_DATE, null, ONE_GROUP, ONE_TARGET, POOL, POOL, 0, false)),
        bad("groups is missing", () -> input(DRAW_DATE, JDZ_13, null, ONE_TARGET, POOL, POOL, 0, false)),
        bad("targets is missing", () -> input(DRAW_DATE, JDZ_13, ONE_GROUP, null, POOL, POOL, 0, false)),
        bad("leaders is missing", () -> input(DRAW_DATE, JDZ_13, ONE_GROUP, ONE_TARGET, null, POOL, 0, false)),
        bad("members is missing", () -> input(DRAW_DATE, JDZ_13, ONE_GROUP, ONE_TARGET, POOL, null, 0, false)),
        bad("leaders[1] is missing",
            () -> input(DRAW_DATE, JDZ_13, ONE_GROUP, ONE_TARGET, Arrays.asList(person(3, "赵敏"), null), POOL, 0,
                false)),
        bad("membersPerGroup must not be negative, was -1",
            () -> input(DRAW_DATE, JDZ_13, ONE_GROUP, ONE_TARGET, POOL, POOL, -1, false)),
        bad("duplicate group key G1",
            () -> input(DRAW_DATE, JDZ_13, List.of(group("G1", "第一巡察组", 100L), group("G1", "第二巡察组", 200L)),
                List.of(QINGSHAN, HOUSING), POOL, POOL, 0, false)),
        bad("at least one group", () -> input(DRAW_DATE, JDZ_13, List.of(), ONE_TARGET, POOL, POOL, 0, false)),
        bad("rules list JDZ-13 TENURE twice",
            () -> input(DRAW_DATE, List.of(JDZ_13.get(0), new AvoidanceRule("JDZ-13", AvoidanceKind.TENURE, 3)),
                ONE_GROUP, ONE_TARGET, POOL, POOL, 0, false)),
        bad("targets list organisation 100 twice",
            () -> input(DRAW_DATE, JDZ_13, ONE_GROUP, List.of(QINGSHAN, QINGSHAN), POOL, POOL, 0, false)),
        bad("group G1 names target 200, not in targets",
            () -> input(DRAW_DATE, JDZ_13, List.of(group("G1", "第一巡察组", 100L, 200L)), ONE_TARGET, POOL, POOL, 0,
                false)),
        bad("target 100 is in groups G1 and G2",
            () -> input(DRAW_DATE, JDZ_13, List.of(group("G1", "第一巡察组", 100L), group("G2", "第二巡察组", 100L)),
                ONE_TARGET, POOL, POOL, 0, false)),
        bad("targets [200] are in no group",
            () -> input(DRAW_DATE, JDZ_13, ONE_GROUP, List.of(QINGSHAN, HOUSING), POOL, POOL, 0, false)),
        bad("group G1 has targets although the draw assigns them",
            () -> input(DRAW_DATE, JDZ_13, ONE_GROUP, ONE_TARGET, POOL, POOL, 0, true)),
        bad("leaders lists person 3 twice",
            () -> input(DRAW_DATE, JDZ_13, ONE_GROUP, ONE_TARGET, List.of(person(3, "赵敏"), person(3, "赵敏")), POOL, 0,
                false)),
        bad("person 3 is in both pools with different facts",
            () -> input(DRAW_DATE, JDZ_13, ONE_GROUP, ONE_TARGET, POOL,
                List.of(Fixtures.withPlaces(3, "赵敏", "青山镇", List.of())), 0, false)),
        bad("group key \"第一组\" is not 1–32 ASCII letters", () -> new GroupSlot("第一组", "第一巡察组", List.of())),
        bad("group G1 lists a target twice", () -> new GroupSlot("G1", "第一巡察组", List.of(100L, 100L))),
        bad("group G1: targetIds is missing", () -> new GroupSlot("G1", "第一巡察组", null)),
        bad("lookbackYears applies to TENURE only", () -> new AvoidanceRule("JDZ-13", AvoidanceKind.REGION, 3)),
        bad("lookbackYears must not be negative", () -> new AvoidanceRule("JDZ-13", AvoidanceKind.TENURE, -1)),
        bad("ruleId is missing or blank", () -> new AvoidanceRule(" ", AvoidanceKind.TENURE, null)),
        bad("ends before it starts",
            () -> new Tenure(100, "青山镇", "镇长", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1))),
        bad("candidate 3 赵敏: posts is missing", () -> new Candidate(3, "赵敏", null, null, null, List.of())),
        bad("subtreeIds is missing", () -> new DrawTarget(100, "青山镇", null, null)),
        bad("the draw input is missing", () -> Draw.run(null, Fixtures.EXAMPLE_SEED)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void badInputIsRefusedWithAClearMessage(String message, Executable construction) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  private static Arguments bad(String message, Executable construction) {
    return Arguments.of(message, construction);
  }

  private static DrawInput input(
      LocalDate drawDate, List<AvoidanceRule> rules, List<GroupSlot> groups, List<DrawTarget> targets,
      List<Candidate> leaders, List<Candidate> members, int membersPerGroup, boolean assignTargets) {
    return new DrawInput(drawDate, rules, groups, targets, leaders, members, membersPerGroup, assignTargets);
  }
}
