package cn.zeren.rules;

import java.util.List;

/**
 * One context's section of a rule pack (规则包分节): the context reads its own keys of the pack document into its own
 * types, validates them and is asked for them by type — {@code pack.section(InterviewCatalogue.class)} — so that a
 * new context adds its section without touching this package or any other context. A section is a CDI bean
 * ({@code @ApplicationScoped}, found by {@link RulePackRegistry}) with a no-argument constructor (plain tests list
 * the sections they read).
 *
 * @param <T> the section's value, immutable
 */
public interface RuleSection<T> {

  /** The type the pack is asked for; one section per type. */
  Class<T> type();

  /** The top-level keys of the pack document this section reads; no two sections share a key. */
  List<String> keys();

  /** The sections whose values this one checks its own against (read before it, see {@link PackReading#section}). */
  default List<Class<?>> requires() {
    return List.of();
  }

  /**
   * The classpath resource of the JSON Schema (规则包分节模式) that the document must satisfy for this section's keys,
   * checked by {@link PackSchemas} before any section reads: by default {@code rules/schema/<first key>.schema.json},
   * shipped by the context beside its section. A section without its schema file stops the start.
   */
  default String schema() {
    return PackSchemas.FOLDER + keys().get(0) + ".schema.json";
  }

  /**
   * Reads the section from the document, adding every fault to {@link PackReading#problem}; answers the section's
   * empty value when the document has none of its keys. The value returned after a fault is never used.
   */
  T read(PackReading reading);
}
