package cn.zeren.ledger;

import cn.zeren.platform.DomainException;
import jakarta.ejb.ApplicationException;

/** A refusal that enforces an obligation's article (its period, its instance) and belongs next to one form field. */
@ApplicationException(rollback = true)
public class LedgerRuleException extends DomainException {
  LedgerRuleException(String ruleId, String field, String key, Object... args) {
    super(ruleId, field, key, args);
  }
}
