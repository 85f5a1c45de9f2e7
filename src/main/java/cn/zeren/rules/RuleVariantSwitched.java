package cn.zeren.rules;

/** An administrator put another pack of a variant group in force (fired inside the switch's transaction). */
public record RuleVariantSwitched(String group, String fromPackId, String toPackId) {}
