package cn.zeren.security;

import java.util.Objects;

/**
 * Who is acting in the current request: the signed-in person and the role assignment they act in (active role and
 * organisation), plus the client address for the audit trail. {@link #system()} acts for start-up and scheduled
 * work; {@link #anonymous(String)} is a request nobody has signed in to.
 *
 * @param orgPath the acting organisation's tree path; a role reaches every organisation whose path starts with it
 */
public record Actor(
    Long personId,
    String username,
    String displayName,
    Long assignmentId,
    Role role,
    Long orgId,
    String orgPath,
    String orgName,
    String clientAddress) {

  public static final String SYSTEM = "system";
  public static final String ANONYMOUS = "anonymous";

  public static Actor system() {
    return new Actor(null, SYSTEM, "系统", null, null, null, "/", null, null);
  }

  public static Actor anonymous(String clientAddress) {
    return new Actor(null, ANONYMOUS, "匿名", null, null, null, null, null, clientAddress);
  }

  public boolean isSystem() {
    return SYSTEM.equals(username) && personId == null;
  }

  public boolean isAuthenticated() {
    return personId != null;
  }

  public boolean hasRole() {
    return role != null && orgPath != null;
  }

  /** True when this actor's role reaches the organisation with the given tree path. */
  public boolean reaches(String path) {
    return isSystem() || (hasRole() && path != null && path.startsWith(orgPath));
  }


  @Override
  public String toString() {
    return username + (role == null ? "" : "[" + role + "@" + Objects.toString(orgId) + "]");
  }
}
