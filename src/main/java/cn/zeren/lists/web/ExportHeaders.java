package cn.zeren.lists.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The response headers of a list export (Excel, PDF), shared by the page download and the API. */
public final class ExportHeaders {
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PDF = "application/pdf";

  private ExportHeaders() {}

  /** Attachment with the UTF-8 file name (RFC 6266 / 5987) and an ASCII fallback, no sniffing, no caching. */
  public static Map<String, String> of(String fileName, String contentType) {
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    return Map.of(
        "Content-Type", contentType,
        "Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded,
        "X-Content-Type-Options", "nosniff",
        "Cache-Control", "no-store");
  }
}
