package cn.zeren.report.web;

import cn.zeren.platform.Failures;
import cn.zeren.platform.NotFoundException;
import cn.zeren.report.Download;
import cn.zeren.report.ReportService;
import cn.zeren.security.AccessDeniedException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Downloads a report version's formal document ({@code /reports/document?id=N&v=M}) after the report service has
 * checked that the caller may read the report. Always as an attachment, with the type found in the content and
 * {@code nosniff}: a browser never renders an uploaded file as a page of the portal.
 */
@WebServlet("/reports/document")
public class ReportDocumentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient ReportService reports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Download download;
    try {
      download = reports.document(number(request, "id"), (int) number(request, "v"));
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
    if (raw == null || !raw.matches("\\d{1,9}")) {
      throw new NotFoundException("report", raw);
    }
    return Long.parseLong(raw);
  }
}
