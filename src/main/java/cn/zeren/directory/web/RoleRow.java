package cn.zeren.directory.web;

import cn.zeren.security.Role;
import cn.zeren.security.RoleAssignment;
import java.io.Serializable;
import java.time.Instant;

/** A role assignment on the person page, with the version its revocation must quote. */
public record RoleRow(
    long id,
    long version,
    long organisationId,
    String organisationName,
    boolean organisationActive,
    Role role,
    boolean active,
    Instant updatedAt)
    implements Serializable {

  static RoleRow of(RoleAssignment r) {
    return new RoleRow(
        r.getId(), r.getVersion(), r.getOrganisation().getId(), r.getOrganisation().getName(),
        r.getOrganisation().isActive(), r.getRole(), r.isActive(), r.getUpdatedAt());
  }
}
