package cn.zeren.audit;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of an audit entry's {@code changes}, for people to read: a value set at creation or recorded with an
 * event ({@code field: value}), or an update ({@code field: old → new}).
 *
 * @param update true when {@code oldValue} is meaningful
 */
public record AuditChange(String field, String oldValue, String newValue, boolean update) implements Serializable {

  /** Reads the JSON the audit writer stores; text that is not a JSON object is shown as one line. */
  public static List<AuditChange> parse(String changes) {
    if (changes == null || changes.isBlank()) {
      return List.of();
    }
    JsonObject object;
    try (JsonReader reader = Json.createReader(new StringReader(changes))) {
      object = reader.readObject();
    } catch (JsonException | IllegalStateException notAnObject) {
      return List.of(new AuditChange("", null, changes, false));
    }
    List<AuditChange> lines = new ArrayList<>();
    object.forEach((field, value) -> lines.add(of(field, value)));
    return lines;
  }

  private static AuditChange of(String field, JsonValue value) {
    if (value instanceof JsonObject pair && pair.containsKey("old") && pair.containsKey("new")) {
      return new AuditChange(field, text(pair.get("old")), text(pair.get("new")), true);
    }
    return new AuditChange(field, null, text(value), false);
  }

  private static String text(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return "";
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }
}
