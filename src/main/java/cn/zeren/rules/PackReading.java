package cn.zeren.rules;

import cn.zeren.security.Role;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * What a {@link RuleSection} reads from: the pack document, the pack's obligations, the sections it requires, and
 * the list of faults that all sections add to (reported together, so a locality's pack is fixed in one pass) —
 * with the checks every section needs, worded alike: a missing text, a code, an article id, a role list.
 */
public final class PackReading {
  /** An article id: YW-10.1, JDZ-34, YW-6.2a. */
  public static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,4}-\\d+(\\.\\d+)?[a-z]?");

  private final JsonObject root;
  private final List<ObligationRule> obligations;
  private final Map<Class<?>, Object> sections;
  private final List<String> problems;
  private final Set<Class<?>> readable;

  PackReading(
      JsonObject root, List<ObligationRule> obligations, Map<Class<?>, Object> sections, List<String> problems,
      Set<Class<?>> readable) {
    this.root = root;
    this.obligations = obligations;
    this.sections = sections;
    this.problems = problems;
    this.readable = readable;
  }

  /** The whole pack document. */
  public JsonObject root() {
    return root;
  }

  /** The pack's obligations that were read without fault. */
  public List<ObligationRule> obligations() {
    return obligations;
  }

  public Optional<ObligationRule> obligation(String ruleId) {
    return obligations.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * A section this one named in {@link RuleSection#requires()}, as read (its value may be incomplete when it had
   * faults; they are reported anyway).
   */
  public <T> T section(Class<T> type) {
    if (!readable.contains(type)) {
      throw new IllegalStateException("section " + type.getName() + " is not among the sections required");
    }
    return type.cast(sections.get(type));
  }

  /** The list every fault goes to (for readers that keep their own reference to it). */
  public List<String> problems() {
    return problems;
  }

  public void problem(String text) {
    problems.add(text);
  }

  /** How many faults so far: compare before and after reading an item to know whether it had any. */
  public int faults() {
    return problems.size();
  }

  // ---- checks shared by the sections ----

  /** Each object of the list under {@code key}, with its place for messages ("第 2 个约谈类型（YEARLY）："). */
  public void forEach(String key, String label, BiConsumer<JsonObject, String> each) {
    if (!root.containsKey(key)) {
      return;
    }
    JsonArray items = asArray(root.get(key));
    if (items == null) {
      problems.add("规则包：" + label + " " + key + " 应为列表");
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonValue v = items.get(i);
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        problems.add("第 " + (i + 1) + " 个" + label + "：应为对象");
        continue;
      }
      JsonObject o = v.asJsonObject();
      String code = optionalText(o, "code");
      each.accept(o, "第 " + (i + 1) + " 个" + label + (code == null ? "" : "（" + code + "）") + "：");
    }
  }

  public void unique(List<String> codes, String label) {
    Set<String> seen = new HashSet<>();
    codes.stream().filter(c -> !seen.add(c)).forEach(c -> problems.add(label + "代码“" + c + "”重复"));
  }

  public String code(JsonObject o, String at) {
    String code = required(o, "code", at, "代码 code");
    if (code != null && !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
      problems.add(at + "代码“" + code + "”应为大写字母、数字和下划线，如 ANNUAL_MAIN");
    }
    return code;
  }

  /** A rule id that need not be an obligation (articles such as YW-12.3 oblige nothing periodic). */
  public String articleId(JsonObject o, String at) {
    return articleId(o, "ruleId", at, "条款编号");
  }

  /** An article id under {@code key} that need not be an obligation ({@code label} names its role). */
  public String articleId(JsonObject o, String key, String at, String label) {
    String ruleId = required(o, key, at, label + " " + key);
    if (ruleId != null && !RULE_ID.matcher(ruleId).matches()) {
      problems.add(at + label + "“" + ruleId + "”格式不对，应如 YW-12.2");
    }
    return ruleId;
  }

  /** A rule id that must be one of the pack's obligations. */
  public String ruleReference(JsonObject o, String at) {
    String ruleId = required(o, "ruleId", at, "条款编号 ruleId");
    if (ruleId != null && obligation(ruleId).isEmpty()) {
      problems.add(at + "条款编号“" + ruleId + "”不在本规则包的义务中");
    }
    return ruleId;
  }

  public List<Role> roles(JsonObject o, String key, String at, boolean required) {
    List<Role> roles = new ArrayList<>();
    int before = problems.size();
    for (String role : strings(o, key, at)) {
      try {
        roles.add(Role.valueOf(role));
      } catch (IllegalArgumentException e) {
        problems.add(at + key + "“" + role + "”未知，可选：" + Arrays.toString(Role.values()));
      }
    }
    if (required && roles.isEmpty() && problems.size() == before) {
      problems.add(at + "缺少角色 " + key);
    }
    return List.copyOf(roles);
  }

  public List<String> strings(JsonObject o, String key, String at) {
    if (!o.containsKey(key)) {
      return List.of();
    }
    JsonArray items = asArray(o.get(key));
    if (items == null || items.stream().anyMatch(v -> v.getValueType() != JsonValue.ValueType.STRING)) {
      problems.add(at + key + " 应为字符串列表");
      return List.of();
    }
    return items.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  public BigDecimal decimal(JsonObject o, String key, String at) {
    if (!(o.get(key) instanceof JsonNumber n)) {
      problems.add(at + "评分标准缺少数值 " + key);
      return null;
    }
    return n.bigDecimalValue();
  }

  public <E extends Enum<E>> E enumValue(JsonObject o, String key, Class<E> type, String at, String label) {
    String value = optionalText(o, key);
    if (value == null) {
      problems.add(at + "缺少" + label);
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(at + label + "“" + value + "”未知，可选：" + Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  /** A positive whole number ({@code label} names it in the message, e.g. "最少次数"). */
  public int positiveInt(JsonObject o, String key, String at, String label) {
    JsonValue v = o.get(key);
    if (v.getValueType() != JsonValue.ValueType.NUMBER || o.getJsonNumber(key).intValue() < 1) {
      problems.add(at + label + " " + key + " 应为正整数");
      return 1;
    }
    return o.getJsonNumber(key).intValue();
  }

  public String required(JsonObject o, String key, String at, String label) {
    String value = optionalText(o, key);
    if (value == null) {
      problems.add(at + "缺少" + label);
    }
    return value;
  }

  /** A trimmed text, or null when absent, not a string or blank. */
  public static String optionalText(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
      return null;
    }
    String s = ((JsonString) v).getString().trim();
    return s.isEmpty() ? null : s;
  }

  public static JsonArray asArray(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : null;
  }
}
