package cn.zeren.ledger;

import java.util.List;
import java.util.Optional;

/** The ledger activity kinds of the rule pack (工作台账, YW-13.1): this context's section of it. */
public record LedgerActivities(List<LedgerActivity> all) {
  public LedgerActivities {
    all = List.copyOf(all);
  }

  public Optional<LedgerActivity> activity(String code) {
    return all.stream().filter(a -> a.code().equals(code)).findFirst();
  }
}
