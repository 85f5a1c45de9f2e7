package cn.zeren.ledger;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with the work ledger (工作台账, YW-13.1): the record's obligation rule narrows who records. */
public enum LedgerAction implements Action {
  /** Read the ledger records of one's unit or subtree. */
  VIEW(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF)),
  /** Record an activity of one's own unit, edit it and attach files (the roles carrying the rule's obligation). */
  RECORD(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF));

  private final Set<Role> roles;

  LedgerAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
