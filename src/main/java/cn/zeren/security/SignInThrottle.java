package cn.zeren.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What the sign-in checks count besides an account's own lockout (issue 13, finding 4), in memory on this node:
 *
 * <ul>
 *   <li><b>per client address</b>: {@code zeren.security.address-max-failures} (50) failed sign-ins within {@code
 *       zeren.security.address-window-minutes} (15) block that address for as long — whichever usernames it tried,
 *       known or not — so one address can neither guess at many accounts nor lock them all; while blocked, its
 *       attempts touch no account's counter;
 *   <li><b>per unknown username</b>: the same count and lock as an account's ({@code max-failed-attempts},
 *       {@code lockout-minutes}), so that a name without an account answers exactly as an existing one does — the
 *       same warnings, the same lock — and the answers tell nobody which names exist.
 * </ul>
 *
 * Behind a proxy the address is the client's only when the proxy is trusted ({@code zeren.http.trusted-proxies},
 * see {@link ClientAddresses}); otherwise every client shares the proxy's address.
 */
@ApplicationScoped
public class SignInThrottle {
  /** A name without an account is forgotten a day after its first failure (an account's count never is). */
  private static final Duration UNKNOWN_NAME_WINDOW = Duration.ofDays(1);

  @Inject SecuritySettings settings;

  private FailureTally addresses;
  private FailureTally unknownNames;

  @PostConstruct
  void init() {
    addresses = new FailureTally(settings.addressMaxFailures(), settings.addressWindow(), settings.addressWindow());
    unknownNames = new FailureTally(settings.maxFailedAttempts(), UNKNOWN_NAME_WINDOW, settings.lockout());
  }

  /** Until when sign-ins from the address are refused, if they are now. */
  public Optional<Instant> addressBlockedUntil(String address, Instant now) {
    return addresses.blockedUntil(key(address), now);
  }

  /** Counts a failed sign-in from the address; answers until when it is blocked if this failure blocked it. */
  public Optional<Instant> addressFailed(String address, Instant now) {
    return addresses.fail(key(address), now);
  }

  /** Until when a name without an account is "locked", as an account would be. */
  Optional<Instant> unknownNameLockedUntil(String username, Instant now) {
    return unknownNames.blockedUntil(username, now);
  }

  /** Counts a failure for a name without an account: the lock it now has, or the attempts it has left. */
  UnknownNameFailure unknownNameFailed(String username, Instant now) {
    Optional<Instant> locked = unknownNames.fail(username, now);
    return new UnknownNameFailure(locked.orElse(null), locked.isPresent() ? 0 : unknownNames.remaining(username, now));
  }

  record UnknownNameFailure(Instant lockedUntil, int remaining) {}

  private static String key(String address) {
    return address == null ? "-" : address.toLowerCase(Locale.ROOT);
  }
}
