package cn.zeren.platform.rest;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Payara copies the default value of every attribute of a {@code @Schema} annotation into the document, among
 * them {@code maxProperties: 0}, which would declare every annotated object empty, and describes instants as
 * objects. This filter (registered as {@code mp.openapi.filter}) puts the document back to what was written.
 */
public class OpenApiCleanup implements OASFilter {
  private static final Integer ZERO = 0;

  @Override
  public Schema filterSchema(Schema schema) {
    if (ZERO.equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (ZERO.equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (ZERO.equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    schema.setExclusiveMaximum(trueOrNull(schema.getExclusiveMaximum()));
    schema.setExclusiveMinimum(trueOrNull(schema.getExclusiveMinimum()));
    schema.setUniqueItems(trueOrNull(schema.getUniqueItems()));
    schema.setNullable(trueOrNull(schema.getNullable()));
    schema.setReadOnly(trueOrNull(schema.getReadOnly()));
    schema.setWriteOnly(trueOrNull(schema.getWriteOnly()));
    schema.setDeprecated(trueOrNull(schema.getDeprecated()));
    if ("date-time".equals(schema.getFormat())) {
      // Payara keeps "object" for java.time types even when the annotation says string
      schema.setType(Schema.SchemaType.STRING);
    }
    return schema;
  }

  private static Boolean trueOrNull(Boolean flag) {
    return Boolean.TRUE.equals(flag) ? Boolean.TRUE : null;
  }
}
