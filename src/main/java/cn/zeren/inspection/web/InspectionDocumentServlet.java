package cn.zeren.inspection.web;

import cn.zeren.inspection.InformationRequestService;
import cn.zeren.platform.web.DownloadAnswers;
import cn.zeren.platform.web.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Downloads a document of an information letter ({@code /inspection/document?request=N&id=M}) after the service has
 * checked that the caller may read the letter; always as an attachment with {@code nosniff}.
 */
@WebServlet("/inspection/document")
public class InspectionDocumentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient InformationRequestService requests;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    DownloadAnswers.answer(response, () -> Downloads.send(response, requests.document(
        DownloadAnswers.id(request, "request", "inspection.requestDocument"),
        DownloadAnswers.id(request, "id", "inspection.requestDocument"))));
  }
}
