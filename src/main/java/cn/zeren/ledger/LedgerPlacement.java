package cn.zeren.ledger;

import cn.zeren.calendar.Deadlines;
import cn.zeren.obligation.ObligationPeriod;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.RuleLookup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a ledger record belongs, as the rule pack says: its activity kind names the obligation rule, and the
 * activity's date picks the period of that rule's frequency (a quarterly meeting on 10 May fulfils Q2 of YW-6.2b).
 * The record counts as evidence at the end of the activity's day, Beijing time — the day the activity was held
 * decides on time or late, not the day it was typed in.
 */
public record LedgerPlacement(LedgerActivity activity, ObligationRule rule, ObligationPeriod period) {

  /** The placement of an activity of the given kind held on the given day; empty when the pack has no such kind. */
  public static Optional<LedgerPlacement> of(RuleLookup pack, String activityCode, LocalDate day) {
    return pack.section(LedgerActivities.class).activity(activityCode)
        .map(
            activity -> {
              ObligationRule rule = pack.rule(activity.ruleId()).orElseThrow();
              return new LedgerPlacement(activity, rule, ObligationPeriod.containing(day, rule.frequency()));
            });
  }

  /** The instant the evidence of an activity held on {@code day} is recorded at (23:59:59 that day in Beijing). */
  public static Instant evidenceTime(LocalDate day) {
    return Deadlines.cutOff(day).toInstant();
  }
}
