package cn.zeren.directory;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with the people of an organisation and their accounts: everyone reads, the administrator keeps. */
public enum PersonAction implements Action {
  VIEW(EnumSet.allOf(Role.class)),
  MANAGE(EnumSet.of(Role.SYSTEM_ADMIN));

  private final Set<Role> roles;

  PersonAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
