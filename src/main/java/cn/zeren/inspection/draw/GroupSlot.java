package cn.zeren.inspection.draw;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A group of the round (巡察组): key "G1", name "第一巡察组", targets already assigned (empty when the draw assigns
 * them). The key is 1–32 ASCII letters, digits, '-' or '_'; groups are taken in {@link #KEY_ORDER}. The target ids are
 * kept in ascending order.
 */
public record GroupSlot(String key, String name, List<Long> targetIds) {
  /** Shorter key first, then ASCII order: G1, G2, …, G9, G10. */
  static final Comparator<String> KEY_ORDER =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  public GroupSlot {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "group key " + (key == null ? "null" : "\"" + key + "\"")
              + " is not 1–32 ASCII letters, digits, '-' or '_' (e.g. G1)");
    }
    Checks.text(name, "group " + key + ": name");
    targetIds = Checks.list(targetIds, "group " + key + ": targetIds").stream().sorted().toList();
    if (new HashSet<>(targetIds).size() != targetIds.size()) {
      throw new IllegalArgumentException("group " + key + " lists a target twice: " + targetIds);
    }
  }
}
