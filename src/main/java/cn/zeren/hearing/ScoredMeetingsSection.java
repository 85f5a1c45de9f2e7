package cn.zeren.hearing;

import cn.zeren.rules.PackReading;
import cn.zeren.rules.RuleSection;
import cn.zeren.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code scoredMeetings}: each meeting fulfils one obligation, names the speaker's role and a scale whose
 * range is a whole number of steps; dropping the highest and lowest score needs at least three scores.
 */
@ApplicationScoped
public class ScoredMeetingsSection implements RuleSection<ScoredMeetings> {

  @Override
  public Class<ScoredMeetings> type() {
    return ScoredMeetings.class;
  }

  @Override
  public List<String> keys() {
    return List.of("scoredMeetings");
  }

  @Override
  public ScoredMeetings read(PackReading reading) {
    List<ScoredMeeting> meetings = new ArrayList<>();
    reading.forEach("scoredMeetings", "评议会议", (o, at) -> meetings.add(meeting(reading, o, at)));
    List<ScoredMeeting> read = meetings.stream().filter(Objects::nonNull).toList();
    reading.unique(read.stream().map(ScoredMeeting::code).toList(), "评议会议");
    return new ScoredMeetings(read);
  }

  private static ScoredMeeting meeting(PackReading reading, JsonObject o, String at) {
    int before = reading.faults();
    String code = reading.code(o, at);
    String ruleId = reading.ruleReference(o, at);
    String title = reading.required(o, "title", at, "名称 title");
    Role speaker = reading.enumValue(o, "speakerRole", Role.class, at, "汇报人角色 speakerRole");
    ScoredMeeting.Scale scale = null;
    if (!(o.get("scale") instanceof JsonObject so)) {
      reading.problem(at + "缺少评分标准 scale");
    } else {
      BigDecimal min = reading.decimal(so, "min", at);
      BigDecimal max = reading.decimal(so, "max", at);
      BigDecimal step = reading.decimal(so, "step", at);
      if (min != null && max != null && step != null) {
        if (min.compareTo(max) >= 0 || step.signum() <= 0 || max.subtract(min).remainder(step).signum() != 0) {
          reading.problem(at + "评分标准 scale 应满足 min < max、step > 0，且 max − min 为 step 的整数倍");
        } else {
          scale = new ScoredMeeting.Scale(min, max, step);
        }
      }
    }
    boolean drop = o.getBoolean("dropHighestAndLowest", false);
    int minimumToDrop = 0;
    if (drop) {
      minimumToDrop =
          o.containsKey("minimumScoresToDrop") ? reading.positiveInt(o, "minimumScoresToDrop", at, "最少次数") : 3;
      if (minimumToDrop < 3) {
        reading.problem(at + "去掉最高分和最低分时 minimumScoresToDrop 至少为 3");
      }
    }
    if (reading.faults() > before) {
      return null;
    }
    return new ScoredMeeting(
        code, ruleId, title, speaker, scale, drop, minimumToDrop, PackReading.optionalText(o, "interpretation"));
  }
}
