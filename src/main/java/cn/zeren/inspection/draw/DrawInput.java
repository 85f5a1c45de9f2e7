package cn.zeren.inspection.draw;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a draw depends on, committed before it (ZZ-6 一次一授权, 随机抽签): the draw date (avoidance's time
 * limits count back from it), the avoidance rules of the pack, the round's groups and targets, the two pools, how many
 * members each group gets, and whether the lot also deals the targets to the groups.
 *
 * <p>The record checks its consistency and keeps its lists in canonical order — rules by ruleId then kind name,
 * groups by {@link GroupSlot#KEY_ORDER}, targets by organisationId, candidates by personId — which is also the order
 * the draw takes them in. A person may be in both pools only with the same facts in each.
 */
public record DrawInput(
    LocalDate drawDate,
    List<AvoidanceRule> rules,
    List<GroupSlot> groups,
    List<DrawTarget> targets,
    List<Candidate> leaders,
    List<Candidate> members,
    int membersPerGroup,
    boolean assignTargets) {
  public DrawInput {
    Checks.present(drawDate, "drawDate");
    rules = Checks.list(rules, "rules").stream()
        .sorted(Comparator.comparing(AvoidanceRule::ruleId).thenComparing(r -> r.kind().name()))
        .toList();
    groups = Checks.list(groups, "groups").stream()
        .sorted(Comparator.comparing(GroupSlot::key, GroupSlot.KEY_ORDER))
        .toList();
    targets = Checks.list(targets, "targets").stream()
        .sorted(Comparator.comparingLong(DrawTarget::organisationId))
        .toList();
    leaders = pool(leaders, "leaders");
    members = pool(members, "members");
    if (membersPerGroup < 0) {
      throw new IllegalArgumentException("membersPerGroup must not be negative, was " + membersPerGroup);
    }
    uniqueRules(rules);
    checkGroups(groups, targets, assignTargets);
    samePersonSameFacts(leaders, members);
  }

  private static List<Candidate> pool(List<Candidate> pool, String what) {
    List<Candidate> sorted = Checks.list(pool, what).stream()
        .sorted(Comparator.comparingLong(Candidate::personId))
        .toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).personId() == sorted.get(i - 1).personId()) {
        throw new IllegalArgumentException(what + " lists person " + sorted.get(i).personId() + " twice");
      }
    }
    return sorted;
  }

  private static void uniqueRules(List<AvoidanceRule> rules) {
    Set<String> seen = new HashSet<>();
    for (AvoidanceRule rule : rules) {
      if (!seen.add(rule.ruleId() + " " + rule.kind())) {
        throw new IllegalArgumentException("rules list " + rule.ruleId() + " " + rule.kind() + " twice");
      }
    }
  }

  private static void checkGroups(List<GroupSlot> groups, List<DrawTarget> targets, boolean assignTargets) {
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("a draw needs at least one group");
    }
    Set<String> keys = new HashSet<>();
    for (GroupSlot group : groups) {
      if (!keys.add(group.key())) {
        throw new IllegalArgumentException("duplicate group key " + group.key());
      }
    }
    Set<Long> targetIds = new HashSet<>();
    for (DrawTarget target : targets) {
      if (!targetIds.add(target.organisationId())) {
        throw new IllegalArgumentException("targets list organisation " + target.organisationId() + " twice");
      }
    }
    if (!assignTargets) {
      eachTargetInOneGroup(groups, targetIds);
      return;
    }
    for (GroupSlot group : groups) {
      if (!group.targetIds().isEmpty()) {
        throw new IllegalArgumentException(
            "group " + group.key() + " has targets although the draw assigns them (assignTargets)");
      }
    }
  }

  private static void eachTargetInOneGroup(List<GroupSlot> groups, Set<Long> targetIds) {
    Map<Long, String> groupOf = new HashMap<>();
    for (GroupSlot group : groups) {
      for (long id : group.targetIds()) {
        if (!targetIds.contains(id)) {
          throw new IllegalArgumentException("group " + group.key() + " names target " + id + ", not in targets");
        }
        String other = groupOf.put(id, group.key());
        if (other != null) {
          throw new IllegalArgumentException("target " + id + " is in groups " + other + " and " + group.key());
        }
      }
    }
    List<Long> unassigned = targetIds.stream().filter(id -> !groupOf.containsKey(id)).sorted().toList();
    if (!unassigned.isEmpty()) {
      throw new IllegalArgumentException("targets " + unassigned + " are in no group");
    }
  }

  private static void samePersonSameFacts(List<Candidate> leaders, List<Candidate> members) {
    Map<Long, Candidate> byId = new HashMap<>();
    leaders.forEach(c -> byId.put(c.personId(), c));
    for (Candidate member : members) {
      Candidate leader = byId.get(member.personId());
      if (leader != null && !leader.equals(member)) {
        throw new IllegalArgumentException(
            "person " + member.personId() + " is in both pools with different facts; give the same record in each");
      }
    }
  }
}
