package cn.zeren.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do, and in which roles. Every service method that reads or writes an organisation's data
 * names its action and asks {@link AccessPolicy}; the organisation must also lie in the subtree of the acting
 * organisation.
 */
public enum Action {
  ORGANISATION_VIEW(EnumSet.allOf(Role.class)),
  ORGANISATION_MANAGE(EnumSet.of(Role.SYSTEM_ADMIN)),
  PERSON_VIEW(EnumSet.allOf(Role.class)),
  PERSON_MANAGE(EnumSet.of(Role.SYSTEM_ADMIN)),
  AUDIT_VIEW(EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
  /** Load or replace a year's official holiday schedule. */
  CALENDAR_MANAGE(EnumSet.of(Role.SYSTEM_ADMIN));

  private final Set<Role> roles;

  Action(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  public boolean allows(Role role) {
    return role != null && roles.contains(role);
  }
}
