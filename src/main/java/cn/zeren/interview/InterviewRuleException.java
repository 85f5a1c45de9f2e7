package cn.zeren.interview;

import cn.zeren.platform.DomainException;
import jakarta.ejb.ApplicationException;

/** A refusal that enforces an article of YW-12 and belongs next to one field of the form. */
@ApplicationException(rollback = true)
public class InterviewRuleException extends DomainException {
  InterviewRuleException(String ruleId, String field, String key, Object... args) {
    super(ruleId, field, key, args);
  }
}
