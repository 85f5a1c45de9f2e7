package cn.zeren.directory;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** What may be done with the organisation tree (组织机构): everyone reads it, the administrator keeps it. */
public enum OrganisationAction implements Action {
  VIEW(EnumSet.allOf(Role.class)),
  MANAGE(EnumSet.of(Role.SYSTEM_ADMIN));

  private final Set<Role> roles;

  OrganisationAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}
