package cn.zeren.security;

import java.util.Set;

/**
 * What a person may do, and in which roles. Every service method that reads or writes an organisation's data
 * names its action and asks {@link AccessPolicy}; the organisation must also lie in the subtree of the acting
 * organisation. Each context names its own actions in an enum of its own package (for example
 * {@code cn.zeren.report.ReportAction}), so that a new context brings its actions without editing this package.
 */
public interface Action {

  /** The roles that may do the action somewhere; the policy adds the subtree, the context its own narrowing. */
  Set<Role> roles();

  default boolean allows(Role role) {
    return role != null && roles().contains(role);
  }
}
