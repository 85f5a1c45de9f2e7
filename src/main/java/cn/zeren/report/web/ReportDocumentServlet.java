package cn.zeren.report.web;

import cn.zeren.platform.web.DownloadAnswers;
import cn.zeren.platform.web.Downloads;
import cn.zeren.report.ReportService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
    DownloadAnswers.answer(response, () -> Downloads.send(response, reports.document(
        DownloadAnswers.id(request, "id", "report"), (int) DownloadAnswers.id(request, "v", "report"))));
  }
}
