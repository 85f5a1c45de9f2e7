package cn.zeren.lists;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with signed lists (签字背书, YW-11): the rule pack's list kind narrows each further. */
public enum ListAction implements Action {
  /** Read the signed lists of one's unit or subtree, their versions and signatures. */
  VIEW(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
          Role.DISCIPLINE_STAFF, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER,
          Role.DISPATCHED_GROUP_STAFF)),
  /** Create a list and edit the items of its unsigned version (the kind's editor roles of the pack). */
  EDIT(
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF,
          Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Sign a list version (YW-11.3): only the kind's signer role held at the list's own organisation. */
  SIGN(EnumSet.of(Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.COMMISSION_LEADER));

  private final Set<Role> roles;

  ListAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
