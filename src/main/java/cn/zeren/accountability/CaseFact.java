package cn.zeren.accountability;

import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import java.time.LocalDate;

/**
 * A decided accountability case (责任追究) against a unit, as the assessment context reads it through
 * {@link AccountabilityFacts}: severity (YW-16), decision date and whom it concerns (a person or the team).
 */
public record CaseFact(long caseId, long organisationId, Severity severity, LocalDate decisionDate, String subject) {}
