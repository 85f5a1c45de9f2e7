package cn.zeren.platform.web;

import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.Failures;
import cn.zeren.platform.NotFoundException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The loading contract of the organisation and people pages: an object outside the caller's reach answers HTTP
 * 403 and an unknown one 404, with the portal's error pages, instead of a half-rendered page.
 */
public final class Pages {
  private Pages() {}

  /** Runs a page's {@code f:viewAction}; a refusal becomes 403, a missing object 404, anything else stays a fault. */
  public static void load(Runnable loader) {
    try {
      loader.run();
    } catch (RuntimeException failure) {
      RuntimeException reason = Failures.explain(failure);
      if (reason instanceof AccessDeniedException) {
        sendError(403);
      } else if (reason instanceof NotFoundException) {
        sendError(404);
      } else {
        throw failure;
      }
    }
  }

  /** The numeric id of a request parameter; anything else names no object, hence 404. */
  public static long id(String what, String raw) {
    if (raw == null || !raw.matches("\\d{1,18}")) {
      throw new NotFoundException(what, raw);
    }
    return Long.parseLong(raw);
  }

  private static void sendError(int status) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
