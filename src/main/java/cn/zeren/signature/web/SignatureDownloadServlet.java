package cn.zeren.signature.web;

import cn.zeren.platform.web.DownloadAnswers;
import cn.zeren.signature.PublicKeyView;
import cn.zeren.signature.SignaturePackages;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.SignedPackage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Downloads for the pages: a signature's offline verification package ({@code /signatures/package?id=N}, a ZIP)
 * and a signer's public key ({@code /signatures/key?id=N}, PEM), after the signature service's access checks.
 */
@WebServlet({"/signatures/package", "/signatures/key"})
public class SignatureDownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient SignatureService signatures;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    DownloadAnswers.answer(response, () -> {
      long id = DownloadAnswers.id(request, "id", "signature");
      byte[] body;
      String type;
      String name;
      if (request.getServletPath().endsWith("/key")) {
        PublicKeyView key = signatures.publicKey(id);
        body = key.pem().getBytes(StandardCharsets.US_ASCII);
        type = "application/x-pem-file";
        name = "signer-key-" + key.id() + ".pem";
      } else {
        SignedPackage pack = signatures.exportPackage(id);
        body = SignaturePackages.zip(pack);
        type = "application/zip";
        name = SignaturePackages.fileName(pack);
      }
      response.setContentType(type);
      response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    });
  }
}
