package cn.zeren.rules;

import java.util.List;

/**
 * One obligation of a rule pack (义务规则): the article it comes from, who carries it, where and how often it
 * applies, when it falls due, how many times it must be done, and what evidence shows it was.
 *
 * @param interpretation how the pack reads a rule that gives no exact date ("年初", "定期"), or null
 * @param event for {@link Frequency#PER_EVENT}: the kind of event that gives rise to it
 */
public record ObligationRule(
    String ruleId,
    String article,
    String articleText,
    String title,
    Owner owner,
    Scope scope,
    Frequency frequency,
    String event,
    DueRule due,
    String interpretation,
    int minimumCount,
    List<String> evidence) {}
