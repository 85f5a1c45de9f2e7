package cn.zeren.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a reminder says about its obligation: the task, the unit, who carries it, the period, the deadline and the
 * article it comes from.
 *
 * @param owner the owner as shown, e.g. "党委（党组）" or "班子成员（王建国）"
 * @param period the period key, e.g. {@code 2026-Q3}
 * @param dueAt the deadline instant (23:59:59 Beijing time of {@code dueDate})
 */
public record ReminderFacts(
    String ruleId,
    String article,
    String title,
    String unit,
    String owner,
    String period,
    LocalDate dueDate,
    Instant dueAt) {}
