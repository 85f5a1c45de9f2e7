package cn.zeren.accountability;

import cn.zeren.accountability.AccountabilityCatalogue.Severity;

/**
 * One line of the statistics: cases opened in a year, of a unit, on a ground and of a severity (null: not yet
 * graded). A case with two grounds counts once under each.
 */
public record CaseCount(int year, long organisationId, String organisationName, String ground, String groundTitle,
    Severity severity, long count) {}
