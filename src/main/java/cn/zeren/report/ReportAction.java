package cn.zeren.report;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with reports (报告, YW-9.1, YW-10.1, YW-10.3): the report type of the rule pack narrows each. */
public enum ReportAction implements Action {
  /** Read a report of one's unit or subtree (the type's drafters, approver and reviewers only). */
  VIEW(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF)),
  /** Draft, edit and hand in a report of one's own unit (the roles that carry the report's obligation). */
  DRAFT(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF)),
  /** Approve a draft of one's own unit for submission, or send it back (the type's approving role). */
  APPROVE(EnumSet.of(Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.DISPATCHED_GROUP_LEADER)),
  /** Review submissions of the subtree: return with a comment or accept (the type's reviewing roles). */
  REVIEW(
      EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF)),
  /** See the subtree's overdue and late reports. */
  OVERSEE(
      EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
          Role.DISPATCHED_GROUP_LEADER));

  private final Set<Role> roles;

  ReportAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
