package cn.zeren.assessment.web;

import cn.zeren.assessment.AssessmentExports;
import cn.zeren.lists.web.ExportHeaders;
import cn.zeren.platform.web.DownloadAnswers;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The assessment's exports after the service's access checks: {@code /assessment/export?year=Y&format=xlsx|pdf}
 * (the ranking) and {@code ?year=Y&org=ID&format=…} (a unit's score sheet). Always as attachments.
 */
@WebServlet("/assessment/export")
public class AssessmentFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient AssessmentExports exports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    DownloadAnswers.answer(response, () -> {
      int year = (int) DownloadAnswers.id(request, "year", "assessment.set");
      Long org = request.getParameter("org") == null ? null : DownloadAnswers.id(request, "org", "organisation");
      boolean pdf = "pdf".equals(request.getParameter("format"));
      byte[] content = org == null
          ? (pdf ? exports.rankingPdf(year) : exports.rankingExcel(year))
          : (pdf ? exports.sheetPdf(year, org) : exports.sheetExcel(year, org));
      String name = exports.fileName(year, org, pdf ? "pdf" : "xlsx");
      ExportHeaders.of(name, pdf ? ExportHeaders.PDF : ExportHeaders.XLSX).forEach(response::setHeader);
      response.setContentLength(content.length);
      response.getOutputStream().write(content);
    });
  }
}
