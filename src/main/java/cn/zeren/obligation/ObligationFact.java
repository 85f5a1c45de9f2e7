package cn.zeren.obligation;

import java.time.Instant;

/**
 * One obligation instance as the assessment context (考核评价, YW-13.2) reads it through {@link ObligationFacts}: its
 * rule and period, whose it is, when it was due, its status at the time of reading, and its first evidence.
 */
public record ObligationFact(
    long obligationId,
    long organisationId,
    String ruleId,
    String periodKey,
    String ownerName,
    Instant dueAt,
    ObligationStatus status,
    Instant completedAt,
    String evidenceType,
    String evidenceRef) {}
