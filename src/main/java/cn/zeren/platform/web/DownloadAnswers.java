package cn.zeren.platform.web;

import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.Failures;
import cn.zeren.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What every download servlet of the pages shares: the numeric ids of its query, and the answer when the service
 * behind it refuses — 403 for access, 404 for a missing object (or a malformed id), 409 for another domain rule.
 * The services do the access checks; the servlets only translate.
 */
public final class DownloadAnswers {
  private DownloadAnswers() {}

  /** Writes a response whose content a service provides, or the status of the service's refusal. */
  @FunctionalInterface
  public interface Writer {
    void write() throws IOException;
  }

  public static void answer(HttpServletResponse response, Writer writer) throws IOException {
    try {
      writer.write();
    } catch (RuntimeException failure) {
      RuntimeException reason = Failures.explain(failure);
      if (reason instanceof AccessDeniedException) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      } else if (reason instanceof NotFoundException) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      } else if (reason instanceof DomainException) {
        response.sendError(HttpServletResponse.SC_CONFLICT);
      } else {
        throw failure;
      }
    }
  }

  /**
   * A positive id from the query, or a {@link NotFoundException} naming {@code what} (a messages-bundle key of the
   * kind of object) when it is missing or not a number.
   */
  public static long id(HttpServletRequest request, String name, String what) {
    String raw = request.getParameter(name);
    if (raw == null || !raw.matches("\\d{1,18}")) {
      throw new NotFoundException(what, raw);
    }
    return Long.parseLong(raw);
  }
}
