package cn.zeren.assessment;

import cn.zeren.platform.DomainException;
import jakarta.ejb.ApplicationException;

/** A refusal that enforces YW-13.2 or YW-13.3 (a locked set, a missing justification), next to a field if one. */
@ApplicationException(rollback = true)
public class AssessmentRuleException extends DomainException {
  AssessmentRuleException(String ruleId, String field, String key, Object... args) {
    super(ruleId, field, key, args);
  }
}
