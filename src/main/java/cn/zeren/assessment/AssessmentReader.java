package cn.zeren.assessment;

import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.hearing.ScoredMeeting;
import cn.zeren.rules.Frequency;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.PackReading;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;



/**
 * Reads the {@code assessment} section of a rule pack into {@link AssessmentTemplate}, adding every fault to the
 * pack's list of problems: the total points and the framework's own articles; indicators with unique codes, a
 * Chinese name, the rule ids they cite, positive maximum points summing to the total and the parameters their
 * scoring kind needs (obligation rules and scored meetings of this pack); grade bands with distinct minima between 0
 * and the total; at least one publication scope (YW-13.3).
 */
final class AssessmentReader {
  private static final Pattern RULE_ID = PackReading.RULE_ID;
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

  private final List<String> problems;
  private final List<ObligationRule> obligations;
  private final List<ScoredMeeting> meetings;

  AssessmentReader(List<String> problems, List<ObligationRule> obligations, List<ScoredMeeting> meetings) {
    this.problems = problems;
    this.obligations = obligations;
    this.meetings = meetings;
  }

  AssessmentTemplate read(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add("规则包：考核评价 assessment 应为对象");
      return AssessmentTemplate.NONE;
    }
    JsonObject root = value.asJsonObject();
    String at = "考核评价：";
    String ruleId = ruleId(root, "ruleId", at);
    String publicationRuleId = ruleId(root, "publicationRuleId", at);
    List<String> framework = strings(root, "frameworkRuleIds", at);
    if (framework.isEmpty()) {
      problems.add(at + "缺少考核本身的条款 frameworkRuleIds（指标引用而不计分的条款）");
    }
    framework.stream().filter(r -> !RULE_ID.matcher(r).matches())
        .forEach(r -> problems.add(at + "frameworkRuleIds 的条款编号“" + r + "”格式不对"));
    BigDecimal total = decimal(root, "totalPoints", at);
    if (total != null && total.signum() <= 0) {
      problems.add(at + "总分 totalPoints 应大于 0");
      total = null;
    }
    String interpretation = text(root, "interpretation");
    if (interpretation == null) {
      problems.add(at + "缺少解释 interpretation（细则未规定分值、等次和通报范围）");
    }
    List<IndicatorTemplate> indicators = indicators(root, total);
    List<GradeBand> grades = grades(root, total);
    List<PublicationScope> scopes = scopes(root, publicationRuleId);
    return new AssessmentTemplate(
        ruleId, publicationRuleId, framework, total, interpretation, indicators, grades, scopes);
  }

  private List<IndicatorTemplate> indicators(JsonObject root, BigDecimal total) {
    List<IndicatorTemplate> indicators = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    List<JsonObject> items = objects(root, "indicators", "考核评价：");
    if (items.isEmpty()) {
      problems.add("考核评价：缺少考核指标 indicators");
    }
    for (JsonObject o : items) {
      IndicatorTemplate indicator = indicator(o);
      if (indicator == null) {
        continue;
      }
      if (!codes.add(indicator.code())) {
        problems.add("考核指标代码“" + indicator.code() + "”重复");
      }
      sum = sum.add(indicator.maxPoints());
      indicators.add(indicator);
    }
    if (total != null && !items.isEmpty() && indicators.size() == items.size() && sum.compareTo(total) != 0) {
      problems.add("考核评价：各指标分值 maxPoints 之和应为 " + total.stripTrailingZeros().toPlainString() + "，现为 "
          + sum.stripTrailingZeros().toPlainString());
    }
    return indicators;
  }

  private IndicatorTemplate indicator(JsonObject o) {
    int before = problems.size();
    String code = text(o, "code");
    String at = "考核指标（" + code + "）：";
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add(at + "代码 code 应为大写字母、数字和下划线");
    }
    String name = required(o, "name", at);
    ScoringKind kind = null;
    try {
      kind = ScoringKind.valueOf(String.valueOf(text(o, "kind")));
    } catch (IllegalArgumentException e) {
      problems.add(at + "计分方式 kind 未知，可选：" + Arrays.toString(ScoringKind.values()));
    }
    List<String> ruleIds = strings(o, "ruleIds", at);
    if (ruleIds.isEmpty()) {
      problems.add(at + "缺少所依据条款 ruleIds");
    }
    ruleIds.stream().filter(r -> !RULE_ID.matcher(r).matches())
        .forEach(r -> problems.add(at + "条款编号“" + r + "”格式不对"));
    BigDecimal max = decimal(o, "maxPoints", at);
    if (max != null && max.signum() <= 0) {
      problems.add(at + "分值 maxPoints 应大于 0");
    }
    ScoringParameters parameters = kind == null ? ScoringParameters.NONE : parameters(o, kind, at);
    if (problems.size() > before) {
      return null;
    }
    return new IndicatorTemplate(code, name, kind, ruleIds, max, parameters);
  }

  private ScoringParameters parameters(JsonObject o, ScoringKind kind, String at) {
    JsonObject p = o.get("parameters") instanceof JsonObject po ? po : JsonValue.EMPTY_JSON_OBJECT;
    return switch (kind) {
      case ANNUAL_REPORT, OBLIGATIONS_ON_TIME ->
          new ScoringParameters(obligationRules(p, at), fraction(p, at), null, Map.of(), null);
      case RECTIFICATION_ON_TIME -> new ScoringParameters(List.of(), fraction(p, at), null, Map.of(), null);
      case REVIEW_RETURNS -> new ScoringParameters(List.of(), null, positive(p, "perReturn", at), Map.of(), null);
      case ACCOUNTABILITY_DEDUCTION -> new ScoringParameters(List.of(), null, null, deductions(p, at), null);
      case HEARING_SCORE -> new ScoringParameters(List.of(), null, null, Map.of(), meeting(p, at));
      case INTERVIEW_COVERAGE, MANUAL -> ScoringParameters.NONE;
    };
  }

  private List<String> obligationRules(JsonObject p, String at) {
    List<String> ids = strings(p, "obligationRuleIds", at);
    if (ids.isEmpty()) {
      problems.add(at + "缺少所计义务 parameters.obligationRuleIds");
    }
    for (String id : ids) {
      ObligationRule rule = obligations.stream().filter(r -> r.ruleId().equals(id)).findFirst().orElse(null);
      if (rule == null) {
        problems.add(at + "义务“" + id + "”不在本规则包中");
      } else if (rule.frequency() == Frequency.PER_EVENT) {
        problems.add(at + "义务“" + id + "”按事件发生，不能按年度计分");
      }
    }
    return ids;
  }

  private BigDecimal fraction(JsonObject p, String at) {
    BigDecimal f = decimal(p, "lateFactor", at);
    if (f != null && (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0)) {
      problems.add(at + "逾期得分比例 lateFactor 应在 0 与 1 之间");
    }
    return f;
  }

  private BigDecimal positive(JsonObject p, String key, String at) {
    BigDecimal v = decimal(p, key, at);
    if (v != null && v.signum() <= 0) {
      problems.add(at + key + " 应大于 0");
    }
    return v;
  }

  private Map<Severity, BigDecimal> deductions(JsonObject p, String at) {
    Map<Severity, BigDecimal> map = new EnumMap<>(Severity.class);
    if (!(p.get("severityDeductions") instanceof JsonObject d)) {
      problems.add(at + "缺少按情节扣分 parameters.severityDeductions");
      return map;
    }
    for (Severity s : Severity.values()) {
      BigDecimal v = positive(d, s.name(), at + "情节 ");
      if (v != null) {
        map.put(s, v);
      }
    }
    return map;
  }

  private String meeting(JsonObject p, String at) {
    String code = text(p, "meetingCode");
    if (code == null || meetings.stream().noneMatch(m -> m.code().equals(code))) {
      problems.add(at + "评议会议 parameters.meetingCode“" + code + "”不在本规则包的评议会议中");
    }
    return code;
  }

  private List<GradeBand> grades(JsonObject root, BigDecimal total) {
    List<GradeBand> grades = new ArrayList<>();
    Set<BigDecimal> minima = new HashSet<>();
    for (JsonObject o : objects(root, "grades", "考核评价：")) {
      String code = text(o, "code");
      String at = "考核等次（" + code + "）：";
      String label = required(o, "label", at);
      BigDecimal min = decimal(o, "minPoints", at);
      if (code == null || !CODE.matcher(code).matches()) {
        problems.add(at + "代码 code 应为大写字母、数字和下划线");
      } else if (min != null && (min.signum() < 0 || total != null && min.compareTo(total) > 0)) {
        problems.add(at + "最低分 minPoints 应在 0 与总分之间");
      } else if (min != null && !minima.add(min.stripTrailingZeros())) {
        problems.add(at + "最低分 minPoints 与其他等次相同");
      } else if (label != null && min != null) {
        grades.add(new GradeBand(code, label, min));
      }
    }
    return grades;
  }

  private List<PublicationScope> scopes(JsonObject root, String publicationRuleId) {
    List<PublicationScope> scopes = new ArrayList<>();
    Set<PublicationReach> seen = new HashSet<>();
    for (JsonObject o : objects(root, "publicationScopes", "考核评价：")) {
      String at = "通报范围（" + text(o, "reach") + "）：";
      try {
        PublicationReach reach = PublicationReach.valueOf(String.valueOf(text(o, "reach")));
        String label = required(o, "label", at);
        if (!seen.add(reach)) {
          problems.add(at + "重复");
        } else if (label != null) {
          scopes.add(new PublicationScope(reach, label));
        }
      } catch (IllegalArgumentException e) {
        problems.add(at + "范围 reach 未知，可选：" + Arrays.toString(PublicationReach.values()));
      }
    }
    if (scopes.isEmpty()) {
      problems.add("考核评价：缺少通报范围 publicationScopes（" + publicationRuleId + "）");
    }
    return scopes;
  }

  private List<JsonObject> objects(JsonObject o, String key, String at) {
    if (!o.containsKey(key)) {
      return List.of();
    }
    if (!(o.get(key) instanceof JsonArray items)
        || items.stream().anyMatch(v -> v.getValueType() != JsonValue.ValueType.OBJECT)) {
      problems.add(at + key + " 应为对象列表");
      return List.of();
    }
    return items.getValuesAs(JsonObject.class);
  }

  private List<String> strings(JsonObject o, String key, String at) {
    if (!o.containsKey(key)) {
      return List.of();
    }
    if (!(o.get(key) instanceof JsonArray items)
        || items.stream().anyMatch(v -> v.getValueType() != JsonValue.ValueType.STRING)) {
      problems.add(at + key + " 应为字符串列表");
      return List.of();
    }
    return items.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private String ruleId(JsonObject o, String key, String at) {
    String id = text(o, key);
    if (id == null || !RULE_ID.matcher(id).matches()) {
      problems.add(at + "条款编号 " + key + " 缺少或格式不对");
    }
    return id;
  }

  private String required(JsonObject o, String key, String at) {
    String v = text(o, key);
    if (v == null) {
      problems.add(at + "缺少 " + key);
    }
    return v;
  }

  private BigDecimal decimal(JsonObject o, String key, String at) {
    if (!(o.get(key) instanceof JsonNumber n)) {
      problems.add(at + "缺少数值 " + key);
      return null;
    }
    return n.bigDecimalValue();
  }

  private static String text(JsonObject o, String key) {
    return o.get(key) instanceof JsonString s && !s.getString().isBlank() ? s.getString().trim() : null;
  }
}
