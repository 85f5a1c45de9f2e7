package cn.zeren.platform.rest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Payara adds its OpenAPI servlet to the application at the root context under {@code /openapi/*}; without the
 * trailing slash it answers 404. This serves {@code /openapi} (with its query, e.g. {@code ?format=json}) from
 * the same place.
 */
@WebFilter(filterName = "OpenApiAddress", urlPatterns = "/openapi", dispatcherTypes = DispatcherType.REQUEST)
public class OpenApiAddress extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String query = request.getQueryString();
    request.getRequestDispatcher("/openapi/" + (query == null ? "" : "?" + query)).forward(request, response);
  }
}
