package cn.zeren.calendar;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with the working calendar (工作日历): reading it needs no action, its days are public facts. */
public enum CalendarAction implements Action {
  /** Load or replace a year's official holiday schedule. */
  MANAGE(EnumSet.of(Role.SYSTEM_ADMIN));

  private final Set<Role> roles;

  CalendarAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
