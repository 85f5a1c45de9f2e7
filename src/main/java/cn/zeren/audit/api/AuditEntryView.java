package cn.zeren.audit.api;

import cn.zeren.audit.AuditRecord;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit entry in the API, with its recorded changes as JSON. */
@Schema(name = "AuditEntry")
@JsonbNillable
@JsonbPropertyOrder({
  "id", "occurredAt", "actorPersonId", "actorUsername", "actingRole", "actingOrganisationId",
  "actingOrganisationName", "action", "entityType", "entityId", "changes", "clientAddress"
})
public record AuditEntryView(
    long id,
    @Schema(type = SchemaType.STRING, format = "date-time") Instant occurredAt,
    Long actorPersonId,
    @Schema(description = "system 为系统任务，anonymous 为未登录") String actorUsername,
    @Schema(example = "SYSTEM_ADMIN") String actingRole,
    Long actingOrganisationId,
    String actingOrganisationName,
    @Schema(example = "UPDATE", description = "CREATE、UPDATE、DELETE 或事件，如 SIGN_IN、SIGN_IN_FAILED、ACCOUNT_LOCKED")
        String action,
    @Schema(example = "Organisation") String entityType,
    String entityId,
    @Schema(
            type = SchemaType.OBJECT,
            description = "新建时为各字段的值；修改时为 {字段: {old, new}}；事件时为附加信息")
        JsonValue changes,
    String clientAddress) {

  static AuditEntryView of(AuditRecord record) {
    return new AuditEntryView(
        record.id(), record.occurredAt(), record.actorPersonId(), record.actorUsername(), record.actingRole(),
        record.actingOrgId(), record.actingOrgName(), record.action(), record.entityType(), record.entityId(),
        json(record.changes()), record.clientAddress());
  }

  private static JsonValue json(String changes) {
    if (changes == null) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(changes))) {
      return reader.readValue();
    } catch (JsonException e) {
      return Json.createValue(changes);
    }
  }
}
