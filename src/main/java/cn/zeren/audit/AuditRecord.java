package cn.zeren.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An audit entry as the viewer shows it, with the name of the organisation the person acted for.
 *
 * @param changes the JSON recorded with the entry, or null
 */
public record AuditRecord(
    long id,
    Instant occurredAt,
    Long actorPersonId,
    String actorUsername,
    String actingRole,
    Long actingOrgId,
    String actingOrgName,
    String action,
    String entityType,
    String entityId,
    String changes,
    String clientAddress)
    implements Serializable {

  static AuditRecord of(AuditEntry entry, String actingOrgName) {
    return new AuditRecord(
        entry.getId(), entry.getOccurredAt(), entry.getActorPersonId(), entry.getActorUsername(),
        entry.getActingRole(), entry.getActingOrgId(), actingOrgName, entry.getAction(), entry.getEntityType(),
        entry.getEntityId(), entry.getChanges(), entry.getClientAddress());
  }

  /** The recorded changes, one line per field. */
  public List<AuditChange> changeList() {
    return AuditChange.parse(changes);
  }
}
