package cn.zeren.accountability;

import cn.zeren.accountability.AccountabilityCatalogue.Article;
import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.accountability.AccountabilityCatalogue.Ground;
import cn.zeren.accountability.AccountabilityCatalogue.Handler;
import cn.zeren.accountability.AccountabilityCatalogue.Outcome;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import cn.zeren.rules.PackReading;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code accountability} section of a rule pack into an {@link AccountabilityCatalogue}, adding every
 * fault to the reader's list: a ground without article text or with an unknown body, an outcome without label or
 * handler, a missing or doubled cell of the YW-16 matrix, a cell naming an outcome the catalogue does not declare.
 */
final class AccountabilitySection {
  private static final String AT = "责任追究 accountability：";
  private static final Pattern RULE_ID = PackReading.RULE_ID;
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  private final List<String> problems;

  private AccountabilitySection(List<String> problems) {
    this.problems = problems;
  }

  /** The catalogue, {@link AccountabilityCatalogue#none()} when the pack has no section, null after a fault. */
  static AccountabilityCatalogue read(JsonObject root, List<String> problems) {
    if (!root.containsKey("accountability")) {
      return AccountabilityCatalogue.none();
    }
    if (!(root.get("accountability") instanceof JsonObject section)) {
      problems.add(AT + "应为对象");
      return null;
    }
    return new AccountabilitySection(problems).parse(section);
  }

  private AccountabilityCatalogue parse(JsonObject section) {
    int before = problems.size();
    List<Ground> grounds = new ArrayList<>();
    for (JsonObject o : objects(section, "grounds", "情形 grounds")) {
      Ground ground = ground(o);
      if (ground != null) {
        grounds.add(ground);
      }
    }
    unique(grounds.stream().map(Ground::ruleId).toList(), "情形条款编号");
    List<Outcome> outcomes = new ArrayList<>();
    for (JsonObject o : objects(section, "outcomes", "追究方式 outcomes")) {
      Outcome outcome = outcome(o);
      if (outcome != null) {
        outcomes.add(outcome);
      }
    }
    unique(outcomes.stream().map(Outcome::code).toList(), "追究方式代码");
    Set<String> codes = new HashSet<>();
    outcomes.forEach(o -> codes.add(o.code()));
    JsonObject matrix = object(section, "matrix", "追究方式矩阵 matrix");
    Article matrixArticle = matrix == null ? null : article(matrix, "追究方式矩阵 matrix：");
    Map<Subject, Map<Severity, Set<String>>> cells = matrix == null ? Map.of() : cells(matrix, codes);
    JsonObject procedure = object(section, "procedure", "办理程序 procedure");
    Article procedureArticle = procedure == null ? null : article(procedure, "办理程序 procedure：");
    if (problems.size() > before) {
      return null;
    }
    return new AccountabilityCatalogue(
        List.copyOf(grounds), List.copyOf(outcomes), matrixArticle, cells, procedureArticle);
  }

  private Ground ground(JsonObject o) {
    int before = problems.size();
    String ruleId = text(o, "ruleId");
    String at = AT + "情形" + (ruleId == null ? "" : "（" + ruleId + "）") + "：";
    if (ruleId == null) {
      problems.add(at + "缺少条款编号 ruleId");
    } else if (!RULE_ID.matcher(ruleId).matches()) {
      problems.add(at + "条款编号“" + ruleId + "”格式不对，应如 YW-14.1");
    }
    String article = required(o, "article", at, "条款出处 article");
    Body body = enumValue(o, "body", Body.class, at, "追责对象方面 body");
    String title = required(o, "title", at, "名称 title");
    String articleText = required(o, "articleText", at, "条款原文 articleText");
    return problems.size() > before ? null : new Ground(ruleId, article, body, title, articleText);
  }

  private Outcome outcome(JsonObject o) {
    int before = problems.size();
    String code = text(o, "code");
    String at = AT + "追究方式" + (code == null ? "" : "（" + code + "）") + "：";
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add(at + "代码 code 应为大写字母、数字和下划线，如 WRITTEN_SELF_CRITICISM");
    }
    String label = required(o, "label", at, "名称 label");
    Set<Handler> handlers = EnumSet.noneOf(Handler.class);
    for (String h : strings(o, "handledBy", at)) {
      try {
        handlers.add(Handler.valueOf(h));
      } catch (IllegalArgumentException e) {
        problems.add(at + "办理机关 handledBy“" + h + "”未知，可选：" + Arrays.toString(Handler.values()));
      }
    }
    if (handlers.isEmpty() && problems.size() == before) {
      problems.add(at + "缺少办理机关 handledBy");
    }
    return problems.size() > before ? null : new Outcome(code, label, Collections.unmodifiableSet(handlers));
  }

  private Map<Subject, Map<Severity, Set<String>>> cells(JsonObject matrix, Set<String> codes) {
    Map<Subject, Map<Severity, Set<String>>> cells = new EnumMap<>(Subject.class);
    for (JsonObject o : objects(matrix, "cells", "矩阵格 cells")) {
      String at = AT + "矩阵格（" + text(o, "subject") + " × " + text(o, "severity") + "）：";
      Subject subject = enumValue(o, "subject", Subject.class, at, "追责对象 subject");
      Severity severity = enumValue(o, "severity", Severity.class, at, "情节 severity");
      List<String> allowed = strings(o, "outcomes", at);
      allowed.stream().filter(c -> !codes.contains(c))
          .forEach(c -> problems.add(at + "追究方式“" + c + "”不在 outcomes 中"));
      if (allowed.isEmpty()) {
        problems.add(at + "缺少追究方式 outcomes");
      }
      if (subject == null || severity == null) {
        continue;
      }
      Map<Severity, Set<String>> row = cells.computeIfAbsent(subject, s -> new EnumMap<>(Severity.class));
      if (row.put(severity, Set.copyOf(allowed)) != null) {
        problems.add(at + "重复");
      }
    }
    for (Subject subject : Subject.values()) {
      for (Severity severity : Severity.values()) {
        if (!cells.getOrDefault(subject, Map.of()).containsKey(severity)) {
          problems.add(AT + "矩阵缺少格 " + subject + " × " + severity);
        }
      }
    }
    Map<Subject, Map<Severity, Set<String>>> frozen = new EnumMap<>(Subject.class);
    cells.forEach((s, row) -> frozen.put(s, Map.copyOf(row)));
    return Map.copyOf(frozen);
  }

  private Article article(JsonObject o, String label) {
    String at = AT + label;
    String ruleId = required(o, "ruleId", at, "条款编号 ruleId");
    String article = required(o, "article", at, "条款出处 article");
    String articleText = required(o, "articleText", at, "条款原文 articleText");
    return new Article(ruleId, article, articleText, text(o, "interpretation"));
  }

  private JsonObject object(JsonObject o, String key, String label) {
    if (!(o.get(key) instanceof JsonObject value)) {
      problems.add(AT + "缺少" + label);
      return null;
    }
    return value;
  }

  private List<JsonObject> objects(JsonObject o, String key, String label) {
    if (!(o.get(key) instanceof JsonArray items) || items.isEmpty()) {
      problems.add(AT + "缺少" + label);
      return List.of();
    }
    List<JsonObject> found = new ArrayList<>();
    for (JsonValue v : items) {
      if (v instanceof JsonObject item) {
        found.add(item);
      } else {
        problems.add(AT + label + "的每一项应为对象");
      }
    }
    return found;
  }

  private List<String> strings(JsonObject o, String key, String at) {
    if (!(o.get(key) instanceof JsonArray items)
        || items.stream().anyMatch(v -> v.getValueType() != JsonValue.ValueType.STRING)) {
      problems.add(at + key + " 应为字符串列表");
      return List.of();
    }
    return items.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private <E extends Enum<E>> E enumValue(JsonObject o, String key, Class<E> type, String at, String label) {
    String value = required(o, key, at, label);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      problems.add(at + label + "“" + value + "”未知，可选：" + Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  private String required(JsonObject o, String key, String at, String label) {
    String value = text(o, key);
    if (value == null) {
      problems.add(at + "缺少" + label);
    }
    return value;
  }

  private void unique(List<String> values, String label) {
    Set<String> seen = new HashSet<>();
    values.stream().filter(v -> !seen.add(v)).forEach(v -> problems.add(AT + label + "“" + v + "”重复"));
  }

  private static String text(JsonObject o, String key) {
    if (!(o.get(key) instanceof JsonString s) || s.getString().isBlank()) {
      return null;
    }
    return s.getString().trim();
  }
}
