package cn.zeren.rules;

import cn.zeren.calendar.Period;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;



/**
 * Reads and validates a rule pack (JSON): first against the JSON Schemas of the pack and of every section
 * ({@link PackSchemas}), then its identity and obligations here, each context's section by that context's
 * {@link RuleSection}. Every fault is collected — unknown period syntax, missing article id or text,
 * unknown owner, scope or frequency, a due rule that does not fit the frequency, a duplicate rule id, a section's
 * own faults, a top-level key no section reads — and reported together in a {@link RulePackException}, so that a
 * locality's pack can be fixed in one pass.
 */
public final class RulePackReader {
  private static final Pattern RULE_ID = PackReading.RULE_ID;
  private static final Pattern GROUP = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  /** The keys of the pack itself; every other top-level key belongs to exactly one section. */
  static final Set<String> IDENTITY_KEYS =
      Set.of("id", "version", "title", "source", "notes", "variant", "obligations");

  private final String source;
  private final List<String> problems = new ArrayList<>();
  /** The shared checks (texts, enums, positive numbers) over the document, adding to {@link #problems}. */
  private PackReading checks;

  private RulePackReader(String source) {
    this.source = source;
  }

  /** Reads the pack with the given sections (the registry passes every deployed one; plain tests name theirs). */
  public static RulePack read(String json, String source, Collection<? extends RuleSection<?>> sections) {
    return new RulePackReader(source).parse(json, sections);
  }

  private RulePack parse(String json, Collection<? extends RuleSection<?>> sections) {
    JsonObject root;
    try {
      root = Json.createReader(new StringReader(json)).readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new RulePackException(source, List.of("不是合法的 JSON：" + e.getMessage()));
    }
    List<RuleSection<?>> ordered = ordered(sections);
    problems.addAll(PackSchemas.violations(json, source, ordered));
    checks = new PackReading(root, List.of(), Map.of(), problems, Set.of());
    String id = text(root, "id", "规则包");
    String version = text(root, "version", "规则包");
    String title = text(root, "title", "规则包");
    String packSource = PackReading.optionalText(root, "source");
    String notes = PackReading.optionalText(root, "notes");
    PackVariant variant = variant(root);
    List<ObligationRule> rules = new ArrayList<>();
    JsonArray obligations = root.containsKey("obligations") ? PackReading.asArray(root.get("obligations")) : null;
    if (obligations == null) {
      problems.add("规则包：缺少义务列表 obligations（没有义务时写空列表 []）");
    } else {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < obligations.size(); i++) {
        ObligationRule rule = obligation(obligations.get(i), i + 1);
        if (rule != null && !ids.add(rule.ruleId())) {
          problems.add(where(i + 1, rule.ruleId()) + "条款编号重复");
        }
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    Set<String> known = new HashSet<>(IDENTITY_KEYS);
    ordered.forEach(section -> known.addAll(section.keys()));
    root.keySet().stream().filter(k -> !known.contains(k) && !k.startsWith("$")).sorted()
        .forEach(k -> problems.add("规则包：没有哪个模块读取顶层键“" + k + "”（拼写错误，或该模块未部署）"));
    Map<Class<?>, Object> values = new HashMap<>();
    Set<Class<?>> defined = new HashSet<>();
    List<ObligationRule> readRules = List.copyOf(rules);
    for (RuleSection<?> section : ordered) {
      if (section.keys().stream().anyMatch(root::containsKey)) {
        defined.add(section.type());
      }
      PackReading reading =
          new PackReading(root, readRules, values, problems, Set.copyOf(section.requires()));
      Object value = section.read(reading);
      if (value != null) {
        values.put(section.type(), value);
      }
    }
    if (!problems.isEmpty()) {
      throw new RulePackException(source, problems);
    }
    return new RulePack(id, version, title, packSource, notes, source, variant, readRules, values, defined);
  }

  /**
   * The sections in an order where each comes after those it requires (ties by type name, so the faults of a pack
   * are always listed alike); two sections of one type or of one key, or a required section that is not deployed,
   * are a fault of the build, not of the pack.
   */
  static List<RuleSection<?>> ordered(Collection<? extends RuleSection<?>> sections) {
    Map<Class<?>, RuleSection<?>> byType = new HashMap<>();
    Map<String, RuleSection<?>> byKey = new HashMap<>();
    for (RuleSection<?> section : sections) {
      RuleSection<?> twin = byType.putIfAbsent(section.type(), section);
      if (twin != null) {
        throw new IllegalStateException("Two rule-pack sections of " + section.type().getName() + ": "
            + twin.getClass().getName() + " and " + section.getClass().getName());
      }
      for (String key : section.keys()) {
        RuleSection<?> other = byKey.putIfAbsent(key, section);
        if (other != null || IDENTITY_KEYS.contains(key)) {
          throw new IllegalStateException("The rule-pack key \"" + key + "\" is read by "
              + (other == null ? "the pack itself" : other.getClass().getName()) + " and by "
              + section.getClass().getName());
        }
      }
    }
    List<RuleSection<?>> result = new ArrayList<>();
    Set<Class<?>> done = new HashSet<>();
    List<RuleSection<?>> pending = new ArrayList<>(byType.values());
    pending.sort(Comparator.comparing(s -> s.type().getName()));
    while (!pending.isEmpty()) {
      RuleSection<?> next = pending.stream().filter(s -> done.containsAll(s.requires())).findFirst().orElse(null);
      if (next == null) {
        RuleSection<?> stuck = pending.get(0);
        throw new IllegalStateException("The rule-pack section " + stuck.getClass().getName() + " requires "
            + stuck.requires().stream().filter(t -> !done.contains(t)).map(Class::getName).toList()
            + ", which is not deployed or requires it in turn");
      }
      pending.remove(next);
      done.add(next.type());
      result.add(next);
    }
    return result;
  }

  /** The variant group a pack belongs to ({@code "variant": {"group": "inspection", "groupTitle": "巡察工作程序"}}). */
  private PackVariant variant(JsonObject root) {
    if (!root.containsKey("variant")) {
      return null;
    }
    if (root.get("variant").getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add("规则包：variant 应为对象，写明 group 和 groupTitle");
      return null;
    }
    JsonObject v = root.getJsonObject("variant");
    String group = checks.required(v, "group", "规则包 variant：", "可替换组 group");
    String groupTitle = checks.required(v, "groupTitle", "规则包 variant：", "可替换组名称 groupTitle");
    if (group != null && !GROUP.matcher(group).matches()) {
      problems.add("规则包 variant：可替换组“" + group + "”应为小写字母、数字和连字符，如 inspection");
    }
    return group == null || groupTitle == null ? null : new PackVariant(group, groupTitle);
  }

  private ObligationRule obligation(JsonValue value, int index) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add(where(index, null) + "应为对象");
      return null;
    }
    JsonObject o = value.asJsonObject();
    int before = problems.size();
    String ruleId = PackReading.optionalText(o, "ruleId");
    String at = where(index, ruleId);
    if (ruleId == null) {
      problems.add(at + "缺少条款编号 ruleId");
    } else if (!RULE_ID.matcher(ruleId).matches()) {
      problems.add(at + "条款编号“" + ruleId + "”格式不对，应如 YW-10.1、JDZ-34、YW-6.2a");
    }
    String article = checks.required(o, "article", at, "条款出处 article");
    String articleText = checks.required(o, "articleText", at, "条款原文 articleText");
    String title = checks.required(o, "title", at, "名称 title");
    Owner owner = checks.enumValue(o, "owner", Owner.class, at, "责任主体 owner");
    Scope scope = checks.enumValue(o, "scope", Scope.class, at, "适用范围 scope");
    Frequency frequency = checks.enumValue(o, "frequency", Frequency.class, at, "频次 frequency");
    String event = PackReading.optionalText(o, "event");
    DueRule due = due(o, frequency, at);
    if (frequency == Frequency.PER_EVENT && event == null) {
      problems.add(at + "按事件发生的义务须写明事件 event");
    }
    int minimum = o.containsKey("minimumCount") ? checks.positiveInt(o, "minimumCount", at, "最少次数") : 1;
    List<String> evidence = new ArrayList<>();
    if (o.containsKey("evidence")) {
      JsonArray items = PackReading.asArray(o.get("evidence"));
      if (items == null) {
        problems.add(at + "佐证材料 evidence 应为字符串列表");
      } else {
        items.forEach(v -> evidence.add(v instanceof JsonString str ? str.getString() : v.toString()));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new ObligationRule(
        ruleId, article, articleText, title, owner, scope, frequency, event, due,
        PackReading.optionalText(o, "interpretation"), minimum, List.copyOf(evidence));
  }

  private DueRule due(JsonObject o, Frequency frequency, String at) {
    if (!o.containsKey("due") || o.get("due").getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add(at + "缺少期限 due");
      return null;
    }
    JsonObject due = o.getJsonObject("due");
    if (frequency == null) {
      return null;
    }
    if (frequency == Frequency.PER_EVENT) {
      Period after = period(due, "afterEvent", at);
      Period repeat = due.containsKey("repeatEvery") ? period(due, "repeatEvery", at) : null;
      return after == null ? null : new DueRule.AfterEvent(after, repeat);
    }
    if (due.containsKey("fixed")) {
      if (frequency != Frequency.YEARLY) {
        problems.add(at + "固定日期 fixed 只适用于每年一次（YEARLY）的义务");
        return null;
      }
      try {
        return new DueRule.FixedDate(MonthDay.parse(due.getString("fixed", "")));
      } catch (DateTimeParseException | ClassCastException e) {
        problems.add(at + "固定日期“" + due.get("fixed") + "”格式不对，应如 --01-15");
        return null;
      }
    }
    if (due.containsKey("afterPeriodEnd")) {
      Period p = period(due, "afterPeriodEnd", at);
      return p == null ? null : new DueRule.AfterPeriodEnd(p);
    }
    if (due.getBoolean("endOfPeriod", false)) {
      return new DueRule.EndOfPeriod();
    }
    problems.add(at + "期限 due 应为 fixed、endOfPeriod 或 afterPeriodEnd 之一");
    return null;
  }

  private Period period(JsonObject due, String key, String at) {
    String text = due.get(key) instanceof JsonString str ? str.getString() : null;
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(
          at + "期间“" + (text == null ? due.get(key) : text) + "”写法不对，应如 10WD（工作日）、30D（日）、2M（月）");
      return null;
    }
  }

  private String text(JsonObject o, String key, String at) {
    return checks.required(o, key, at + "：", key);
  }

  private static String where(int index, String ruleId) {
    return "第 " + index + " 条义务" + (ruleId == null ? "" : "（" + ruleId + "）") + "：";
  }
}
