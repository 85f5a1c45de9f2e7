package cn.zeren.rules;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a pack document against JSON Schemas (规则包模式) before any section reads it: the shared schema of the
 * pack's identity and obligations ({@value #SHARED}) and the schema each deployed {@link RuleSection} names. A
 * schema states the document's shape — which keys, of which type, which article-id or period syntax, which bounds —
 * so that a locality's author sees every fault with its place: {@code file: /obligations/3/due/afterEvent: reason}.
 * What a schema cannot say (a rule id that must be one of the pack's obligations, codes unique within a list, points
 * summing to 100) stays with the sections' readers.
 */
public final class PackSchemas {
  /** Where the shipped schemas live; a section's default schema is named after its first key in this folder. */
  public static final String FOLDER = "rules/schema/";
  /** The schema of the pack itself: identity and obligations with their due rules and periods. */
  static final String SHARED = FOLDER + "pack.schema.json";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaRegistryConfig(
              SchemaRegistryConfig.builder()
                  .locale(Locale.SIMPLIFIED_CHINESE)
                  .pathType(PathType.JSON_POINTER)
                  .build()));

  private PackSchemas() {}

  /**
   * Every violation of the shared schema and of the sections' schemas, in that order, each as
   * {@code source: /json/pointer: reason}; empty when the document has the shape they describe. A section whose
   * schema file is not on the classpath is a fault of the build and stops the start.
   */
  static List<String> violations(String json, String source, Collection<? extends RuleSection<?>> sections) {
    JsonNode document = JsonMapper.shared().readTree(json);
    List<String> violations = new ArrayList<>();
    check(schema(SHARED, PackSchemas.class.getClassLoader(), "the pack itself"), document, source, violations);
    for (RuleSection<?> section : sections) {
      Schema schema = schema(section.schema(), section.getClass().getClassLoader(), section.getClass().getName());
      check(schema, document, source, violations);
    }
    return violations;
  }

  private static void check(Schema schema, JsonNode document, String source, List<String> violations) {
    for (Error error : schema.validate(document)) {
      String path = error.getInstanceLocation().toString();
      violations.add(source + ": " + (path.isEmpty() ? "/" : path) + ": " + error.getMessage());
    }
  }

  private static Schema schema(String resource, ClassLoader loader, String owner) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The rule-pack schema " + resource + " of " + owner
            + " is not on the classpath: every section ships the JSON Schema of its keys (see docs/rules.md)");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return REGISTRY.getSchema(SchemaLocation.of("classpath:" + resource), text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException("The rule-pack schema " + resource + " cannot be read", e);
    }
  }
}
