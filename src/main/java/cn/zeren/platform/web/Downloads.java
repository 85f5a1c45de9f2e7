package cn.zeren.platform.web;

import cn.zeren.platform.files.Download;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

/** The response headers of a document download, shared by the page download and the API. */
public final class Downloads {
  private Downloads() {}

  /**
   * Attachment with the UTF-8 file name (RFC 6266 / 5987) and an ASCII fallback, the checked content type, no
   * sniffing, no caching.
   */
  public static Map<String, String> headers(Download download) {
    String encoded = URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    String ascii = download.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    return Map.of(
        "Content-Type", download.type().contentType(),
        "Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded,
        "X-Content-Type-Options", "nosniff",
        "Cache-Control", "no-store");
  }

  /** Sends a stored file as an attachment with {@link #headers}. */
  public static void send(HttpServletResponse response, Download download) throws IOException {
    headers(download).forEach(response::setHeader);
    response.setContentLengthLong(download.size());
    Files.copy(download.file(), response.getOutputStream());
  }
}
