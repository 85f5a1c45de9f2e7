package cn.zeren.hearing;

import java.io.Serializable;

/**
 * What pages show of a rule pack's scored meeting: its title and rule id, and the numbers of its scale and trimming
 * as plain text for the bundle's sentences (scale 0–100, step 0.5; extremes dropped from 5 scores).
 */
public record ScoredMeetingText(
    String code, String ruleId, String title, String min, String max, String step, boolean trims, int trimFrom)
    implements Serializable {

  public static ScoredMeetingText of(ScoredMeeting meeting) {
    ScoredMeeting.Scale scale = meeting.scale();
    return new ScoredMeetingText(
        meeting.code(), meeting.ruleId(), meeting.title(), HearingService.plain(scale.min()),
        HearingService.plain(scale.max()), HearingService.plain(scale.step()), meeting.dropHighestAndLowest(),
        meeting.minimumScoresToDrop());
  }
}
