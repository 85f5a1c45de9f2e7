package cn.zeren.obligation;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with the obligations (责任事项) the rule pack generates for every unit. */
public enum ObligationAction implements Action {
  /** See the obligations of an organisation (every role, within its subtree). */
  VIEW(EnumSet.allOf(Role.class)),
  /** Record what fulfils an obligation of one's unit (reports, meeting records ... of later contexts). */
  FULFIL(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF)),
  /** See the obligations of every unit in the subtree (compliance matrix, overdue lists). */
  OVERSEE(
      EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
          Role.DISPATCHED_GROUP_LEADER)),
  /** Generate a year's obligation instances from the rule pack. */
  GENERATE(EnumSet.of(Role.SYSTEM_ADMIN)),
  /** Waive an obligation instance with a recorded reason. */
  WAIVE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER));

  private final Set<Role> roles;

  ObligationAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
