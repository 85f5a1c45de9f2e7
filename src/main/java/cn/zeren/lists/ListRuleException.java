package cn.zeren.lists;

import cn.zeren.platform.DomainException;
import jakarta.ejb.ApplicationException;

/** A refusal that enforces an article (e.g. YW-11.2: no write-off without evidence) next to one field of a form. */
@ApplicationException(rollback = true)
public class ListRuleException extends DomainException {
  ListRuleException(String ruleId, String field, String key, Object... args) {
    super(ruleId, field, key, args);
  }
}
