package cn.zeren.lists;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with the rectification (整改) of a signed problem list's items, up to their write-off (销账). */
public enum RectificationAction implements Action {
  /** Record a rectification plan or progress entry and ask for an item's write-off (销账). */
  UPDATE(EnumSet.of(Role.UNIT_CLERK, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF)),
  /** Approve or reject the write-off of a rectification item (the discipline organisation, or the commission). */
  APPROVE(EnumSet.of(Role.DISCIPLINE_HEAD, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER));

  private final Set<Role> roles;

  RectificationAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
