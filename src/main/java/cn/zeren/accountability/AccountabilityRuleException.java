package cn.zeren.accountability;

import cn.zeren.platform.DomainException;
import jakarta.ejb.ApplicationException;

/** A refusal that enforces an article of YW-14 … YW-17 and belongs next to one field of the case form. */
@ApplicationException(rollback = true)
public class AccountabilityRuleException extends DomainException {
  AccountabilityRuleException(String ruleId, String field, String key, Object... args) {
    super(ruleId, field, key, args);
  }
}
