package cn.zeren.assessment;

import cn.zeren.hearing.ScoredMeetings;
import cn.zeren.rules.PackReading;
import cn.zeren.rules.RuleSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads {@code assessment} (量化考核, YW-13) with {@link AssessmentReader}; its indicators may cite scored meetings. */
@ApplicationScoped
public class AssessmentSection implements RuleSection<AssessmentTemplate> {

  @Override
  public Class<AssessmentTemplate> type() {
    return AssessmentTemplate.class;
  }

  @Override
  public List<String> keys() {
    return List.of("assessment");
  }

  @Override
  public List<Class<?>> requires() {
    return List.of(ScoredMeetings.class);
  }

  @Override
  public AssessmentTemplate read(PackReading reading) {
    if (!reading.root().containsKey("assessment")) {
      return AssessmentTemplate.NONE;
    }
    return new AssessmentReader(reading.problems(), reading.obligations(), reading.section(ScoredMeetings.class).all())
        .read(reading.root().get("assessment"));
  }
}
