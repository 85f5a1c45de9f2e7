package cn.zeren.platform;

import cn.zeren.platform.i18n.Texts;
import jakarta.ejb.ApplicationException;
import java.util.Locale;

/** The requested object does not exist (or no longer does). Pages show 404, the API a 404 problem. */
@ApplicationException(rollback = true)
public class NotFoundException extends DomainException {
  private final String what;
  private final String id;

  public NotFoundException(String what, Object id) {
    super("error.notFound", Texts.zh(what), String.valueOf(id));
    this.what = what;
    this.id = String.valueOf(id);
  }

  /** Names the kind of object in the reader's language ("organisation": 单位) and the id without digit grouping. */
  @Override
  public String getMessage(Locale locale) {
    return Texts.get(locale, getKey(), Texts.get(locale, what), id);
  }
}
