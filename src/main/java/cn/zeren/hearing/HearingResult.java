package cn.zeren.hearing;

import java.math.BigDecimal;

/**
 * The result of one closed item of a scored meeting (YW-10.2, YW-10.4) for a unit, as the assessment context reads
 * it through {@link HearingFacts}: the trimmed average on the meeting's scale.
 */
public record HearingResult(
    long sessionId, long itemId, long organisationId, String title, BigDecimal result, BigDecimal scaleMax) {}
