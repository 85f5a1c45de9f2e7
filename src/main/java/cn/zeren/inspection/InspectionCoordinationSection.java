package cn.zeren.inspection;

import static cn.zeren.inspection.InspectionProcedureSection.article;
import static cn.zeren.inspection.InspectionProcedureSection.articleText;
import static cn.zeren.inspection.InspectionProcedureSection.part;

import cn.zeren.calendar.Period;
import cn.zeren.inspection.InspectionCoordination.InformationRequests;
import cn.zeren.inspection.InspectionCoordination.LeaderPool;
import cn.zeren.inspection.InspectionCoordination.Provision;
import cn.zeren.inspection.InspectionCoordination.Recipient;
import cn.zeren.inspection.InspectionCoordination.TimedProvision;
import cn.zeren.rules.PackReading;
import cn.zeren.rules.RuleSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code inspectionCoordination} (巡察协作配合) into {@link InspectionCoordination}: each of its parts is
 * optional and cites its article with its text; {@code informationRequests} names its recipients (one per key, each
 * with what it provides) and the period of their answer, and the three hearings and reports have their periods —
 * in the packs' period notation ({@code 5WD}, {@code 1M}, {@code 3M}, read by {@link Period#parse}). A pack that
 * defines the section sets at least one part.
 */
@ApplicationScoped
public class InspectionCoordinationSection implements RuleSection<InspectionCoordination> {
  private static final String KEY = "inspectionCoordination";
  private static final String AT = "巡察协作配合 inspectionCoordination";
  private static final List<String> PARTS = List.of("leaderPool", "appraisal", "informationRequests",
      "immediateRectification", "jointProgressHearing", "concentratedRectification", "transferFeedback");

  @Override
  public Class<InspectionCoordination> type() {
    return InspectionCoordination.class;
  }

  @Override
  public List<String> keys() {
    return List.of(KEY);
  }

  @Override
  public InspectionCoordination read(PackReading reading) {
    if (!reading.root().containsKey(KEY)) {
      return InspectionCoordination.NONE;
    }
    if (!(reading.root().get(KEY) instanceof JsonObject section)) {
      reading.problem(AT + "：应为对象");
      return InspectionCoordination.NONE;
    }
    if (PARTS.stream().noneMatch(section::containsKey)) {
      reading.problem(AT + "：至少写明一项：" + PARTS);
    }
    return new InspectionCoordination(
        part(section, AT, "leaderPool", "巡察组长库", reading, (o, at, r) -> new LeaderPool(
            r.articleId(o, at), article(r, o, at), articleText(r, o, at),
            o.getBoolean("dispatchedStaffEligible", false))),
        provision(section, "appraisal", "工作鉴定", reading),
        part(section, AT, "informationRequests", "巡前沟通信息", reading,
            InspectionCoordinationSection::informationRequests),
        provision(section, "immediateRectification", "立行立改", reading),
        timed(section, "jointProgressHearing", "共同听取整改进展", reading),
        timed(section, "concentratedRectification", "集中整改", reading),
        timed(section, "transferFeedback", "移交线索办理情况反馈", reading));
  }

  private static Optional<Provision> provision(JsonObject section, String key, String label, PackReading reading) {
    return part(section, AT, key, label, reading,
        (o, at, r) -> new Provision(r.articleId(o, at), article(r, o, at), articleText(r, o, at)));
  }

  private static Optional<TimedProvision> timed(JsonObject section, String key, String label, PackReading reading) {
    return part(section, AT, key, label, reading, (o, at, r) ->
        new TimedProvision(r.articleId(o, at), article(r, o, at), articleText(r, o, at), period(r, o, at)));
  }

  private static InformationRequests informationRequests(JsonObject o, String at, PackReading reading) {
    List<Recipient> recipients = new ArrayList<>();
    JsonValue items = o.get("recipients");
    if (items == null || PackReading.asArray(items) == null || items.asJsonArray().isEmpty()) {
      reading.problem(at + "缺少被商请提供情况的单位 recipients（至少一项的列表）");
    } else {
      for (int i = 0; i < items.asJsonArray().size(); i++) {
        String place = at + "第 " + (i + 1) + " 个单位：";
        int before = reading.faults();
        if (!(items.asJsonArray().get(i) instanceof JsonObject recipient)) {
          reading.problem(place + "应为对象");
          continue;
        }
        Recipient read = recipient(recipient, place, reading);
        if (reading.faults() == before) {
          recipients.add(read);
        }
      }
    }
    reading.unique(recipients.stream().map(Recipient::key).toList(), at + "单位");
    return new InformationRequests(reading.articleId(o, at), article(reading, o, at), articleText(reading, o, at),
        period(reading, o, at), recipients);
  }

  private static Recipient recipient(JsonObject o, String at, PackReading reading) {
    String key = reading.required(o, "key", at, "代码 key");
    if (key != null && !key.matches("[A-Z][A-Z0-9_]{1,39}")) {
      reading.problem(at + "代码“" + key + "”应为大写字母、数字和下划线，如 AUDIT_BUREAU");
    }
    return new Recipient(key, reading.required(o, "title", at, "单位名称 title"),
        reading.required(o, "provides", at, "提供的情况 provides"));
  }

  private static Period period(PackReading reading, JsonObject o, String at) {
    if (!o.containsKey("period")) {
      reading.problem(at + "缺少期间 period");
      return null;
    }
    String text = o.get("period") instanceof JsonString s ? s.getString() : null;
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      reading.problem(at + "期间 period“" + (text == null ? o.get("period") : text)
          + "”写法不对，应如 10WD（工作日）、30D（日）、2M（月）");
      return null;
    }
  }
}
