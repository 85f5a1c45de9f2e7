package cn.zeren.hearing;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with scored meetings (评议会议: YW-10.2 专题汇报会, YW-10.4 述职会议): the commission's alone. */
public enum HearingAction implements Action {
  /** See the commission's scored meetings with every score and result (never a unit's own roles). */
  VIEW(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Set up a meeting; its chair also starts it, closes items and closes it. */
  MANAGE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Give one's own score at a meeting one is a scorer of. */
  SCORE(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER));

  private final Set<Role> roles;

  HearingAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
