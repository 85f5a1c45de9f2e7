package cn.zeren.rules;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with the rule packs in force: reading them needs no action, the rules are public. */
public enum RulesAction implements Action {
  /** Choose which pack of a variant group is in force (规则包可替换组, issue 14). */
  MANAGE(EnumSet.of(Role.SYSTEM_ADMIN));

  private final Set<Role> roles;

  RulesAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
