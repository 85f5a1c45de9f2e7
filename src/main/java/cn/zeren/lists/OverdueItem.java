package cn.zeren.lists;

import java.time.LocalDate;

/** A rectification item past its deadline and not written off (逾期整改事项). */
public record OverdueItem(
    long listId, long organisationId, String organisationName, int year, String itemKey, String problemKey,
    String measure, String ownerName, LocalDate deadline, long daysLate, ItemState state) {}
