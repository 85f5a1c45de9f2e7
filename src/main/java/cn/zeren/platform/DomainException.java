package cn.zeren.platform;

import cn.zeren.platform.i18n.Texts;
import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A refusal by a domain rule, carrying a message key of the {@code messages} bundle (so pages can show it in the
 * user's language) and, where one applies, the id of the regulation it enforces. The transaction rolls back.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {
  private final String key;
  private final transient Object[] args;
  private final String ruleId;
  private final String field;

  public DomainException(String key, Object... args) {
    this(null, null, key, args);
  }

  protected DomainException(String ruleId, String field, String key, Object... args) {
    super(Texts.zh(key, args));
    this.key = key;
    this.args = args;
    this.ruleId = ruleId;
    this.field = field;
  }

  /** A refusal that belongs next to one input field of a form. */
  public static DomainException onField(String field, String key, Object... args) {
    return new DomainException(null, field, key, args);
  }

  /** A refusal that enforces a rule of the regulations, cited by its id (e.g. YW-16), taken from the rule pack. */
  public static DomainException byRule(String ruleId, String key, Object... args) {
    return new DomainException(ruleId, null, key, args);
  }

  public String getKey() {
    return key;
  }

  public String getRuleId() {
    return ruleId;
  }

  /** The form field the message belongs to, or null. */
  public String getField() {
    return field;
  }

  public String getMessage(Locale locale) {
    return Texts.get(locale, key, args);
  }
}
