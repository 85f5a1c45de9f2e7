package cn.zeren.dashboard;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see the dashboard (监督看板, issue 7): figures of every unit of the subtree, accountability included, so the
 * commission's alone (not the administrator, who keeps the portal running but judges no unit).
 */
public enum DashboardAction implements Action {
  /** See the commission's dashboard of a subtree, drill down to its items and export its tables. */
  VIEW(EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER));

  private final Set<Role> roles;

  DashboardAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
