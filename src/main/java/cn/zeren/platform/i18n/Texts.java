package cn.zeren.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up user-facing text in the {@code messages} bundle. Chinese ({@link #CHINESE}) is the default language of
 * the portal and of the API's problem details.
 */
public final class Texts {
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final String BUNDLE = "messages";

  private Texts() {}

  public static String get(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  public static String zh(String key, Object... args) {
    return get(CHINESE, key, args);
  }
}
