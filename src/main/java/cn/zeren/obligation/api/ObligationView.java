package cn.zeren.obligation.api;

import cn.zeren.calendar.Deadlines;
import cn.zeren.obligation.Obligation;
import cn.zeren.rules.ObligationRule;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An obligation instance as the API shows it, with the pack and version its rule came from ({@code packVersion} null
 * on instances generated before versions were recorded); times are ISO-8601 in Beijing time ({@code +08:00}), the status is
 * as of the request (an open instance past its due time is {@code OVERDUE}).
 */
public record ObligationView(
    long id,
    long version,
    String packId,
    String packVersion,
    String ruleId,
    String title,
    String article,
    long organisationId,
    String organisationName,
    String owner,
    String ownerPersonName,
    int year,
    String period,
    String dueDate,
    String dueAt,
    String status,
    int minimumCount,
    int doneCount,
    String completedAt,
    String waivedReason) {

  static ObligationView of(Obligation o, ObligationRule rule, Instant now) {
    return new ObligationView(
        o.getId(),
        o.getVersion(),
        o.getPackId(),
        o.getPackVersion(),
        o.getRuleId(),
        rule == null ? null : rule.title(),
        rule == null ? null : rule.article(),
        o.getOrganisation().getId(),
        o.getOrganisation().getName(),
        o.getOwner().name(),
        o.getOwnerPosition() == null ? null : o.getOwnerPosition().getPerson().getName(),
        o.getYear(),
        o.getPeriodKey(),
        o.getDueDate().toString(),
        beijing(o.getDueAt()),
        o.statusAt(now).name(),
        o.getMinimumCount(),
        o.getDoneCount(),
        beijing(o.getCompletedAt()),
        o.getWaivedReason());
  }

  static String beijing(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, Deadlines.BEIJING).toString();
  }
}
