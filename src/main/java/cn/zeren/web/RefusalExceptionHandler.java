package cn.zeren.web;

import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.Failures;
import cn.zeren.platform.NotFoundException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The expected failures of a page request are answers, not faults: a refusal the page did not catch itself is the
 * portal's 403 page, a missing object its 404 page, and a post whose view state the server does not hold (expired
 * session, another session's or a forged one) the page 页面已过期. None of them is a 500 or a logged stack trace.
 * A plain request gets the status with the error page; an Ajax request, which cannot show a page of its own, is
 * redirected to it. Everything else is left to the default handler. Registered in faces-config.xml.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(RefusalExceptionHandler.class.getName());
  static final String EXPIRED_PAGE = "/error/expired.xhtml";

  /** Installs the handler around the implementation's own. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
  }

  /** What a page answers for an expected failure: the status with its error page, or (EXPIRED) a redirect to it. */
  enum Answer {
    FORBIDDEN(403, "/error/403.xhtml"),
    NOT_FOUND(404, "/error/404.xhtml"),
    EXPIRED(0, EXPIRED_PAGE);

    final int status;
    final String page;

    Answer(int status, String page) {
      this.status = status;
      this.page = page;
    }
  }

  public RefusalExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    FacesContext context = FacesContext.getCurrentInstance();
    boolean answered = false;
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable failure = events.next().getContext().getException();
      Answer answer = answerFor(failure);
      if (answer != null && (answered || !context.getExternalContext().isResponseCommitted())) {
        events.remove();
        LOG.log(Level.FINE, "answered {0}: {1}", new Object[] {answer, failure});
        if (!answered) {
          answer(context, answer);
          answered = true;
        }
      }
    }
    getWrapped().handle();
  }

  /** The answer to an expected failure, whatever wraps it (EL, CDI, Faces); null for a genuine fault. */
  static Answer answerFor(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return Answer.EXPIRED;
      }
    }
    RuntimeException reason = Failures.explain(failure);
    if (reason instanceof AccessDeniedException) {
      return Answer.FORBIDDEN;
    }
    return reason instanceof NotFoundException ? Answer.NOT_FOUND : null;
  }

  private static void answer(FacesContext context, Answer answer) {
    ExternalContext external = context.getExternalContext();
    try {
      if (answer == Answer.EXPIRED || context.getPartialViewContext().isAjaxRequest()) {
        if (external.getResponse() instanceof ServletResponse response) {
          response.resetBuffer(); // what a failed rendering wrote; the headers (SecurityHeadersFilter) stay
        }
        external.redirect(external.getRequestContextPath() + answer.page);
      } else {
        external.responseSendError(answer.status, null);
      }
    } catch (IOException e) {
      throw new FacesException(e);
    }
    context.responseComplete();
  }
}
