package cn.zeren.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A unit's stored result for a year as its readers see it: total, rank among how many units, grade, whether and how
 * far it is published (YW-13.3), and the items of the breakdown.
 */
public record UnitResult(
    int year, long organisationId, String organisationName, BigDecimal total, int rank, int unitCount,
    String gradeCode, String gradeLabel, boolean published, PublicationReach scope, Instant computedAt,
    List<ScoreItem> items) implements Serializable {}
