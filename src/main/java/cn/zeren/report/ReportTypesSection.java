package cn.zeren.report;

import cn.zeren.rules.PackReading;
import cn.zeren.rules.RuleSection;
import cn.zeren.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads {@code reportTypes}: each type fulfils one obligation of the pack, names its reviewers and approver and
 * lists the sections of its form, each key once; and {@code reportSigningRuleId}, the article the approver's
 * signature enforces, which a pack with report types must name.
 */
@ApplicationScoped
public class ReportTypesSection implements RuleSection<ReportTypes> {

  @Override
  public Class<ReportTypes> type() {
    return ReportTypes.class;
  }

  @Override
  public List<String> keys() {
    return List.of("reportTypes", "reportSigningRuleId");
  }

  @Override
  public ReportTypes read(PackReading reading) {
    List<ReportType> types = new ArrayList<>();
    reading.forEach("reportTypes", "报告类型", (o, at) -> types.add(reportType(reading, o, at)));
    List<ReportType> read = types.stream().filter(Objects::nonNull).toList();
    reading.unique(read.stream().map(ReportType::code).toList(), "报告类型");
    boolean signed = reading.root().containsKey("reportTypes") || reading.root().containsKey("reportSigningRuleId");
    String signingRuleId = signed ? reading.articleId(reading.root(), "reportSigningRuleId", "报告类型：", "签名条款") : null;
    return new ReportTypes(read, signingRuleId);
  }

  private static ReportType reportType(PackReading reading, JsonObject o, String at) {
    int before = reading.faults();
    String code = reading.code(o, at);
    String ruleId = reading.ruleReference(o, at);
    String title = reading.required(o, "title", at, "名称 title");
    List<String> addressees = reading.strings(o, "addressees", at);
    Role approvedBy =
        o.containsKey("approvedBy") ? reading.enumValue(o, "approvedBy", Role.class, at, "审批角色 approvedBy") : null;
    List<Role> reviewedBy = new ArrayList<>();
    for (String role : reading.strings(o, "reviewedBy", at)) {
      try {
        reviewedBy.add(Role.valueOf(role));
      } catch (IllegalArgumentException e) {
        reading.problem(at + "审核角色 reviewedBy“" + role + "”未知，可选：" + Arrays.toString(Role.values()));
      }
    }
    if (reviewedBy.isEmpty() && reading.faults() == before) {
      reading.problem(at + "缺少审核角色 reviewedBy");
    }
    List<ReportType.Section> sections = new ArrayList<>();
    JsonArray items = o.containsKey("sections") ? PackReading.asArray(o.get("sections")) : null;
    if (items == null || items.isEmpty()) {
      reading.problem(at + "缺少表单栏目 sections");
    } else {
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        String sat = at + "第 " + (i + 1) + " 个栏目：";
        if (items.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
          reading.problem(sat + "应为对象");
          continue;
        }
        JsonObject so = items.get(i).asJsonObject();
        String key = reading.required(so, "key", sat, "栏目代码 key");
        String sectionTitle = reading.required(so, "title", sat, "栏目名称 title");
        if (key != null && !keys.add(key)) {
          reading.problem(sat + "栏目代码“" + key + "”重复");
        }
        sections.add(new ReportType.Section(
            key, sectionTitle, PackReading.optionalText(so, "guide"), so.getBoolean("required", true)));
      }
    }
    if (reading.faults() > before) {
      return null;
    }
    return new ReportType(
        code, ruleId, title, List.copyOf(addressees), o.getBoolean("coversPreviousYear", false),
        o.getBoolean("eventDated", false), o.getBoolean("formalDocumentRequired", false), approvedBy,
        List.copyOf(reviewedBy), List.copyOf(sections));
  }
}
