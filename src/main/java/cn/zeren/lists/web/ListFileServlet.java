package cn.zeren.lists.web;

import cn.zeren.lists.ListExports;
import cn.zeren.lists.RectificationService;
import cn.zeren.platform.DomainException;
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
    try {
      if (request.getServletPath().endsWith("export")) {
        export(request, response);
      } else {
        evidence(request, response);
      }
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

  private void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long id = number(request, "id");
    int version = (int) number(request, "v");
    boolean pdf = "pdf".equals(request.getParameter("format"));
    byte[] content = pdf ? exports.pdf(id, version) : exports.excel(id, version);
    String name = exports.fileName(id, version, pdf ? "pdf" : "xlsx");
    ExportHeaders.of(name, pdf ? ExportHeaders.PDF : ExportHeaders.XLSX).forEach(response::setHeader);
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  private void evidence(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Download download = request.getParameter("entry") != null
        ? rectifications.entryFile(number(request, "entry"))
        : rectifications.closingFile(number(request, "closing"));
    Downloads.headers(download).forEach(response::setHeader);
    response.setContentLengthLong(download.size());
    Files.copy(download.file(), response.getOutputStream());
  }

  private static long number(HttpServletRequest request, String name) {
    String raw = request.getParameter(name);
    if (raw == null || !raw.matches("\\d{1,9}")) {
      throw new NotFoundException("list", raw);
    }
    return Long.parseLong(raw);
  }
}
