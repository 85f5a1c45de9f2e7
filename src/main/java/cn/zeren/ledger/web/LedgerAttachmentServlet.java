package cn.zeren.ledger.web;

import cn.zeren.ledger.LedgerService;
import cn.zeren.platform.Failures;
import cn.zeren.platform.NotFoundException;
import cn.zeren.report.Download;
import cn.zeren.report.web.Downloads;
import cn.zeren.security.AccessDeniedException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Downloads an attachment of a ledger record ({@code /ledger/attachment?record=N&id=M}) after the ledger service
 * has checked that the caller may read the record; always as an attachment with {@code nosniff}.
 */
@WebServlet("/ledger/attachment")
public class LedgerAttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient LedgerService ledger;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Download download;
    try {
      download = ledger.attachment(number(request, "record"), number(request, "id"));
    } catch (RuntimeException failure) {
      RuntimeException reason = Failures.explain(failure);
      if (reason instanceof AccessDeniedException) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      if (reason instanceof NotFoundException) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw failure;
    }
    Downloads.headers(download).forEach(response::setHeader);
    response.setContentLengthLong(download.size());
    Files.copy(download.file(), response.getOutputStream());
  }

  private static long number(HttpServletRequest request, String name) {
    String raw = request.getParameter(name);
    if (raw == null || !raw.matches("\\d{1,18}")) {
      throw new NotFoundException("ledger.attachment", raw);
    }
    return Long.parseLong(raw);
  }
}
