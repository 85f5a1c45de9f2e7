package cn.zeren.web;

import cn.zeren.platform.i18n.Texts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The interface language of the session: Simplified Chinese unless the person switches to English. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private Locale locale = Texts.CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguageTag() {
    return locale.toLanguageTag();
  }

  public boolean isChinese() {
    return "zh".equals(locale.getLanguage());
  }

  /** Switches between Chinese and English and reloads the current page. */
  public String toggle() {
    locale = isChinese() ? Locale.ENGLISH : Texts.CHINESE;
    FacesContext context = FacesContext.getCurrentInstance();
    context.getViewRoot().setLocale(locale);
    return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
