package cn.zeren.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A case linked to an obligation instance has been decided (处理决定). Fired synchronously inside the deciding
 * transaction; the obligation context records the decision as the evidence of that instance (YW-9.9 in the Yiwu
 * pack), so the instance becomes done exactly when the decision commits.
 *
 * @param caseId the decided case
 * @param obligationId the instance the case opened when it was registered
 * @param decisionDate the date of the decision
 * @param decidedAt when the decision was recorded
 */
public record CaseDecided(long caseId, long obligationId, LocalDate decisionDate, Instant decidedAt) {
  /** The evidence type under which a decision fulfils an instance (the assessment links it back to the case). */
  public static final String EVIDENCE_TYPE = "ACCOUNTABILITY";

  public CaseDecided {
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }

  /** The evidence's reference to the case. */
  public String evidenceRef() {
    return "AC-" + caseId;
  }

  /** The evidence's note, as the instance's page shows it. */
  public String evidenceNote() {
    return "责任追究处理决定 " + decisionDate;
  }
}
