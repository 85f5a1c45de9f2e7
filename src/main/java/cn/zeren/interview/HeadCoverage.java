package cn.zeren.interview;

import java.time.Instant;

/**
 * A head of a unit (党委、纪委主要负责人) and the yearly interview (YW-12.2) held with them in a year, or none, as the
 * assessment context reads it through {@link InterviewFacts}.
 */
public record HeadCoverage(
    long organisationId, long personId, String personName, String postTitle, Long interviewId, Instant heldAt) {}
