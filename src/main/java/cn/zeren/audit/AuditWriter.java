package cn.zeren.audit;

import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.ModifyQuery;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.sessions.DataRecord;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

/**
 * Writes an audit entry in the same transaction as each insert, update and delete: the entity, its id, the
 * values (created) or the old and new value of each changed attribute (updated), and the acting person, role,
 * organisation and client address from {@link ActorContext}. Secrets are never copied into the trail.
 */
class AuditWriter extends DescriptorEventAdapter {
  private static final String INSERT =
      "INSERT INTO audit_entry (occurred_at, actor_person_id, actor_username, acting_role, acting_org_id,"
          + " action, entity_type, entity_id, changes, client_address)"
          + " VALUES (#OCCURRED, #PERSON, #USERNAME, #ROLE, #ORG, #ACTION, #TYPE, #ID, #CHANGES, #ADDRESS)";
  private static final List<String> ARGUMENTS =
      List.of("OCCURRED", "PERSON", "USERNAME", "ROLE", "ORG", "ACTION", "TYPE", "ID", "CHANGES", "ADDRESS");
  private static final Set<String> UNINTERESTING =
      Set.of("version", "created_at", "updated_at", "createdAt", "updatedAt");

  @Override
  public void postInsert(DescriptorEvent event) {
    JsonObjectBuilder values = Json.createObjectBuilder();
    DataRecord row = event.getRecord();
    if (row == null && event.getQuery() instanceof ModifyQuery insert) {
      // EclipseLink gives the inserted row to aboutToInsert only (before the id exists); the query still holds it
      row = insert.getModifyRow();
    }
    if (row != null) {
      for (Object key : row.keySet()) {
        String column = String.valueOf(key).toLowerCase(Locale.ROOT);
        int dot = column.lastIndexOf('.');
        String name = dot < 0 ? column : column.substring(dot + 1);
        if (!UNINTERESTING.contains(name) && !"id".equals(name)) {
          put(values, name, secret(name) ? "***" : describe(event, row.get(String.valueOf(key))));
        }
      }
    }
    write(event, "CREATE", values.build().toString());
  }

  @Override
  public void postUpdate(DescriptorEvent event) {
    ObjectChangeSet changeSet = event.getChangeSet();
    if (changeSet == null && event.getQuery() instanceof ObjectLevelModifyQuery update) {
      // EclipseLink gives the change set to aboutToUpdate only; the query still holds it
      changeSet = update.getObjectChangeSet();
    }
    if (changeSet == null) {
      return;
    }
    JsonObjectBuilder changes = Json.createObjectBuilder();
    int count = 0;
    for (ChangeRecord change : changeSet.getChanges()) {
      String name = change.getAttribute();
      if (UNINTERESTING.contains(name)) {
        continue;
      }
      Object newValue =
          change instanceof DirectToFieldChangeRecord direct
              ? direct.getNewValue()
              : change instanceof ObjectReferenceChangeRecord reference ? reference.getNewValue() : null;
      boolean hide = secret(name);
      JsonObjectBuilder pair = Json.createObjectBuilder();
      put(pair, "old", hide ? "***" : describe(event, change.getOldValue()));
      put(pair, "new", hide ? "***" : describe(event, newValue));
      changes.add(name, pair);
      count++;
    }
    if (count > 0) {
      write(event, "UPDATE", changes.build().toString());
    }
  }

  @Override
  public void postDelete(DescriptorEvent event) {
    write(event, "DELETE", null);
  }

  private static void write(DescriptorEvent event, String action, String changes) {
    Actor actor = ActorContext.current();
    DataModifyQuery query = new DataModifyQuery();
    query.setSQLString(INSERT);
    ARGUMENTS.forEach(query::addArgument);
    List<Object> values =
        java.util.Arrays.asList(
            Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)),
            actor.personId(),
            actor.username(),
            actor.role() == null ? null : actor.role().name(),
            actor.orgId(),
            action,
            event.getDescriptor().getJavaClass().getSimpleName(),
            String.valueOf(idOf(event.getSession(), event.getDescriptor(), event.getObject())),
            changes,
            actor.clientAddress());
    event.getSession().executeQuery(query, new java.util.Vector<>(values));
  }

  private static Object idOf(AbstractSession session, ClassDescriptor descriptor, Object entity) {
    return descriptor.getObjectBuilder().extractPrimaryKeyFromObject(entity, session);
  }

  private static String describe(DescriptorEvent event, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof ObjectChangeSet changeSet) {
      return String.valueOf(changeSet.getId());
    }
    ClassDescriptor descriptor = event.getSession().getDescriptor(value.getClass());
    if (descriptor != null && !descriptor.isAggregateDescriptor()) {
      return String.valueOf(idOf(event.getSession(), descriptor, value));
    }
    return String.valueOf(value);
  }

  private static void put(JsonObjectBuilder builder, String name, String value) {
    if (value == null) {
      builder.addNull(name);
    } else {
      builder.add(name, value);
    }
  }

  private static boolean secret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("password") || lower.contains("hash") || lower.contains("secret");
  }
}
