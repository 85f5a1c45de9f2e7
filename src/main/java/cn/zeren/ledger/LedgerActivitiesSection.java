package cn.zeren.ledger;

import cn.zeren.report.ReportTypes;
import cn.zeren.rules.Frequency;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.PackReading;
import cn.zeren.rules.RuleSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code ledgerActivities} (YW-13.1): each kind names a periodic obligation of the pack (an event-born one is
 * opened and fulfilled by its own context) that no report type fulfils already, so a record counts exactly once.
 */
@ApplicationScoped
public class LedgerActivitiesSection implements RuleSection<LedgerActivities> {

  @Override
  public Class<LedgerActivities> type() {
    return LedgerActivities.class;
  }

  @Override
  public List<String> keys() {
    return List.of("ledgerActivities");
  }

  @Override
  public List<Class<?>> requires() {
    return List.of(ReportTypes.class);
  }

  @Override
  public LedgerActivities read(PackReading reading) {
    ReportTypes reports = reading.section(ReportTypes.class);
    List<LedgerActivity> activities = new ArrayList<>();
    reading.forEach("ledgerActivities", "台账活动", (o, at) -> activities.add(activity(reading, o, at, reports)));
    List<LedgerActivity> read = activities.stream().filter(Objects::nonNull).toList();
    reading.unique(read.stream().map(LedgerActivity::code).toList(), "台账活动");
    reading.unique(read.stream().map(LedgerActivity::ruleId).toList(), "台账活动所依据条款");
    return new LedgerActivities(read);
  }

  private static LedgerActivity activity(PackReading reading, JsonObject o, String at, ReportTypes reports) {
    int before = reading.faults();
    String code = reading.code(o, at);
    String title = reading.required(o, "title", at, "名称 title");
    String ruleId = reading.required(o, "ruleId", at, "条款编号 ruleId");
    ObligationRule rule = ruleId == null ? null : reading.obligation(ruleId).orElse(null);
    if (ruleId != null && rule == null) {
      reading.problem(at + "条款编号“" + ruleId + "”不在本规则包的义务中");
    } else if (rule != null && rule.frequency() == Frequency.PER_EVENT) {
      reading.problem(at + "条款“" + ruleId + "”按事件发生，不能由台账记录完成");
    } else if (rule != null && reports.all().stream().anyMatch(t -> t.ruleId().equals(ruleId))) {
      reading.problem(at + "条款“" + ruleId + "”已由报告完成，不能再由台账记录完成");
    }
    return reading.faults() > before ? null : new LedgerActivity(code, ruleId, title);
  }
}
