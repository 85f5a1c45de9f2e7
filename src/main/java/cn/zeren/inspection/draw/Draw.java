package cn.zeren.inspection.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The draw of a round (随机抽签, ZZ-6), deterministic given its input and final seed, so that anyone can replay it
 * (docs/draw.md). Every random number comes from {@link Lottery#stream}, taken in this order:
 *
 * <ol>
 *   <li>when the draw assigns the targets: the targets, by organisation id, are shuffled and dealt round-robin to
 *       the groups in key order;
 *   <li>each group in key order draws its leader from the leaders, by person id, who have no exclusion for any of
 *       the group's targets and are not drawn yet;
 *   <li>then each group in key order draws its members one by one in the same way from the members.
 * </ol>
 *
 * A person is drawn at most once in the round, whichever pool. A group without targets draws nobody. What cannot be
 * drawn is a problem of the outcome, never an exception.
 */
public final class Draw {
  private final DrawInput input;
  private final Lottery.RandomStream stream;
  private final Map<Long, Set<Long>> barred = new HashMap<>();
  private final Set<Long> drawn = new HashSet<>();
  private final List<String> problems = new ArrayList<>();

  private Draw(DrawInput input, Lottery.RandomStream stream) {
    this.input = input;
    this.stream = stream;
  }

  /** Draws the round of {@code input} with the stream of {@code finalSeedHex} ({@link Lottery#finalSeed}). */
  public static DrawOutcome run(DrawInput input, String finalSeedHex) {
    Checks.present(input, "the draw input");
    return new Draw(input, Lottery.stream(finalSeedHex)).outcome();
  }

  /** Every exclusion of both pools against every target of {@code input}, in {@link Exclusion#ORDER}. */
  public static List<Exclusion> exclusions(DrawInput input) {
    Map<Long, Candidate> people = new LinkedHashMap<>();
    input.leaders().forEach(c -> people.put(c.personId(), c));
    input.members().forEach(c -> people.putIfAbsent(c.personId(), c));
    List<Exclusion> all = new ArrayList<>();
    for (Candidate candidate : people.values()) {
      for (DrawTarget target : input.targets()) {
        all.addAll(Avoidance.conflicts(candidate, target, input.rules(), input.drawDate()));
      }
    }
    return all.stream().sorted(Exclusion.ORDER).toList();
  }

  private DrawOutcome outcome() {
    List<Exclusion> exclusions = exclusions(input);
    exclusions.forEach(e -> barred.computeIfAbsent(e.personId(), id -> new HashSet<>()).add(e.targetId()));
    Map<String, List<Long>> targets = targetsOfGroups();
    Map<String, Long> leaders = new HashMap<>();
    for (GroupSlot group : input.groups()) {
      if (targets.get(group.key()).isEmpty()) {
        problems.add(group.name() + "：没有被巡察单位，未抽取人员");
      } else {
        leaders.put(group.key(), leader(group, targets.get(group.key())));
      }
    }
    Map<String, List<Long>> members = new HashMap<>();
    for (GroupSlot group : input.groups()) {
      if (!targets.get(group.key()).isEmpty()) {
        members.put(group.key(), members(group, targets.get(group.key())));
      }
    }
    List<GroupResult> groups = input.groups().stream()
        .map(g -> new GroupResult(g.key(), g.name(), targets.get(g.key()), leaders.get(g.key()),
            members.getOrDefault(g.key(), List.of())))
        .toList();
    return new DrawOutcome(groups, exclusions, problems);
  }

  private Map<String, List<Long>> targetsOfGroups() {
    Map<String, List<Long>> targets = new HashMap<>();
    input.groups().forEach(g -> targets.put(g.key(), new ArrayList<>(g.targetIds())));
    if (input.assignTargets()) {
      List<Long> dealt = stream.shuffle(input.targets().stream().map(DrawTarget::organisationId).toList());
      for (int i = 0; i < dealt.size(); i++) {
        targets.get(input.groups().get(i % input.groups().size()).key()).add(dealt.get(i));
      }
    }
    targets.replaceAll((key, ids) -> ids.stream().sorted().toList());
    return targets;
  }

  private Long leader(GroupSlot group, List<Long> targets) {
    List<Candidate> free = free(input.leaders(), targets);
    List<Candidate> eligible = free.stream().filter(c -> !drawn.contains(c.personId())).toList();
    if (eligible.isEmpty()) {
      problems.add(group.name() + (free.isEmpty() ? "：组长库中没有无需回避的人选" : "：组长库中无需回避的人选均已在本轮抽中"));
      return null;
    }
    return pick(eligible);
  }

  private List<Long> members(GroupSlot group, List<Long> targets) {
    List<Candidate> free = free(input.members(), targets);
    List<Long> picked = new ArrayList<>();
    while (picked.size() < input.membersPerGroup()) {
      List<Candidate> eligible = free.stream().filter(c -> !drawn.contains(c.personId())).toList();
      if (eligible.isEmpty()) {
        problems.add(group.name() + "：人才库中无需回避且本轮尚未抽中的人选不足，需 " + input.membersPerGroup()
            + " 名，只抽到 " + picked.size() + " 名");
        break;
      }
      picked.add(pick(eligible));
    }
    return picked;
  }

  /** The candidates of {@code pool}, by person id, with no exclusion for any of {@code targets}. */
  private List<Candidate> free(List<Candidate> pool, List<Long> targets) {
    return pool.stream()
        .filter(c -> targets.stream().noneMatch(barred.getOrDefault(c.personId(), Set.of())::contains))
        .toList();
  }

  private long pick(List<Candidate> eligible) {
    long personId = eligible.get(stream.nextInt(eligible.size())).personId();
    drawn.add(personId);
    return personId;
  }
}
