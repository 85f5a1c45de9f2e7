package cn.zeren.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the append-only audit trail (审计日志): who, in which role and organisation, when, from which address,
 * did what to which entity, and what changed. Every column is insert-only; no service updates or removes a row.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor_person_id", updatable = false)
  private Long actorPersonId;

  @Column(name = "actor_username", nullable = false, updatable = false, length = 64)
  private String actorUsername;

  @Column(name = "acting_role", updatable = false, length = 40)
  private String actingRole;

  @Column(name = "acting_org_id", updatable = false)
  private Long actingOrgId;

  @Column(nullable = false, updatable = false, length = 32)
  private String action;

  @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
  private String entityType;

  @Column(name = "entity_id", updatable = false, length = 64)
  private String entityId;

  @Column(updatable = false)
  private String changes;

  @Column(name = "client_address", updatable = false, length = 64)
  private String clientAddress;

  protected AuditEntry() {}

  AuditEntry(
      Instant occurredAt,
      cn.zeren.security.Actor actor,
      String action,
      String entityType,
      String entityId,
      String changes) {
    this.occurredAt = occurredAt;
    this.actorPersonId = actor.personId();
    this.actorUsername = actor.username();
    this.actingRole = actor.role() == null ? null : actor.role().name();
    this.actingOrgId = actor.orgId();
    this.clientAddress = actor.clientAddress();
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.changes = changes;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Long getActorPersonId() {
    return actorPersonId;
  }

  public String getActorUsername() {
    return actorUsername;
  }

  public String getActingRole() {
    return actingRole;
  }

  public Long getActingOrgId() {
    return actingOrgId;
  }

  public String getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getChanges() {
    return changes;
  }

  public String getClientAddress() {
    return clientAddress;
  }
}
