package cn.zeren.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What may be done with people's accounts and role assignments — security's own actions, so that it needs no
 * action of the directory above it: everyone signed in sees who holds a role (to address a reminder or an
 * interview), the administrator keeps the accounts (unlock, reset, assign a role).
 */
public enum AccountAction implements Action {
  VIEW(EnumSet.allOf(Role.class)),
  MANAGE(EnumSet.of(Role.SYSTEM_ADMIN));

  private final Set<Role> roles;

  AccountAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
