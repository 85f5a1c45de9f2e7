package cn.zeren.hearing;

import java.util.List;
import java.util.Optional;

/** The scored meetings of the rule pack (述责述廉评议, YW-10.2 / YW-10.4): this context's section of it. */
public record ScoredMeetings(List<ScoredMeeting> all) {
  public ScoredMeetings {
    all = List.copyOf(all);
  }

  public Optional<ScoredMeeting> meeting(String code) {
    return all.stream().filter(m -> m.code().equals(code)).findFirst();
  }
}
