package cn.zeren.ledger.web;

import cn.zeren.ledger.LedgerService;
import cn.zeren.platform.web.DownloadAnswers;
import cn.zeren.platform.web.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
    DownloadAnswers.answer(response, () -> Downloads.send(response, ledger.attachment(
        DownloadAnswers.id(request, "record", "ledger.attachment"),
        DownloadAnswers.id(request, "id", "ledger.attachment"))));
  }
}
