package cn.zeren.lists.web;

import cn.zeren.lists.ListExports;
import cn.zeren.lists.RectificationService;
import cn.zeren.platform.web.DownloadAnswers;
import cn.zeren.platform.web.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The files of the lists pages, after the services' access checks: {@code /lists/export?id=N&v=M&format=xlsx|pdf}
 * (a list version's Excel or signed PDF) and {@code /lists/evidence?entry=N} or {@code ?closing=N} (an evidence
 * file). Always as attachments, never rendered by the browser.
 */
@WebServlet({"/lists/export", "/lists/evidence"})
public class ListFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient ListExports exports;
  @Inject transient RectificationService rectifications;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    DownloadAnswers.answer(response, () -> {
      if (request.getServletPath().endsWith("export")) {
        export(request, response);
      } else {
        evidence(request, response);
      }
    });
  }

  private void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long id = DownloadAnswers.id(request, "id", "list");
    int version = (int) DownloadAnswers.id(request, "v", "list");
    boolean pdf = "pdf".equals(request.getParameter("format"));
    byte[] content = pdf ? exports.pdf(id, version) : exports.excel(id, version);
    String name = exports.fileName(id, version, pdf ? "pdf" : "xlsx");
    ExportHeaders.of(name, pdf ? ExportHeaders.PDF : ExportHeaders.XLSX).forEach(response::setHeader);
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  private void evidence(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Downloads.send(response, request.getParameter("entry") != null
        ? rectifications.entryFile(DownloadAnswers.id(request, "entry", "list"))
        : rectifications.closingFile(DownloadAnswers.id(request, "closing", "list")));
  }
}
