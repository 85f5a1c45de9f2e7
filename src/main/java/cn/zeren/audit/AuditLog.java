package cn.zeren.audit;

import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * Records events that are not a change of an entity — sign-in, failed sign-in, lockout, sign-out, export — in the
 * same trail as the automatic entries of {@link AuditWriter}. Runs in the caller's transaction, or a new one.
 */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext EntityManager em;

  @Transactional
  public void record(String action, String entityType, Object entityId, Map<String, ?> details) {
    recordAs(ActorContext.current(), action, entityType, entityId, details);
  }

  /** Records an event on behalf of a given actor, e.g. the person who just signed in. */
  @Transactional
  public void recordAs(
      Actor actor, String action, String entityType, Object entityId, Map<String, ?> details) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    details.forEach((k, v) -> json.add(k, String.valueOf(v)));
    em.persist(
        new AuditEntry(
            Instant.now(),
            actor,
            action,
            entityType,
            entityId == null ? null : String.valueOf(entityId),
            details.isEmpty() ? null : json.build().toString()));
  }
}
