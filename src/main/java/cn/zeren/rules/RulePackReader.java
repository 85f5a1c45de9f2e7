package cn.zeren.rules;

import cn.zeren.calendar.Period;
import cn.zeren.security.Role;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads and validates a rule pack (JSON). Every fault is collected — unknown period syntax, missing article id or
 * text, unknown owner, scope or frequency, a due rule that does not fit the frequency, a duplicate rule id — and
 * reported together in a {@link RulePackException}, so that a locality's pack can be fixed in one pass.
 */
public final class RulePackReader {
  private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,4}-\\d+(\\.\\d+)?[a-z]?");

  private final String source;
  private final List<String> problems = new ArrayList<>();

  private RulePackReader(String source) {
    this.source = source;
  }

  public static RulePack read(String json, String source) {
    return new RulePackReader(source).parse(json);
  }

  private RulePack parse(String json) {
    JsonObject root;
    try {
      root = Json.createReader(new StringReader(json)).readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new RulePackException(source, List.of("不是合法的 JSON：" + e.getMessage()));
    }
    String id = text(root, "id", "规则包");
    String version = text(root, "version", "规则包");
    String title = text(root, "title", "规则包");
    String packSource = optionalText(root, "source");
    String notes = optionalText(root, "notes");
    List<ObligationRule> rules = new ArrayList<>();
    JsonArray obligations = root.containsKey("obligations") ? asArray(root.get("obligations")) : null;
    if (obligations == null || obligations.isEmpty()) {
      problems.add("规则包：缺少义务列表 obligations");
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
    Set<String> ruleIds = new HashSet<>();
    rules.forEach(r -> ruleIds.add(r.ruleId()));
    List<ReportType> reportTypes = new ArrayList<>();
    forEach(root, "reportTypes", "报告类型", (o, at) -> reportTypes.add(reportType(o, at, ruleIds)));
    List<ScoredMeeting> meetings = new ArrayList<>();
    forEach(root, "scoredMeetings", "评议会议", (o, at) -> meetings.add(scoredMeeting(o, at, ruleIds)));
    List<InterviewType> interviewTypes = new ArrayList<>();
    forEach(root, "interviewTypes", "约谈类型", (o, at) -> interviewTypes.add(interviewType(o, at)));
    List<InterviewTrigger> triggers = new ArrayList<>();
    forEach(root, "interviewTriggers", "约谈触发条件", (o, at) -> triggers.add(interviewTrigger(o, at, interviewTypes)));
    unique(interviewTypes.stream().filter(Objects::nonNull).map(InterviewType::code).toList(), "约谈类型");
    unique(triggers.stream().filter(Objects::nonNull).map(InterviewTrigger::code).toList(), "约谈触发条件");
    unique(reportTypes.stream().filter(Objects::nonNull).map(ReportType::code).toList(), "报告类型");
    unique(meetings.stream().filter(Objects::nonNull).map(ScoredMeeting::code).toList(), "评议会议");
    AccountabilityCatalogue accountability = AccountabilitySection.read(root, problems);
    List<LedgerActivity> activities = new ArrayList<>();
    forEach(root, "ledgerActivities", "台账活动", (o, at) -> activities.add(ledgerActivity(o, at, rules, reportTypes)));
    unique(activities.stream().filter(Objects::nonNull).map(LedgerActivity::code).toList(), "台账活动");
    unique(activities.stream().filter(Objects::nonNull).map(LedgerActivity::ruleId).toList(), "台账活动所依据条款");
    SignedLists lists = SignedLists.NONE;
    if (root.containsKey("signedLists")) {
      lists = new SignedListsReader(problems, rules).read(root.get("signedLists"));
    }
    AssessmentTemplate assessment = AssessmentTemplate.NONE;
    if (root.containsKey("assessment")) {
      assessment = new AssessmentReader(problems, rules, meetings.stream().filter(Objects::nonNull).toList())
          .read(root.get("assessment"));
    }
    if (!problems.isEmpty()) {
      throw new RulePackException(source, problems);
    }
    return new RulePack(
        id, version, title, packSource, notes, List.copyOf(rules), List.copyOf(reportTypes),
        List.copyOf(meetings), accountability, List.copyOf(activities),
        interviewTypes.stream().filter(Objects::nonNull).toList(), triggers.stream().filter(Objects::nonNull).toList(),
        lists, assessment);
  }

  /**
   * A ledger activity kind (YW-13.1): it must name a periodic obligation of the pack (an event-born one is opened
   * and fulfilled by its own context) that no report type fulfils already, so a record counts exactly once.
   */
  private LedgerActivity ledgerActivity(
      JsonObject o, String at, List<ObligationRule> rules, List<ReportType> reportTypes) {
    int before = problems.size();
    String code = code(o, at);
    String title = required(o, "title", at, "名称 title");
    String ruleId = required(o, "ruleId", at, "条款编号 ruleId");
    ObligationRule rule = rules.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElse(null);
    if (ruleId != null && rule == null) {
      problems.add(at + "条款编号“" + ruleId + "”不在本规则包的义务中");
    } else if (rule != null && rule.frequency() == Frequency.PER_EVENT) {
      problems.add(at + "条款“" + ruleId + "”按事件发生，不能由台账记录完成");
    } else if (rule != null
        && reportTypes.stream().anyMatch(t -> t != null && t.ruleId().equals(ruleId))) {
      problems.add(at + "条款“" + ruleId + "”已由报告完成，不能再由台账记录完成");
    }
    return problems.size() > before ? null : new LedgerActivity(code, ruleId, title);
  }

  private void forEach(
      JsonObject root, String key, String label, BiConsumer<JsonObject, String> each) {
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

  private void unique(List<String> codes, String label) {
    Set<String> seen = new HashSet<>();
    codes.stream().filter(c -> !seen.add(c)).forEach(c -> problems.add(label + "代码“" + c + "”重复"));
  }

  private ReportType reportType(JsonObject o, String at, Set<String> ruleIds) {
    int before = problems.size();
    String code = code(o, at);
    String ruleId = ruleReference(o, at, ruleIds);
    String title = required(o, "title", at, "名称 title");
    List<String> addressees = strings(o, "addressees", at);
    Role approvedBy =
        o.containsKey("approvedBy") ? enumValue(o, "approvedBy", Role.class, at, "审批角色 approvedBy") : null;
    List<Role> reviewedBy = new ArrayList<>();
    for (String role : strings(o, "reviewedBy", at)) {
      try {
        reviewedBy.add(Role.valueOf(role));
      } catch (IllegalArgumentException e) {
        problems.add(at + "审核角色 reviewedBy“" + role + "”未知，可选：" + Arrays.toString(Role.values()));
      }
    }
    if (reviewedBy.isEmpty() && problems.size() == before) {
      problems.add(at + "缺少审核角色 reviewedBy");
    }
    List<ReportType.Section> sections = new ArrayList<>();
    JsonArray items = o.containsKey("sections") ? asArray(o.get("sections")) : null;
    if (items == null || items.isEmpty()) {
      problems.add(at + "缺少表单栏目 sections");
    } else {
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        String sat = at + "第 " + (i + 1) + " 个栏目：";
        if (items.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
          problems.add(sat + "应为对象");
          continue;
        }
        JsonObject so = items.get(i).asJsonObject();
        String key = required(so, "key", sat, "栏目代码 key");
        String sectionTitle = required(so, "title", sat, "栏目名称 title");
        if (key != null && !keys.add(key)) {
          problems.add(sat + "栏目代码“" + key + "”重复");
        }
        sections.add(
            new ReportType.Section(key, sectionTitle, optionalText(so, "guide"), so.getBoolean("required", true)));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new ReportType(
        code, ruleId, title, List.copyOf(addressees), o.getBoolean("coversPreviousYear", false),
        o.getBoolean("eventDated", false), o.getBoolean("formalDocumentRequired", false), approvedBy,
        List.copyOf(reviewedBy), List.copyOf(sections));
  }

  private ScoredMeeting scoredMeeting(JsonObject o, String at, Set<String> ruleIds) {
    int before = problems.size();
    String code = code(o, at);
    String ruleId = ruleReference(o, at, ruleIds);
    String title = required(o, "title", at, "名称 title");
    Role speaker = enumValue(o, "speakerRole", Role.class, at, "汇报人角色 speakerRole");
    ScoredMeeting.Scale scale = null;
    if (!(o.get("scale") instanceof JsonObject so)) {
      problems.add(at + "缺少评分标准 scale");
    } else {
      BigDecimal min = decimal(so, "min", at);
      BigDecimal max = decimal(so, "max", at);
      BigDecimal step = decimal(so, "step", at);
      if (min != null && max != null && step != null) {
        if (min.compareTo(max) >= 0 || step.signum() <= 0 || max.subtract(min).remainder(step).signum() != 0) {
          problems.add(at + "评分标准 scale 应满足 min < max、step > 0，且 max − min 为 step 的整数倍");
        } else {
          scale = new ScoredMeeting.Scale(min, max, step);
        }
      }
    }
    boolean drop = o.getBoolean("dropHighestAndLowest", false);
    int minimumToDrop = 0;
    if (drop) {
      minimumToDrop = o.containsKey("minimumScoresToDrop") ? intValue(o, "minimumScoresToDrop", at) : 3;
      if (minimumToDrop < 3) {
        problems.add(at + "去掉最高分和最低分时 minimumScoresToDrop 至少为 3");
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new ScoredMeeting(
        code, ruleId, title, speaker, scale, drop, minimumToDrop, optionalText(o, "interpretation"));
  }

  // ---- interviews (约谈提醒, YW-12): types and the thresholds that suggest one ----

  private InterviewType interviewType(JsonObject o, String at) {
    int before = problems.size();
    String code = code(o, at);
    String ruleId = articleId(o, at);
    String title = required(o, "title", at, "名称 title");
    String article = required(o, "article", at, "条款原文 article");
    List<Role> scheduledBy = roles(o, "scheduledBy", at, true);
    List<Role> conductedBy = roles(o, "conductedBy", at, true);
    List<Role> interviewees = roles(o, "intervieweeRoles", at, false);
    if (problems.size() > before) {
      return null;
    }
    return new InterviewType(
        code, ruleId, title, article, scheduledBy, conductedBy, interviewees, o.getBoolean("forwarded", false),
        o.getBoolean("yearlyCoverage", false));
  }

  private InterviewTrigger interviewTrigger(JsonObject o, String at, List<InterviewType> types) {
    int before = problems.size();
    String code = code(o, at);
    String ruleId = articleId(o, at);
    String title = required(o, "title", at, "名称 title");
    InterviewTrigger.Signal signal = enumValue(o, "signal", InterviewTrigger.Signal.class, at, "指标 signal");
    boolean atLeast = o.containsKey("atLeast");
    if (atLeast == o.containsKey("below")) {
      problems.add(at + "应给出且只给出一个阈值：atLeast（达到）或 below（低于）");
      return null;
    }
    BigDecimal threshold = o.get(atLeast ? "atLeast" : "below") instanceof JsonNumber n ? n.bigDecimalValue() : null;
    if (threshold == null || threshold.signum() < 0) {
      problems.add(at + "阈值应为非负数");
    }
    String type = required(o, "interviewType", at, "建议的约谈类型 interviewType");
    if (type != null && types.stream().noneMatch(t -> t != null && t.code().equals(type))) {
      problems.add(at + "约谈类型“" + type + "”不在本规则包的约谈类型中");
    }
    if (problems.size() > before) {
      return null;
    }
    return new InterviewTrigger(
        code, ruleId, title, signal, threshold, atLeast, type, optionalText(o, "interpretation"));
  }

  /** A rule id that need not be an obligation (articles such as YW-12.3 oblige nothing periodic). */
  private String articleId(JsonObject o, String at) {
    String ruleId = required(o, "ruleId", at, "条款编号 ruleId");
    if (ruleId != null && !RULE_ID.matcher(ruleId).matches()) {
      problems.add(at + "条款编号“" + ruleId + "”格式不对，应如 YW-12.2");
    }
    return ruleId;
  }

  private List<Role> roles(JsonObject o, String key, String at, boolean required) {
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

  private String code(JsonObject o, String at) {
    String code = required(o, "code", at, "代码 code");
    if (code != null && !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
      problems.add(at + "代码“" + code + "”应为大写字母、数字和下划线，如 ANNUAL_MAIN");
    }
    return code;
  }

  private String ruleReference(JsonObject o, String at, Set<String> ruleIds) {
    String ruleId = required(o, "ruleId", at, "条款编号 ruleId");
    if (ruleId != null && !ruleIds.contains(ruleId)) {
      problems.add(at + "条款编号“" + ruleId + "”不在本规则包的义务中");
    }
    return ruleId;
  }

  private List<String> strings(JsonObject o, String key, String at) {
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

  private BigDecimal decimal(JsonObject o, String key, String at) {
    if (!(o.get(key) instanceof JsonNumber n)) {
      problems.add(at + "评分标准缺少数值 " + key);
      return null;
    }
    return n.bigDecimalValue();
  }

  private ObligationRule obligation(JsonValue value, int index) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add(where(index, null) + "应为对象");
      return null;
    }
    JsonObject o = value.asJsonObject();
    int before = problems.size();
    String ruleId = optionalText(o, "ruleId");
    String at = where(index, ruleId);
    if (ruleId == null) {
      problems.add(at + "缺少条款编号 ruleId");
    } else if (!RULE_ID.matcher(ruleId).matches()) {
      problems.add(at + "条款编号“" + ruleId + "”格式不对，应如 YW-10.1、JDZ-34、YW-6.2a");
    }
    String article = required(o, "article", at, "条款出处 article");
    String articleText = required(o, "articleText", at, "条款原文 articleText");
    String title = required(o, "title", at, "名称 title");
    Owner owner = enumValue(o, "owner", Owner.class, at, "责任主体 owner");
    Scope scope = enumValue(o, "scope", Scope.class, at, "适用范围 scope");
    Frequency frequency = enumValue(o, "frequency", Frequency.class, at, "频次 frequency");
    String event = optionalText(o, "event");
    DueRule due = due(o, frequency, at);
    if (frequency == Frequency.PER_EVENT && event == null) {
      problems.add(at + "按事件发生的义务须写明事件 event");
    }
    int minimum = o.containsKey("minimumCount") ? intValue(o, "minimumCount", at) : 1;
    List<String> evidence = new ArrayList<>();
    if (o.containsKey("evidence")) {
      JsonArray items = asArray(o.get("evidence"));
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
        optionalText(o, "interpretation"), minimum, List.copyOf(evidence));
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

  private <E extends Enum<E>> E enumValue(JsonObject o, String key, Class<E> type, String at, String label) {
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

  private int intValue(JsonObject o, String key, String at) {
    JsonValue v = o.get(key);
    if (v.getValueType() != JsonValue.ValueType.NUMBER || o.getJsonNumber(key).intValue() < 1) {
      problems.add(at + "最少次数 " + key + " 应为正整数");
      return 1;
    }
    return o.getJsonNumber(key).intValue();
  }

  private String required(JsonObject o, String key, String at, String label) {
    String value = optionalText(o, key);
    if (value == null) {
      problems.add(at + "缺少" + label);
    }
    return value;
  }

  private String text(JsonObject o, String key, String at) {
    return required(o, key, at + "：", key);
  }

  private static String optionalText(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
      return null;
    }
    String s = ((JsonString) v).getString().trim();
    return s.isEmpty() ? null : s;
  }

  private static JsonArray asArray(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : null;
  }

  private static String where(int index, String ruleId) {
    return "第 " + index + " 条义务" + (ruleId == null ? "" : "（" + ruleId + "）") + "：";
  }
}
