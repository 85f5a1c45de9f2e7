package cn.zeren.directory.web;

import cn.zeren.security.UserAccount;
import java.io.Serializable;
import java.time.Instant;

/**
 * A person's sign-in account as the administrator sees it, with its lockout state.
 *
 * @param locked whether the account is locked out now (too many failed sign-ins)
 */
public record AccountView(
    String username,
    boolean enabled,
    int failedAttempts,
    Instant lockedUntil,
    boolean locked,
    Instant lastSignInAt,
    Instant createdAt)
    implements Serializable {

  static AccountView of(UserAccount a, Instant now) {
    return new AccountView(
        a.getUsername(), a.isActive(), a.getFailedAttempts(), a.getLockedUntil(), a.isLockedAt(now),
        a.getLastSignInAt(), a.getCreatedAt());
  }
}
