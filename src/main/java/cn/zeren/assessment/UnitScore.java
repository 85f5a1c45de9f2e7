package cn.zeren.assessment;

import java.math.BigDecimal;
import java.util.List;

/** A unit's computed score: the items of its breakdown, whose points add up to the total exactly. */
public record UnitScore(long organisationId, String organisationName, List<ScoreItem> items) {
  public UnitScore {
    items = List.copyOf(items);
  }

  public BigDecimal total() {
    return items.stream().map(ScoreItem::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
