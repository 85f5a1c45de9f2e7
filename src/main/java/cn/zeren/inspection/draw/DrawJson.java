package cn.zeren.inspection.draw;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The record of a draw as JSON (Jakarta JSON Processing). The canonical form of an input, whose {@link #digest} is
 * committed before the draw: no white space, the keys of every object in alphabetical order, every key written
 * (absent values as {@code null}), lists in the records' canonical order and sets ascending, dates as ISO text, and
 * {@code "format": "zeren-draw/1"} naming the procedure of docs/draw.md. The outcome is written the same way.
 * Readers refuse, with {@link IllegalArgumentException}, anything else: a missing or unknown key, a wrong type.
 */
public final class DrawJson {
  /** The procedure of docs/draw.md, version 1. */
  public static final String FORMAT = "zeren-draw/1";

  private static final Map<Class<?>, String> NOUNS =
      Map.of(JsonString.class, "a string", JsonNumber.class, "a number", JsonArray.class, "a list");

  private DrawJson() {}

  /** The canonical JSON of {@code input}. */
  public static String canonical(DrawInput input) {
    Checks.present(input, "the draw input");
    return write(g -> {
      g.write("assignTargets", input.assignTargets())
          .write("drawDate", input.drawDate().toString())
          .write("format", FORMAT);
      array(g, "groups", input.groups(), slot -> g.writeStartObject()
          .write("key", slot.key())
          .write("name", slot.name())
          .write("targetIds", longs(slot.targetIds()))
          .writeEnd());
      array(g, "leaders", input.leaders(), c -> candidate(g, c));
      array(g, "members", input.members(), c -> candidate(g, c));
      g.write("membersPerGroup", input.membersPerGroup());
      array(g, "rules", input.rules(), r -> {
        g.writeStartObject().write("kind", r.kind().name());
        nullable(g, "lookbackYears", r.lookbackYears() == null ? null : Json.createValue(r.lookbackYears()));
        g.write("ruleId", r.ruleId()).writeEnd();
      });
      array(g, "targets", input.targets(), t -> {
        g.writeStartObject().write("name", t.name()).write("organisationId", t.organisationId());
        nullable(g, "place", text(t.place()));
        g.write("subtreeIds", longs(new TreeSet<>(t.subtreeIds()))).writeEnd();
      });
    });
  }

  /** The input of a canonical (or any equivalent) JSON text. */
  public static DrawInput readInput(String json) {
    JsonObject o = parse(json, "input");
    keys(o, "input", "assignTargets", "drawDate", "format", "groups", "leaders", "members", "membersPerGroup",
        "rules", "targets");
    if (!FORMAT.equals(string(o, "format", "input"))) {
      throw new IllegalArgumentException("input.format: expected \"" + FORMAT + "\", the procedure of docs/draw.md");
    }
    return new DrawInput(
        date(o, "drawDate", "input"),
        objects(o, "rules", "input", DrawJson::rule),
        objects(o, "groups", "input", DrawJson::slot),
        objects(o, "targets", "input", DrawJson::target),
        objects(o, "leaders", "input", DrawJson::candidate),
        objects(o, "members", "input", DrawJson::candidate),
        intNumber(o, "membersPerGroup", "input"),
        bool(o, "assignTargets", "input"));
  }

  /** The JSON of {@code outcome}: its lists in its order. */
  public static String outcome(DrawOutcome outcome) {
    Checks.present(outcome, "the outcome");
    return write(g -> {
      array(g, "exclusions", outcome.exclusions(), e -> g.writeStartObject()
          .write("fact", e.fact())
          .write("kind", e.kind().name())
          .write("name", e.name())
          .write("personId", e.personId())
          .write("ruleId", e.ruleId())
          .write("targetId", e.targetId())
          .write("targetName", e.targetName())
          .writeEnd());
      array(g, "groups", outcome.groups(), r -> {
        g.writeStartObject().write("key", r.key());
        nullable(g, "leaderId", r.leaderId() == null ? null : Json.createValue(r.leaderId()));
        g.write("memberIds", longs(r.memberIds()))
            .write("name", r.name())
            .write("targetIds", longs(r.targetIds()))
            .writeEnd();
      });
      array(g, "problems", outcome.problems(), g::write);
    });
  }

  /** The outcome of a JSON text written by {@link #outcome(DrawOutcome)}. */
  public static DrawOutcome readOutcome(String json) {
    JsonObject o = parse(json, "outcome");
    keys(o, "outcome", "exclusions", "groups", "problems");
    return new DrawOutcome(
        objects(o, "groups", "outcome", DrawJson::result),
        objects(o, "exclusions", "outcome", DrawJson::exclusion),
        values(o, "problems", "outcome", DrawJson::stringValue));
  }

  /** SHA-256 of the UTF-8 bytes of {@code canonicalJson}, lower-case hex. */
  public static String digest(String canonicalJson) {
    return Lottery.sha256Hex(Checks.present(canonicalJson, "the JSON text"));
  }

  // ---- writing ----

  private static String write(Consumer<JsonGenerator> members) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.createGenerator(out)) {
      g.writeStartObject();
      members.accept(g);
      g.writeEnd();
    }
    return out.toString();
  }

  private static <T> void array(JsonGenerator g, String key, List<T> items, Consumer<T> each) {
    g.writeStartArray(key);
    items.forEach(each);
    g.writeEnd();
  }

  private static void candidate(JsonGenerator g, Candidate c) {
    g.writeStartObject();
    array(g, "declarations", c.declarations(), d -> g.writeStartObject()
        .write("detail", d.detail())
        .write("organisationId", d.organisationId())
        .write("organisationName", d.organisationName())
        .write("relation", d.relation())
        .writeEnd());
    g.write("name", c.name());
    nullable(g, "nativePlace", text(c.nativePlace()));
    g.write("personId", c.personId());
    array(g, "placesWorked", c.placesWorked(), g::write);
    array(g, "posts", c.posts(), p -> {
      g.writeStartObject();
      nullable(g, "from", p.from() == null ? null : Json.createValue(p.from().toString()));
      g.write("organisationId", p.organisationId())
          .write("organisationName", p.organisationName())
          .write("title", p.title());
      nullable(g, "to", p.to() == null ? null : Json.createValue(p.to().toString()));
      g.writeEnd();
    });
    g.writeEnd();
  }

  private static void nullable(JsonGenerator g, String key, JsonValue value) {
    g.write(key, value == null ? JsonValue.NULL : value);
  }

  private static JsonValue text(String value) {
    return value == null ? null : Json.createValue(value);
  }

  private static JsonArray longs(Iterable<Long> ids) {
    var array = Json.createArrayBuilder();
    ids.forEach(array::add);
    return array.build();
  }

  // ---- reading ----

  private static AvoidanceRule rule(JsonObject o, String at) {
    keys(o, at, "kind", "lookbackYears", "ruleId");
    JsonNumber years = nullable(o, "lookbackYears", at, JsonNumber.class);
    return new AvoidanceRule(string(o, "ruleId", at), kind(o, at), years == null ? null : exactInt(years, at));
  }

  private static GroupSlot slot(JsonObject o, String at) {
    keys(o, at, "key", "name", "targetIds");
    return new GroupSlot(string(o, "key", at), string(o, "name", at), ids(o, "targetIds", at));
  }

  private static DrawTarget target(JsonObject o, String at) {
    keys(o, at, "name", "organisationId", "place", "subtreeIds");
    return new DrawTarget(longNumber(o, "organisationId", at), string(o, "name", at), optionalString(o, "place", at),
        Set.copyOf(ids(o, "subtreeIds", at)));
  }

  private static Candidate candidate(JsonObject o, String at) {
    keys(o, at, "declarations", "name", "nativePlace", "personId", "placesWorked", "posts");
    return new Candidate(
        longNumber(o, "personId", at),
        string(o, "name", at),
        objects(o, "posts", at, DrawJson::post),
        optionalString(o, "nativePlace", at),
        values(o, "placesWorked", at, DrawJson::stringValue),
        objects(o, "declarations", at, DrawJson::declaration));
  }

  private static Tenure post(JsonObject o, String at) {
    keys(o, at, "from", "organisationId", "organisationName", "title", "to");
    JsonString from = nullable(o, "from", at, JsonString.class);
    JsonString to = nullable(o, "to", at, JsonString.class);
    return new Tenure(longNumber(o, "organisationId", at), string(o, "organisationName", at), string(o, "title", at),
        from == null ? null : parseDate(from.getString(), at + ".from"), to == null ? null : parseDate(to.getString(), at + ".to"));
  }

  private static Declaration declaration(JsonObject o, String at) {
    keys(o, at, "detail", "organisationId", "organisationName", "relation");
    return new Declaration(longNumber(o, "organisationId", at), string(o, "organisationName", at),
        string(o, "relation", at), string(o, "detail", at));
  }

  private static GroupResult result(JsonObject o, String at) {
    keys(o, at, "key", "leaderId", "memberIds", "name", "targetIds");
    JsonNumber leader = nullable(o, "leaderId", at, JsonNumber.class);
    return new GroupResult(string(o, "key", at), string(o, "name", at), ids(o, "targetIds", at),
        leader == null ? null : exactLong(leader, at + ".leaderId"), ids(o, "memberIds", at));
  }

  private static Exclusion exclusion(JsonObject o, String at) {
    keys(o, at, "fact", "kind", "name", "personId", "ruleId", "targetId", "targetName");
    return new Exclusion(longNumber(o, "personId", at), string(o, "name", at), longNumber(o, "targetId", at),
        string(o, "targetName", at), string(o, "ruleId", at), kind(o, at), string(o, "fact", at));
  }

  private static JsonObject parse(String json, String what) {
    Checks.present(json, "the " + what + " JSON");
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new IllegalArgumentException(what + ": not one JSON object: " + e.getMessage(), e);
    }
  }

  /** Refuses an object whose keys are not exactly {@code expected}. */
  private static void keys(JsonObject o, String at, String... expected) {
    Set<String> wanted = Set.of(expected);
    for (String key : wanted) {
      if (!o.containsKey(key)) {
        throw new IllegalArgumentException(at + ": missing key \"" + key + "\"");
      }
    }
    Set<String> unknown = new HashSet<>(o.keySet());
    unknown.removeAll(wanted);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(at + ": unknown keys " + new TreeSet<>(unknown));
    }
  }

  private static <T extends JsonValue> T value(JsonObject o, String key, String at, Class<T> type) {
    JsonValue v = o.get(key);
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException(
          at + "." + key + ": expected " + NOUNS.get(type) + ", was " + v.getValueType());
    }
    return type.cast(v);
  }

  private static <T extends JsonValue> T nullable(JsonObject o, String key, String at, Class<T> type) {
    return o.get(key).getValueType() == JsonValue.ValueType.NULL ? null : value(o, key, at, type);
  }

  private static String string(JsonObject o, String key, String at) {
    return value(o, key, at, JsonString.class).getString();
  }

  private static String optionalString(JsonObject o, String key, String at) {
    JsonString s = nullable(o, key, at, JsonString.class);
    return s == null ? null : s.getString();
  }

  private static String stringValue(JsonValue v, String at) {
    if (!(v instanceof JsonString s)) {
      throw new IllegalArgumentException(at + ": expected a string, was " + v.getValueType());
    }
    return s.getString();
  }

  private static long longNumber(JsonObject o, String key, String at) {
    return exactLong(value(o, key, at, JsonNumber.class), at + "." + key);
  }

  private static int intNumber(JsonObject o, String key, String at) {
    return exactInt(value(o, key, at, JsonNumber.class), at + "." + key);
  }

  private static long exactLong(JsonNumber n, String at) {
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(at + ": expected a whole number, was " + n);
    }
  }

  private static int exactInt(JsonNumber n, String at) {
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(at + ": expected a whole number, was " + n);
    }
  }

  private static boolean bool(JsonObject o, String key, String at) {
    JsonValue v = o.get(key);
    if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
      throw new IllegalArgumentException(at + "." + key + ": expected true or false, was " + v.getValueType());
    }
    return v == JsonValue.TRUE;
  }

  private static LocalDate date(JsonObject o, String key, String at) {
    return parseDate(string(o, key, at), at + "." + key);
  }

  private static LocalDate parseDate(String text, String at) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(at + ": expected a date like 2025-03-01, was \"" + text + "\"");
    }
  }

  private static AvoidanceKind kind(JsonObject o, String at) {
    String kind = string(o, "kind", at);
    try {
      return AvoidanceKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ".kind: expected TENURE, REGION or OFFICIAL, was \"" + kind + "\"");
    }
  }

  private static List<Long> ids(JsonObject o, String key, String at) {
    return values(o, key, at, (v, where) -> {
      if (!(v instanceof JsonNumber n)) {
        throw new IllegalArgumentException(where + ": expected a number, was " + v.getValueType());
      }
      return exactLong(n, where);
    });
  }

  private static <T> List<T> objects(JsonObject o, String key, String at, Reading<JsonObject, T> each) {
    return values(o, key, at, (v, where) -> {
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new IllegalArgumentException(where + ": expected an object, was " + v.getValueType());
      }
      return each.read(v.asJsonObject(), where);
    });
  }

  private static <T> List<T> values(JsonObject o, String key, String at, Reading<JsonValue, T> each) {
    JsonArray items = value(o, key, at, JsonArray.class);
    List<T> read = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      read.add(each.read(items.get(i), at + "." + key + "[" + i + "]"));
    }
    return read;
  }

  /** Reads one JSON value found at a place named for messages ("leaders[2].posts[0]"). */
  @FunctionalInterface
  private interface Reading<V, T> {
    T read(V value, String at);
  }
}
