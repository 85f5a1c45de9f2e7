package cn.zeren.accountability.web;

import cn.zeren.accountability.AccountabilityService;
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
 * Downloads a case's decision document ({@code /accountability/document?id=N}) after the accountability service has
 * checked that the caller may read the case; always as an attachment with the type found in the content.
 */
@WebServlet("/accountability/document")
public class CaseDocumentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient AccountabilityService cases;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Download download;
    try {
      String raw = request.getParameter("id");
      if (raw == null || !raw.matches("\\d{1,18}")) {
        throw new NotFoundException("accountability", raw);
      }
      download = cases.document(Long.parseLong(raw));
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
}
