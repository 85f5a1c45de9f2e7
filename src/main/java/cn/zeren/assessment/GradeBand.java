package cn.zeren.assessment;

import java.math.BigDecimal;

/** A grade (考核等次) reached from {@code minPoints} of the total upwards. */
public record GradeBand(String code, String label, BigDecimal minPoints) {}
