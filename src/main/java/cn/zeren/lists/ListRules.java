package cn.zeren.lists;

import cn.zeren.platform.DomainException;
import cn.zeren.security.Role;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The rules of the signed lists that need no container: which fields each kind of list has and requires, who signs
 * (YW-11.3, from the rule pack), when a rectification item is overdue and when it may be written off.
 */
public final class ListRules {
  private static final Map<String, Integer> MAX_LENGTH =
      Map.ofEntries(
          Map.entry("task", 500), Map.entry("measure", 2000), Map.entry("ownerName", 100), Map.entry("area", 200),
          Map.entry("expectedEvidence", 500), Map.entry("sourceCode", 30), Map.entry("description", 2000),
          Map.entry("category", 100), Map.entry("responsibilityItem", 500), Map.entry("foundBy", 100),
          Map.entry("problemKey", 20));

  private static final Map<String, Function<ItemFields, Object>> VALUES = new LinkedHashMap<>();

  static {
    VALUES.put("task", ItemFields::task);
    VALUES.put("measure", ItemFields::measure);
    VALUES.put("ownerName", ItemFields::ownerName);
    VALUES.put("area", ItemFields::area);
    VALUES.put("expectedEvidence", ItemFields::expectedEvidence);
    VALUES.put("sourceCode", ItemFields::sourceCode);
    VALUES.put("description", ItemFields::description);
    VALUES.put("category", ItemFields::category);
    VALUES.put("responsibilityItem", ItemFields::responsibilityItem);
    VALUES.put("foundOn", ItemFields::foundOn);
    VALUES.put("foundBy", ItemFields::foundBy);
    VALUES.put("problemKey", ItemFields::problemKey);
    VALUES.put("deadline", ItemFields::deadline);
  }

  /** Every field of an item, in a fixed order: the signed content carries all of them for every kind. */
  public static final List<String> ALL_FIELDS = List.copyOf(VALUES.keySet());

  /** A field of a kind of list and whether it must be filled in. */
  public record Field(String name, boolean required) {}

  private ListRules() {}

  /** The fields of a kind, in the order of the form, the exports and the signed content. */
  public static List<Field> fieldsOf(SignedListKind kind) {
    return switch (kind) {
      case RESPONSIBILITY -> List.of(new Field("task", true), new Field("measure", true),
          new Field("ownerName", true), new Field("expectedEvidence", false));
      case DIVISION -> List.of(new Field("ownerName", true), new Field("area", true), new Field("task", true),
          new Field("measure", false));
      case PROBLEM -> List.of(new Field("sourceCode", true), new Field("description", true),
          new Field("category", true), new Field("responsibilityItem", false), new Field("foundOn", true),
          new Field("foundBy", true));
      case RECTIFICATION -> List.of(new Field("problemKey", true), new Field("measure", true),
          new Field("ownerName", true), new Field("deadline", true));
    };
  }

  /** The value of a named field. */
  public static Object value(ItemFields fields, String name) {
    return VALUES.get(name).apply(fields);
  }

  /** The letter of a kind's item keys: R1 (责任), D1 (分解), P1 (问题), Z1 (整改). */
  public static String keyPrefix(SignedListKind kind) {
    return switch (kind) {
      case RESPONSIBILITY -> "R";
      case DIVISION -> "D";
      case PROBLEM -> "P";
      case RECTIFICATION -> "Z";
    };
  }

  /**
   * The item as it will be stored: text stripped, the fields the kind does not use cleared, every required field
   * present, lengths within the columns, a problem's source in the pack's catalogue and its date not in the future.
   *
   * @throws DomainException on the offending field
   */
  public static ItemFields normalise(SignedListKind kind, ItemFields raw, SignedLists pack, LocalDate today) {
    Map<String, Object> kept = new LinkedHashMap<>();
    for (Field field : fieldsOf(kind)) {
      Object value = value(raw, field.name());
      if (value instanceof String s) {
        value = s.strip().isEmpty() ? null : s.strip();
      }
      if (value == null && field.required()) {
        throw DomainException.onField(field.name(), "list.item.required");
      }
      Integer max = MAX_LENGTH.get(field.name());
      if (value instanceof String s && max != null && s.length() > max) {
        throw DomainException.onField(field.name(), "list.item.tooLong", max);
      }
      kept.put(field.name(), value);
    }
    if (kind == SignedListKind.PROBLEM) {
      String source = (String) kept.get("sourceCode");
      if (pack.source(source).isEmpty()) {
        throw DomainException.onField("sourceCode", "list.item.source", source);
      }
      if (((LocalDate) kept.get("foundOn")).isAfter(today)) {
        throw DomainException.onField("foundOn", "list.item.foundOnFuture");
      }
    }
    return new ItemFields((String) kept.get("task"), (String) kept.get("measure"), (String) kept.get("ownerName"),
        (String) kept.get("area"), (String) kept.get("expectedEvidence"), (String) kept.get("sourceCode"),
        (String) kept.get("description"), (String) kept.get("category"), (String) kept.get("responsibilityItem"),
        (LocalDate) kept.get("foundOn"), (String) kept.get("foundBy"), (String) kept.get("problemKey"),
        (LocalDate) kept.get("deadline"));
  }

  /**
   * YW-11.3 as the pack reads it: only a person acting in the kind's signer role <em>at the list's own
   * organisation</em> signs — the root organisation's lists by its own signer role; a role held above (an ancestor)
   * or at another unit does not count.
   */
  public static boolean maySign(SignedListRule rule, boolean rootOrganisation, long listOrganisationId,
      Role actingRole, Long actingOrganisationId) {
    return actingRole != null && actingRole == rule.signerFor(rootOrganisation)
        && Objects.equals(actingOrganisationId, listOrganisationId);
  }

  /** A rectification item is overdue from the day after its deadline (Beijing) until it is written off. */
  public static boolean overdue(LocalDate deadline, boolean closed, LocalDate today) {
    return deadline != null && !closed && today.isAfter(deadline);
  }

  /**
   * The write-off (销账) is decided by somebody else than the person who asked for it: evidence and approval are
   * two hands (YW-11.2 closing "only with evidence and approval").
   */
  public static boolean mayDecideClosing(Long requesterId, Long deciderId) {
    return deciderId == null || !deciderId.equals(requesterId);
  }
}
