package cn.zeren.assessment;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of a year's ranking (考核排名): the unit, its total, rank and grade. */
public record RankingRow(long organisationId, String organisationName, BigDecimal total, int rank, String gradeLabel)
    implements Serializable {}
