package cn.zeren.platform.web;

import cn.zeren.platform.DomainException;
import cn.zeren.platform.Failures;
import cn.zeren.platform.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;

/**
 * Puts a service's refusal on the page in the person's language: next to the field it concerns when the form
 * names a component for that field ({@code <formId>:<field>}), otherwise at the top of the page. Nothing the
 * person typed is lost, because the page is not reset.
 */
public final class Messages {
  private Messages() {}

  public static void info(String key, Object... args) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(context, key, args), null));
  }

  public static void error(String key, Object... args) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(context, key, args), null));
    context.validationFailed();
  }

  /** Shows a service refusal; {@code formId} is the id of the form whose fields may carry the message. */
  public static void show(RuntimeException failure, String formId) {
    RuntimeException e = Failures.explain(failure);
    if (e == null) {
      throw failure;
    }
    FacesContext context = FacesContext.getCurrentInstance();
    Locale locale = context.getViewRoot().getLocale();
    if (e instanceof ConstraintViolationException violations) {
      for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
        String path = v.getPropertyPath().toString();
        String field = path.substring(path.lastIndexOf('.') + 1);
        add(context, clientId(context, formId, field), v.getMessage());
      }
    } else {
      DomainException domain = (DomainException) e;
      add(context, clientId(context, formId, domain.getField()), domain.getMessage(locale));
    }
    context.validationFailed();
  }

  private static void add(FacesContext context, String clientId, String text) {
    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static String clientId(FacesContext context, String formId, String field) {
    if (formId == null || field == null) {
      return null;
    }
    String candidate = formId + ":" + field;
    return context.getViewRoot().findComponent(":" + candidate) != null ? candidate : null;
  }

  static String text(FacesContext context, String key, Object... args) {
    return Texts.get(context.getViewRoot().getLocale(), key, args);
  }
}
