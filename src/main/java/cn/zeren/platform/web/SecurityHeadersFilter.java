package cn.zeren.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Response headers for a portal that shows who was disciplined and who is under suspicion: pages and API answers
 * are never cached by browsers or proxies, never framed by another site, and never content-sniffed.
 *
 * <p>The container runs annotated filters in no specified order, and a filter that forwards ({@code OpenApiAddress}:
 * {@code /openapi} to Payara's {@code /openapi/}) ends the request's own chain. Applying to forwarded and error
 * dispatches too puts the headers on those answers whichever filter runs first.
 */
@WebFilter(
    filterName = "SecurityHeadersFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Referrer-Policy", "same-origin");
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
