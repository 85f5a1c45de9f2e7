package cn.zeren.inspection.draw;

import java.util.HashSet;
import java.util.Set;

/**
 * A target (被巡察单位): its organisation id and name, its place (地域) or null for a unit without own territory (a
 * city department), and the ids of the target and every organisation below it in the tree (a post in a subordinate
 * unit counts). The target's own id always belongs to {@code subtreeIds}; it is added when the caller left it out.
 */
public record DrawTarget(long organisationId, String name, String place, Set<Long> subtreeIds) {
  public DrawTarget {
    Checks.text(name, "target " + organisationId + ": name");
    Set<Long> ids = new HashSet<>(Checks.set(subtreeIds, "target " + organisationId + " " + name + ": subtreeIds"));
    ids.add(organisationId);
    subtreeIds = Set.copyOf(ids);
  }
}
