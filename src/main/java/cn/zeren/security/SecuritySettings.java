package cn.zeren.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in and token settings from MicroProfile Config (see docs/operations.md). */
@ApplicationScoped
public class SecuritySettings {
  @Inject
  @ConfigProperty(name = "zeren.security.max-failed-attempts", defaultValue = "5")
  int maxFailedAttempts;

  @Inject
  @ConfigProperty(name = "zeren.security.lockout-minutes", defaultValue = "15")
  int lockoutMinutes;

  @Inject
  @ConfigProperty(name = "zeren.security.token-days", defaultValue = "90")
  int tokenDays;

  @Inject
  @ConfigProperty(name = "zeren.security.address-max-failures", defaultValue = "50")
  int addressMaxFailures;

  @Inject
  @ConfigProperty(name = "zeren.security.address-window-minutes", defaultValue = "15")
  int addressWindowMinutes;

  public int maxFailedAttempts() {
    return maxFailedAttempts;
  }

  public Duration lockout() {
    return Duration.ofMinutes(lockoutMinutes);
  }

  /** Failed sign-ins from one client address that block it ({@link SignInThrottle}). */
  public int addressMaxFailures() {
    return addressMaxFailures;
  }

  /** The window in which an address's failures count, and how long the block then lasts. */
  public Duration addressWindow() {
    return Duration.ofMinutes(addressWindowMinutes);
  }

  public Duration tokenLifetime() {
    return Duration.ofDays(tokenDays);
  }
}
