package cn.zeren.inspection.draw;

import java.util.List;

/**
 * What the draw gave one group: its targets (ascending), its leader (null when none could be drawn) and its members
 * in the order they were drawn.
 */
public record GroupResult(String key, String name, List<Long> targetIds, Long leaderId, List<Long> memberIds) {
  public GroupResult {
    Checks.text(key, "a group result's key");
    Checks.text(name, "group result " + key + ": name");
    targetIds = Checks.list(targetIds, "group result " + key + ": targetIds");
    memberIds = Checks.list(memberIds, "group result " + key + ": memberIds");
  }
}
