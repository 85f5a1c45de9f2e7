package cn.zeren.inspection;

import cn.zeren.platform.DomainException;
import jakarta.ejb.ApplicationException;

/** A refusal that enforces an inspection article of the rule pack (JDZ-16 …) and belongs next to one form field. */
@ApplicationException(rollback = true)
public class InspectionRuleException extends DomainException {
  InspectionRuleException(String ruleId, String field, String key, Object... args) {
    super(ruleId, field, key, args);
  }
}
