package cn.zeren.audit;

import java.time.Instant;
import java.util.Locale;

/**
 * What to look for in the audit trail; every criterion is optional (null or blank means "any").
 *
 * @param from first instant included
 * @param to last instant included
 * @param actor the exact username of the person who acted ("system" for start-up work, "anonymous" before sign-in)
 * @param organisationId entries made by people acting for this organisation or any unit below it
 */
public record AuditFilter(
    Instant from,
    Instant to,
    String actor,
    String action,
    String entityType,
    String entityId,
    Long organisationId) {

  public AuditFilter {
    actor = actor == null || actor.isBlank() ? null : actor.trim().toLowerCase(Locale.ROOT);
    action = blankToNull(action);
    entityType = blankToNull(entityType);
    entityId = blankToNull(entityId);
  }

  public static AuditFilter any() {
    return new AuditFilter(null, null, null, null, null, null, null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
