package cn.zeren.inspection.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The argument checks of the package's records, each refusing with {@link IllegalArgumentException}. */
final class Checks {
  private Checks() {}

  static <T> T present(T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is missing (null)");
    }
    return value;
  }

  static String text(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is missing or blank");
    }
    return value;
  }

  /** An unmodifiable copy of a list that must be there and must not hold null. */
  static <T> List<T> list(List<T> values, String what) {
    present(values, what);
    List<T> copy = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      copy.add(present(values.get(i), what + "[" + i + "]"));
    }
    return List.copyOf(copy);
  }

  /** An unmodifiable copy of a set that must be there and must not hold null. */
  static <T> Set<T> set(Set<T> values, String what) {
    present(values, what);
    for (T value : values) {
      present(value, what + " element");
    }
    return Set.copyOf(values);
  }
}
