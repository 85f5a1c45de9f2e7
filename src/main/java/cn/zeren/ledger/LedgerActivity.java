package cn.zeren.ledger;

/**
 * A kind of activity kept in the work ledger (工作台账, YW-13.1) — a start-of-year meeting, a quarterly special
 * meeting, an integrity Party lecture … — and the periodic obligation of the pack that a record of it fulfils.
 *
 * @param code the kind's stable code, e.g. {@code QUARTERLY_MEETING}
 * @param ruleId the obligation (rule id) one record counts towards
 * @param title the kind's name as the ledger shows it
 */
public record LedgerActivity(String code, String ruleId, String title) {}
