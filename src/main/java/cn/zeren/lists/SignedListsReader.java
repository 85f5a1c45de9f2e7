package cn.zeren.lists;

import cn.zeren.rules.DueRule;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.PackReading;
import cn.zeren.security.Role;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;



/**
 * Reads the {@code signedLists} section of a rule pack into {@link SignedLists}, adding every fault to the pack's
 * list of problems: each of the four kinds exactly once with its article, signer roles and editors; approvers for
 * the rectification list; a catalogue of problem sources whose follow-up rule is a per-event obligation of the
 * pack that repeats (YW-6.12).
 */
final class SignedListsReader {
  private static final Pattern RULE_ID = PackReading.RULE_ID;
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

  private final List<String> problems;
  private final List<ObligationRule> obligations;

  SignedListsReader(List<String> problems, List<ObligationRule> obligations) {
    this.problems = problems;
    this.obligations = obligations;
  }

  SignedLists read(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add("规则包：签字清单 signedLists 应为对象");
      return SignedLists.NONE;
    }
    JsonObject root = value.asJsonObject();
    List<SignedListRule> kinds = new ArrayList<>();
    Set<SignedListKind> seen = EnumSet.noneOf(SignedListKind.class);
    for (JsonObject o : objects(root, "kinds", "签字清单：")) {
      SignedListRule rule = kind(o);
      if (rule != null && !seen.add(rule.kind())) {
        problems.add("签字清单：清单种类“" + rule.kind() + "”重复");
      } else if (rule != null) {
        kinds.add(rule);
      }
    }
    Set<SignedListKind> missing = EnumSet.allOf(SignedListKind.class);
    missing.removeAll(seen);
    if (!missing.isEmpty()) {
      problems.add("签字清单：缺少清单种类 " + missing);
    }
    List<ProblemSource> sources = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (JsonObject o : objects(root, "problemSources", "签字清单：问题来源 ")) {
      ProblemSource source = source(o);
      if (source != null && !codes.add(source.code())) {
        problems.add("问题来源代码“" + source.code() + "”重复");
      } else if (source != null) {
        sources.add(source);
      }
    }
    return new SignedLists(text(root, "interpretation"), List.copyOf(kinds), List.copyOf(sources));
  }

  private SignedListRule kind(JsonObject o) {
    int before = problems.size();
    String name = text(o, "kind");
    String at = "签字清单（" + name + "）：";
    SignedListKind kind = null;
    try {
      kind = SignedListKind.valueOf(String.valueOf(name));
    } catch (IllegalArgumentException e) {
      problems.add(at + "清单种类 kind 未知，可选：" + Arrays.toString(SignedListKind.values()));
    }
    String ruleId = ruleId(o, "ruleId", at);
    String signerRuleId = ruleId(o, "signerRuleId", at);
    String article = required(o, "article", at);
    String articleText = required(o, "articleText", at);
    String title = required(o, "title", at);
    Role signer = role(text(o, "signerRole"), at + "签名角色 signerRole");
    Role rootSigner = role(text(o, "rootSignerRole"), at + "根组织签名角色 rootSignerRole");
    List<Role> editors = roles(o, "editorRoles", at);
    List<Role> approvers = roles(o, "approverRoles", at);
    if (editors.isEmpty()) {
      problems.add(at + "缺少编辑角色 editorRoles");
    }
    if (kind == SignedListKind.RECTIFICATION && approvers.isEmpty()) {
      problems.add(at + "整改清单须写明销账审批角色 approverRoles");
    }
    List<SignedListRule.TemplateItem> template = new ArrayList<>();
    for (JsonObject item : objects(o, "templateItems", at + "模板事项 ")) {
      String task = required(item, "task", at + "模板事项：");
      template.add(new SignedListRule.TemplateItem(task, text(item, "measure"), text(item, "owner"),
          text(item, "expectedEvidence")));
    }
    if (problems.size() > before) {
      return null;
    }
    return new SignedListRule(kind, ruleId, article, articleText, title, signer, rootSigner, signerRuleId,
        List.copyOf(editors), List.copyOf(approvers), List.copyOf(template));
  }

  private ProblemSource source(JsonObject o) {
    int before = problems.size();
    String code = required(o, "code", "问题来源：");
    String at = "问题来源（" + code + "）：";
    if (code != null && !CODE.matcher(code).matches()) {
      problems.add(at + "代码应为大写字母、数字和下划线");
    }
    String title = required(o, "title", at);
    String followUp = text(o, "followUpRuleId");
    if (followUp != null) {
      ObligationRule rule = obligations.stream().filter(r -> r.ruleId().equals(followUp)).findFirst().orElse(null);
      if (rule == null) {
        problems.add(at + "后续义务 followUpRuleId“" + followUp + "”不在本规则包的义务中");
      } else if (!(rule.due() instanceof DueRule.AfterEvent after) || after.repeatEvery() == null) {
        problems.add(at + "后续义务“" + followUp + "”应为按事件发生且定期重复（afterEvent 与 repeatEvery）的义务");
      }
    }
    return problems.size() > before ? null : new ProblemSource(code, title, followUp);
  }

  private List<JsonObject> objects(JsonObject o, String key, String at) {
    if (!o.containsKey(key)) {
      return List.of();
    }
    if (o.get(key).getValueType() != JsonValue.ValueType.ARRAY) {
      problems.add(at + key + " 应为列表");
      return List.of();
    }
    JsonArray items = o.getJsonArray(key);
    List<JsonObject> found = new ArrayList<>();
    for (JsonValue v : items) {
      if (v.getValueType() == JsonValue.ValueType.OBJECT) {
        found.add(v.asJsonObject());
      } else {
        problems.add(at + key + " 的每一项应为对象");
      }
    }
    return found;
  }

  private List<Role> roles(JsonObject o, String key, String at) {
    if (!o.containsKey(key)) {
      return List.of();
    }
    if (o.get(key).getValueType() != JsonValue.ValueType.ARRAY) {
      problems.add(at + key + " 应为角色列表");
      return List.of();
    }
    List<Role> roles = new ArrayList<>();
    for (JsonValue v : o.getJsonArray(key)) {
      Role role = role(v instanceof JsonString s ? s.getString() : v.toString(), at + key);
      if (role != null) {
        roles.add(role);
      }
    }
    return roles;
  }

  private Role role(String value, String label) {
    if (value == null) {
      problems.add(label + " 缺少角色");
      return null;
    }
    try {
      return Role.valueOf(value);
    } catch (IllegalArgumentException e) {
      problems.add(label + "“" + value + "”未知，可选：" + Arrays.toString(Role.values()));
      return null;
    }
  }

  private String ruleId(JsonObject o, String key, String at) {
    String ruleId = required(o, key, at);
    if (ruleId != null && !RULE_ID.matcher(ruleId).matches()) {
      problems.add(at + key + "“" + ruleId + "”格式不对，应如 YW-11.3");
    }
    return ruleId;
  }

  private String required(JsonObject o, String key, String at) {
    String value = text(o, key);
    if (value == null) {
      problems.add(at + "缺少 " + key);
    }
    return value;
  }

  private static String text(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
      return null;
    }
    String s = ((JsonString) v).getString().trim();
    return s.isEmpty() ? null : s;
  }
}
