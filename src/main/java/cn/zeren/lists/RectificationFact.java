package cn.zeren.lists;

import java.time.LocalDate;

/**
 * A rectification item (整改事项, YW-11.2) of a unit's current rectification list due in a year, as the assessment
 * context reads it through {@link ListFacts}: the day its write-off was approved, or null.
 */
public record RectificationFact(
    long listId, long organisationId, String itemKey, String measure, LocalDate deadline, LocalDate closedOn) {}
