package cn.zeren.security;

import java.util.Map;
import java.util.Objects;

/**
 * Something security did that changes no entity yet belongs in the audit trail: a sign-in, a failed or throttled
 * one, a lockout, an unlock, a password confirmed before signing, a role chosen, a sign-out. Fired synchronously,
 * so the audit context (which observes it) writes its entry in the same transaction as today, while security needs
 * to know nothing of the trail.
 *
 * @param actor in whose name the entry is written (the person signing in, or the acting person)
 * @param action what happened, e.g. {@code SIGN_IN}, {@code ACCOUNT_LOCKED}
 * @param entityType the kind of object it happened to, e.g. {@code UserAccount}
 * @param entityId the object, or null when there is none (an unknown username)
 * @param details further facts, shown in the trail
 */
public record SecurityEvent(Actor actor, String action, String entityType, Object entityId, Map<String, ?> details) {
  public SecurityEvent {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(details, "details");
  }

  /** An event in the name of the acting person. */
  public static SecurityEvent of(String action, String entityType, Object entityId, Map<String, ?> details) {
    return new SecurityEvent(ActorContext.current(), action, entityType, entityId, details);
  }
}
