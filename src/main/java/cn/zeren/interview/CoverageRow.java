package cn.zeren.interview;

import cn.zeren.security.Role;
import java.time.Instant;

/**
 * One lower-level head in the coverage of the yearly interview (YW-12.2): the unit, the person and the head role,
 * the interview that took place this year (or null) and one still scheduled (or null).
 */
public record CoverageRow(
    long organisationId, String organisationName, long personId, String personName, Role role,
    Long heldInterviewId, Instant heldAt, Long plannedInterviewId, Instant plannedAt) {

  /** Not interviewed yet this year: no yearly interview has taken place. */
  public boolean open() {
    return heldInterviewId == null;
  }
}
