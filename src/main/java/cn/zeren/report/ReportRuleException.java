package cn.zeren.report;

import cn.zeren.platform.DomainException;
import jakarta.ejb.ApplicationException;

/** A refusal that enforces an article (e.g. YW-10.1's required sections) and belongs next to one field of the form. */
@ApplicationException(rollback = true)
public class ReportRuleException extends DomainException {
  ReportRuleException(String ruleId, String field, String key, Object... args) {
    super(ruleId, field, key, args);
  }
}
