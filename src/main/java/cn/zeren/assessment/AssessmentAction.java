package cn.zeren.assessment;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with the assessment (考核评价, YW-13.2, YW-13.3): the publication scope narrows the view. */
public enum AssessmentAction implements Action {
  /** Draw up and edit the year's indicator set while draft, compute the results, read every unit's breakdown. */
  MANAGE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Enter a manual score or adjustment with its justification. */
  SCORE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Publish (lock) the indicator set, and publish the results to a scope (YW-13.3). */
  PUBLISH(EnumSet.of(Role.COMMISSION_LEADER)),
  /** See published results as far as their scope reaches: one's own unit, or the city's ranking. */
  RESULT_VIEW(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF));

  private final Set<Role> roles;

  AssessmentAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
