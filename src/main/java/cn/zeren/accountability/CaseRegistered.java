package cn.zeren.accountability;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * A case has been registered (立案) by the acting role. Fired synchronously inside the registering transaction, so
 * what the other contexts do in answer (the obligation context opens the per-event instance of the registering
 * discipline organisation, YW-9.9 in the Yiwu pack) commits or rolls back with the case, and accountability needs
 * to know none of them. An observer that opens an instance for the case reports it through {@link #instanceOpened},
 * so the case keeps the link its page shows and its decision later fulfils.
 *
 * @param caseId the case just persisted
 * @param openedOn the day the case was opened, from which the instance's period runs
 * @param instanceOpened takes the id of the obligation instance opened for the case
 */
public record CaseRegistered(long caseId, LocalDate openedOn, LongConsumer instanceOpened) {
  /** The event of the rule pack's per-event obligations that a registered case opens. */
  public static final String OBLIGATION_EVENT = "ACCOUNTABILITY_CASE";

  public CaseRegistered {
    Objects.requireNonNull(openedOn, "openedOn");
    Objects.requireNonNull(instanceOpened, "instanceOpened");
  }
}
