package cn.zeren.interview;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with interviews (约谈提醒, YW-12): the interview type of the rule pack narrows each. */
public enum InterviewAction implements Action {
  /** See the subtree's interviews, record the figures per unit and year, the suggested interviews and coverage. */
  OVERSEE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Schedule an interview of a unit in one's subtree (the type's scheduling roles). */
  SCHEDULE(
      EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.PRIMARY_LEADER, Role.TEAM_MEMBER,
          Role.DISCIPLINE_HEAD, Role.UNIT_CLERK)),
  /** Write one's own explanation after one's own interview (the interviewee alone). */
  EXPLAIN(EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN))),
  /** Record the minutes of and sign the explanation of an interview one leads (the type's conducting roles). */
  CONDUCT(EnumSet.of(Role.COMMISSION_LEADER, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD));

  private final Set<Role> roles;

  InterviewAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
