package cn.zeren.inspection.draw;

import static cn.zeren.inspection.draw.Fixtures.BAISHUI;
import static cn.zeren.inspection.draw.Fixtures.DRAW_DATE;
import static cn.zeren.inspection.draw.Fixtures.EXAMPLE_SEED;
import static cn.zeren.inspection.draw.Fixtures.EXAMPLE_WITNESS;
import static cn.zeren.inspection.draw.Fixtures.HOUSING;
import static cn.zeren.inspection.draw.Fixtures.JDZ_13;
import static cn.zeren.inspection.draw.Fixtures.QINGSHAN;
import static cn.zeren.inspection.draw.Fixtures.group;
import static cn.zeren.inspection.draw.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The draw by lot of ZZ-6 (随机抽签, 一次一授权) after the avoidance of ZZ-16 and JDZ-13. */
class DrawTest {
  @Test
  void theWorkedExampleOfDocsDrawMdZz6() {
    DrawInput input = Fixtures.example();
    assertEquals("88ee9d1a54b9c45ea775040ea130f8e0ec3964d0910cc8a74374222588a9d43c",
        DrawJson.digest(DrawJson.canonical(input)));
    String finalSeed = Lottery.finalSeed(EXAMPLE_SEED, EXAMPLE_WITNESS);
    assertEquals("de7887c4e4d68554f83f755ec72d8f2404d1464f26be4223df9ee2a1897592dd", finalSeed);

    DrawOutcome outcome = Draw.run(input, finalSeed);

    assertEquals(List.of(
        new GroupResult("G1", "第一巡察组", List.of(100L, 300L), 3L, List.of(13L)),
        new GroupResult("G2", "第二巡察组", List.of(200L), 2L, List.of(11L))), outcome.groups());
    assertEquals(List.of("1 100 TENURE", "2 300 REGION", "4 200 OFFICIAL", "11 100 REGION", "13 200 TENURE"),
        outcome.exclusions().stream().map(e -> e.personId() + " " + e.targetId() + " " + e.kind()).toList());
    assertEquals(List.of(), outcome.problems());
    assertEquals("0b710459c857e98ae0764d061c8fef8c303f3e14840de21b7989b0bc46559386",
        DrawJson.digest(DrawJson.outcome(outcome)));
  }

  @Test
  void docsDrawMdShowsTheExamplesJsonAsTheCodeWritesIt() throws IOException {
    String page = Files.readString(Path.of("docs/draw.md"), StandardCharsets.UTF_8);
    Matcher blocks = Pattern.compile("```json\n(.*?)\n```", Pattern.DOTALL).matcher(page);
    List<String> json = new ArrayList<>();
    while (blocks.find()) {
      json.add(blocks.group(1));
    }
    DrawInput input = Fixtures.example();
    assertEquals(List.of(DrawJson.canonical(input),
        DrawJson.outcome(Draw.run(input, Lottery.finalSeed(EXAMPLE_SEED, EXAMPLE_WITNESS)))), json);
  }

  @Test
  void aDrawReplayedFromItsRecordGivesTheSameOutcomeZz6() {
    // before the draw: the input and the seed are committed
    DrawInput input = Fixtures.example();
    String inputJson = DrawJson.canonical(input);
    String inputDigest = DrawJson.digest(inputJson);
    String seed = Lottery.newSeed(new SecureRandom());
    String commitment = Lottery.commitment(seed);
    // the draw, with the witness typed after the commitment was recorded
    String witness = "巡察办 王五 2025-03-03 09:30";
    String outcomeJson = DrawJson.outcome(Draw.run(input, Lottery.finalSeed(seed, witness)));

    // a third party with the record (inputJson, inputDigest, commitment, seed, witness, outcomeJson)
    assertEquals(inputDigest, DrawJson.digest(inputJson));
    assertEquals(commitment, Lottery.commitment(seed));
    DrawOutcome replayed = Draw.run(DrawJson.readInput(inputJson), Lottery.finalSeed(seed, witness));
    assertEquals(DrawJson.readOutcome(outcomeJson), replayed);
    assertEquals(outcomeJson, DrawJson.outcome(replayed));
  }

  @Test
  void anotherSeedDoesNotMatchTheCommitmentZz6() {
    String other = Lottery.newSeed(new SecureRandom());
    assertNotEquals(Lottery.commitment(EXAMPLE_SEED), Lottery.commitment(other));
  }

  @Test
  void aDifferentWitnessGivesADifferentOutcomeZz6() {
    String witness = "二〇二五年三月三日上午 巡察办李四";
    DrawOutcome other = Draw.run(Fixtures.example(), Lottery.finalSeed(EXAMPLE_SEED, witness));
    assertEquals(List.of(
        new GroupResult("G1", "第一巡察组", List.of(200L, 300L), 1L, List.of(12L)),
        new GroupResult("G2", "第二巡察组", List.of(100L), 2L, List.of(3L))), other.groups());
    assertNotEquals(Draw.run(Fixtures.example(), Lottery.finalSeed(EXAMPLE_SEED, EXAMPLE_WITNESS)), other);
  }

  @Test
  void theOrderTheCallerListsThingsInDoesNotMatterZz6() {
    DrawInput example = Fixtures.example();
    DrawInput reordered = new DrawInput(example.drawDate(), reversed(example.rules()), reversed(example.groups()),
        reversed(example.targets()), reversed(example.leaders()), reversed(example.members()),
        example.membersPerGroup(), example.assignTargets());
    assertEquals(example, reordered);
    String seed = Lottery.finalSeed(EXAMPLE_SEED, EXAMPLE_WITNESS);
    assertEquals(Draw.run(example, seed), Draw.run(reordered, seed));
  }

  @Test
  void excludedCandidatesAreNeverDrawnForTheGroupAndNobodyIsDrawnTwiceZz16Jdz13() {
    DrawInput round = county();
    Map<Long, Set<Long>> barred = Draw.exclusions(round).stream().collect(
        Collectors.groupingBy(Exclusion::personId, Collectors.mapping(Exclusion::targetId, Collectors.toSet())));
    for (int i = 0; i < 500; i++) {
      DrawOutcome outcome = Draw.run(round, Lottery.finalSeed(EXAMPLE_SEED, "第" + i + "次"));
      List<Long> drawn = new ArrayList<>();
      Set<Long> dealt = new HashSet<>();
      for (GroupResult group : outcome.groups()) {
        assertTrue(group.targetIds().stream().allMatch(dealt::add), "a target in one group only");
        List<Long> people = new ArrayList<>(group.memberIds());
        people.add(group.leaderId());
        for (Long person : people) {
          assertTrue(Collections.disjoint(barred.getOrDefault(person, Set.of()), group.targetIds()),
              "run " + i + ": person " + person + " must avoid " + group.key() + " " + group.targetIds());
        }
        drawn.addAll(people);
      }
      assertEquals(5, dealt.size());
      assertEquals(drawn.size(), new HashSet<>(drawn).size(), "run " + i + ": drawn twice in " + drawn);
      assertEquals(List.of(), outcome.problems(), "run " + i);
    }
  }

  @Test
  void eachEligibleLeaderIsDrawnAboutEquallyOftenZz6() {
    DrawInput round = new DrawInput(DRAW_DATE, JDZ_13, List.of(group("G1", "第一巡察组", 100L)), List.of(QINGSHAN),
        Fixtures.example().leaders(), List.of(), 0, false);
    Map<Long, Integer> counts = new TreeMap<>();
    for (int i = 0; i < 3000; i++) {
      counts.merge(Draw.run(round, Lottery.finalSeed(EXAMPLE_SEED, "第" + i + "次")).groups().get(0).leaderId(), 1,
          Integer::sum);
    }
    assertEquals(Set.of(2L, 3L, 4L), counts.keySet(), "王立新 (1) avoids 青山镇");
    counts.values().forEach(n -> assertTrue(Math.abs(n - 1000) < 120, counts.toString()));
  }

  @Test
  void aLeaderPoolWithoutAvoidanceFreeCandidateIsAProblemNotAnExceptionJdz13() {
    DrawInput round = new DrawInput(DRAW_DATE, JDZ_13,
        List.of(group("G1", "第一巡察组", 300L), group("G2", "第二巡察组", 100L)), List.of(QINGSHAN, BAISHUI),
        List.of(Fixtures.example().leaders().get(0), Fixtures.example().members().get(1)), List.of(), 0, false);
    DrawOutcome outcome = Draw.run(round, Lottery.finalSeed(EXAMPLE_SEED, EXAMPLE_WITNESS));
    assertTrue(Set.of(1L, 11L).contains(outcome.groups().get(0).leaderId()), "白水乡 is free for both");
    assertNull(outcome.groups().get(1).leaderId(), "王立新 and 孙悦 both avoid 青山镇");
    assertEquals(List.of("第二巡察组：组长库中没有无需回避的人选"), outcome.problems());
  }

  @Test
  void aLeaderPoolUsedUpByEarlierGroupsIsAProblemZz6() {
    DrawInput round = new DrawInput(DRAW_DATE, JDZ_13,
        List.of(group("G1", "第一巡察组", 100L), group("G2", "第二巡察组", 200L)), List.of(QINGSHAN, HOUSING),
        List.of(person(3, "赵敏")), List.of(), 0, false);
    DrawOutcome outcome = Draw.run(round, Lottery.finalSeed(EXAMPLE_SEED, EXAMPLE_WITNESS));
    assertEquals(3L, outcome.groups().get(0).leaderId());
    assertNull(outcome.groups().get(1).leaderId());
    assertEquals(List.of("第二巡察组：组长库中无需回避的人选均已在本轮抽中"), outcome.problems());
  }

  @Test
  void tooFewMembersIsAProblemAndAPersonInBothPoolsIsDrawnOnceZz6() {
    Candidate zhao = person(3, "赵敏");
    DrawInput round = new DrawInput(DRAW_DATE, JDZ_13, List.of(group("G1", "第一巡察组", 100L)), List.of(QINGSHAN),
        List.of(zhao), List.of(zhao, person(12, "周宁")), 3, false);
    DrawOutcome outcome = Draw.run(round, Lottery.finalSeed(EXAMPLE_SEED, EXAMPLE_WITNESS));
    assertEquals(new GroupResult("G1", "第一巡察组", List.of(100L), 3L, List.of(12L)), outcome.groups().get(0));
    assertEquals(List.of("第一巡察组：人才库中无需回避且本轮尚未抽中的人选不足，需 3 名，只抽到 1 名"), outcome.problems());
  }

  @Test
  void aGroupWithoutTargetsDrawsNobodyZz6() {
    DrawInput round = new DrawInput(DRAW_DATE, JDZ_13, List.of(group("G1", "第一巡察组"), group("G2", "第二巡察组")),
        List.of(HOUSING), List.of(person(3, "赵敏"), person(5, "钱进")), List.of(), 0, true);
    DrawOutcome outcome = Draw.run(round, Lottery.finalSeed(EXAMPLE_SEED, EXAMPLE_WITNESS));
    assertEquals(new GroupResult("G2", "第二巡察组", List.of(), null, List.of()), outcome.groups().get(1));
    assertEquals(List.of("第二巡察组：没有被巡察单位，未抽取人员"), outcome.problems());
  }

  @Test
  void assignedTargetsStayWithTheirGroupsAndGroupsGoInKeyOrderZz6() {
    List<GroupSlot> groups = new ArrayList<>();
    List<DrawTarget> targets = new ArrayList<>();
    List<Candidate> leaders = new ArrayList<>();
    for (int g = 1; g <= 11; g++) {
      groups.add(group("G" + g, "第" + g + "巡察组", 1000L + g));
      targets.add(new DrawTarget(1000 + g, "单位" + g, null, Set.of()));
      leaders.add(person(g, "组长" + g));
    }
    DrawInput round = new DrawInput(DRAW_DATE, JDZ_13, groups, targets, leaders, List.of(), 0, false);
    DrawOutcome outcome = Draw.run(round, Lottery.finalSeed(EXAMPLE_SEED, EXAMPLE_WITNESS));
    assertEquals(List.of("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10", "G11"),
        outcome.groups().stream().map(GroupResult::key).toList());
    outcome.groups().forEach(r -> assertEquals(List.of(1000L + Long.parseLong(r.key().substring(1))), r.targetIds()));
  }

  @Test
  void theOutcomeListsEveryExclusionOfBothPoolsOnceZz16Jdz13() {
    List<Exclusion> exclusions = Draw.exclusions(county());
    assertEquals(exclusions.stream().sorted(Exclusion.ORDER).distinct().toList(), exclusions);
    assertTrue(exclusions.stream().anyMatch(e -> e.personId() == 21), "a member is listed");
    assertEquals(2, exclusions.stream().filter(e -> e.personId() == 3).count(), "赵敏 is in both pools, listed once");
  }

  /** Five targets for three groups, six leaders and nine members, two members a group, with conflicts. */
  private static DrawInput county() {
    DrawTarget forestry = new DrawTarget(400, "市林业局", null, Set.of(401L));
    DrawTarget redHill = new DrawTarget(500, "红山镇", "红山镇", Set.of(501L));
    Candidate zhao = new Candidate(3, "赵敏", List.of(new Tenure(401, "市林业站", "站长", LocalDate.of(2015, 1, 1),
        LocalDate.of(2024, 12, 31))), "红山镇", List.of(), List.of());
    List<Candidate> leaders = List.of(Fixtures.example().leaders().get(0), Fixtures.example().leaders().get(1), zhao,
        Fixtures.example().leaders().get(3), person(5, "钱进"), Fixtures.withPlaces(6, "郑洁", null, List.of("红山镇")));
    List<Candidate> members = new ArrayList<>(Fixtures.example().members());
    members.add(zhao);
    members.remove(0);
    members.addAll(List.of(person(20, "冯涛"), Fixtures.withDeclaration(21, "褚静", new Declaration(501, "红山镇中学",
        "子女", "在读")), person(22, "卫国"), Fixtures.withPlaces(23, "蒋涵", "白水乡", List.of()), person(24, "沈波")));
    return new DrawInput(DRAW_DATE, JDZ_13,
        List.of(group("G1", "第一巡察组"), group("G2", "第二巡察组"), group("G3", "第三巡察组")),
        List.of(QINGSHAN, HOUSING, BAISHUI, forestry, redHill), leaders, members, 2, true);
  }

  private static <T> List<T> reversed(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    Collections.reverse(copy);
    return copy;
  }
}
