package cn.zeren.audit;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** Who may read the audit trail (审计日志): the administrator and the commission, never a unit's own roles. */
public enum AuditAction implements Action {
  VIEW(EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER));

  private final Set<Role> roles;

  AuditAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
