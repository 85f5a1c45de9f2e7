package cn.zeren.interview;

import cn.zeren.rules.PackReading;
import cn.zeren.rules.RuleSection;
import cn.zeren.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code interviewTypes} (who schedules, who conducts, who is interviewed, each type citing its article),
 * {@code interviewTriggers} (one threshold each — reached or fallen below — suggesting a type of the pack) and
 * {@code interviewExplanationRuleId} (the article on the explanation and its signed reply, which a pack with
 * interview types must name).
 */
@ApplicationScoped
public class InterviewSection implements RuleSection<InterviewCatalogue> {

  @Override
  public Class<InterviewCatalogue> type() {
    return InterviewCatalogue.class;
  }

  @Override
  public List<String> keys() {
    return List.of("interviewTypes", "interviewTriggers", "interviewExplanationRuleId");
  }

  @Override
  public InterviewCatalogue read(PackReading reading) {
    List<InterviewType> types = new ArrayList<>();
    reading.forEach("interviewTypes", "约谈类型", (o, at) -> types.add(interviewType(reading, o, at)));
    List<InterviewTrigger> triggers = new ArrayList<>();
    reading.forEach("interviewTriggers", "约谈触发条件", (o, at) -> triggers.add(trigger(reading, o, at, types)));
    List<InterviewType> readTypes = types.stream().filter(Objects::nonNull).toList();
    List<InterviewTrigger> readTriggers = triggers.stream().filter(Objects::nonNull).toList();
    reading.unique(readTypes.stream().map(InterviewType::code).toList(), "约谈类型");
    reading.unique(readTriggers.stream().map(InterviewTrigger::code).toList(), "约谈触发条件");
    boolean named = reading.root().containsKey("interviewTypes")
        || reading.root().containsKey("interviewExplanationRuleId");
    String explanationRuleId =
        named ? reading.articleId(reading.root(), "interviewExplanationRuleId", "约谈：", "情况说明条款") : null;
    return new InterviewCatalogue(readTypes, readTriggers, explanationRuleId);
  }

  private static InterviewType interviewType(PackReading reading, JsonObject o, String at) {
    int before = reading.faults();
    String code = reading.code(o, at);
    String ruleId = reading.articleId(o, at);
    String title = reading.required(o, "title", at, "名称 title");
    String article = reading.required(o, "article", at, "条款原文 article");
    List<Role> scheduledBy = reading.roles(o, "scheduledBy", at, true);
    List<Role> conductedBy = reading.roles(o, "conductedBy", at, true);
    List<Role> interviewees = reading.roles(o, "intervieweeRoles", at, false);
    if (reading.faults() > before) {
      return null;
    }
    return new InterviewType(
        code, ruleId, title, article, scheduledBy, conductedBy, interviewees, o.getBoolean("forwarded", false),
        o.getBoolean("yearlyCoverage", false));
  }

  private static InterviewTrigger trigger(
      PackReading reading, JsonObject o, String at, List<InterviewType> types) {
    int before = reading.faults();
    String code = reading.code(o, at);
    String ruleId = reading.articleId(o, at);
    String title = reading.required(o, "title", at, "名称 title");
    InterviewTrigger.Signal signal =
        reading.enumValue(o, "signal", InterviewTrigger.Signal.class, at, "指标 signal");
    boolean atLeast = o.containsKey("atLeast");
    if (atLeast == o.containsKey("below")) {
      reading.problem(at + "应给出且只给出一个阈值：atLeast（达到）或 below（低于）");
      return null;
    }
    BigDecimal threshold = o.get(atLeast ? "atLeast" : "below") instanceof JsonNumber n ? n.bigDecimalValue() : null;
    if (threshold == null || threshold.signum() < 0) {
      reading.problem(at + "阈值应为非负数");
    }
    String type = reading.required(o, "interviewType", at, "建议的约谈类型 interviewType");
    if (type != null && types.stream().noneMatch(t -> t != null && t.code().equals(type))) {
      reading.problem(at + "约谈类型“" + type + "”不在本规则包的约谈类型中");
    }
    if (reading.faults() > before) {
      return null;
    }
    return new InterviewTrigger(
        code, ruleId, title, signal, threshold, atLeast, type, PackReading.optionalText(o, "interpretation"));
  }
}
