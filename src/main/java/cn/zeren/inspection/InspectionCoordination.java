package cn.zeren.inspection;

import cn.zeren.calendar.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How inspection works with the other supervision (巡察与各类监督贯通融合) where a locality's opinions say so (XC,
 * which composes with JDZ's or ZZ's procedure): who joins the leader pool, who appraises the inspectors, which
 * bodies inform the office before a round and within what period, immediate rectification, and the periods of the
 * joint progress hearing, the concentrated rectification and the feedback on transferred leads. Each part is empty
 * where no pack in force sets it; a regulation without the section is {@link #NONE}.
 *
 * @param leaderPool who joins the pool of group leaders (组长库)
 * @param appraisal the appraisal of each inspector after a round (工作鉴定)
 * @param informationRequests the letters asking other bodies for information before a round (巡前沟通信息)
 * @param immediateRectification the proposal to rectify at once (“立行立改”)
 * @param jointProgressHearing the joint hearing of the unit's rectification progress, a period after the feedback
 * @param concentratedRectification the concentrated rectification phase (集中整改), a period from the feedback
 * @param transferFeedback the recipients' report on transferred leads (问题线索办理情况), within a period
 */
public record InspectionCoordination(
    Optional<LeaderPool> leaderPool,
    Optional<Provision> appraisal,
    Optional<InformationRequests> informationRequests,
    Optional<Provision> immediateRectification,
    Optional<TimedProvision> jointProgressHearing,
    Optional<TimedProvision> concentratedRectification,
    Optional<TimedProvision> transferFeedback) {

  public static final InspectionCoordination NONE = new InspectionCoordination(
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());

  public InspectionCoordination {
    Objects.requireNonNull(leaderPool);
    Objects.requireNonNull(appraisal);
    Objects.requireNonNull(informationRequests);
    Objects.requireNonNull(immediateRectification);
    Objects.requireNonNull(jointProgressHearing);
    Objects.requireNonNull(concentratedRectification);
    Objects.requireNonNull(transferFeedback);
  }

  /** An article of the opinions that sets no period. */
  public record Provision(String ruleId, String article, String articleText) {}

  /** An article of the opinions with its period ({@code 1M}, {@code 3M}), counted from the event it names. */
  public record TimedProvision(String ruleId, String article, String articleText, Period period) {}

  /**
   * The leader pool (XC: 将县纪委监委派驻机构人员纳入巡察组长库).
   *
   * @param dispatchedStaffEligible whether staff of the dispatched discipline bodies (派驻机构) join the pool
   */
  public record LeaderPool(String ruleId, String article, String articleText, boolean dispatchedStaffEligible) {}

  /**
   * Before each round the office writes to each recipient, who answers in writing within {@code period}
   * (XC: 收到商请函后5个工作日内).
   */
  public record InformationRequests(
      String ruleId, String article, String articleText, Period period, List<Recipient> recipients) {
    public InformationRequests {
      recipients = List.copyOf(recipients);
    }

    public Optional<Recipient> recipient(String key) {
      return recipients.stream().filter(r -> r.key().equals(key)).findFirst();
    }
  }

  /**
   * A body the office asks for information before a round.
   *
   * @param key a code ({@code AUDIT_BUREAU})
   * @param title the body as the opinions name it (县审计局)
   * @param provides what it provides, in the opinions' words (近三年审计情况)
   */
  public record Recipient(String key, String title, String provides) {}
}
