package cn.zeren.accountability.web;

import cn.zeren.accountability.AccountabilityService;
import cn.zeren.platform.web.DownloadAnswers;
import cn.zeren.platform.web.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
    DownloadAnswers.answer(response,
        () -> Downloads.send(response, cases.document(DownloadAnswers.id(request, "id", "accountability"))));
  }
}
