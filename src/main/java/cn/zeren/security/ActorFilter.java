package cn.zeren.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/**
 * Sets the {@link ActorContext} for the request once Jakarta Security has authenticated it: the signed-in
 * person, the role they chose for this session (or, for API calls, the assignment named in the
 * {@value #ASSIGNMENT_HEADER} header), and the client address ({@link ClientAddresses}: the proxy's, or behind a
 * trusted proxy the client's). A session whose account was disabled meanwhile
 * is ended.
 */
@WebFilter(
    filterName = "ActorFilter",
    urlPatterns = {"/*"},
    dispatcherTypes = {DispatcherType.REQUEST})
public class ActorFilter extends HttpFilter {
  public static final String ASSIGNMENT_HEADER = "Zeren-Acting-Assignment";
  /** Session attribute holding the id of the role assignment chosen at sign-in. */
  public static final String ACTIVE_ASSIGNMENT = "zeren.activeAssignment";

  @Inject ActorResolver resolver;
  @Inject ClientAddresses addresses;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
      chain.doFilter(request, response);
      return;
    }
    Principal principal = request.getUserPrincipal();
    String address = addresses.of(request);
    Actor actor = Actor.anonymous(address);
    if (principal != null) {
      actor = resolver.resolve(principal.getName(), chosenAssignment(request), address);
      if (actor == null) {
        endSession(request, response);
        return;
      }
    }
    ActorContext.set(actor);
    try {
      chain.doFilter(request, response);
    } finally {
      ActorContext.clear();
    }
  }

  /** The account was disabled or removed since the session began: the session ends at once. */
  private static void endSession(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    } else {
      response.sendRedirect(request.getContextPath() + ZerenAuthenticationMechanism.LOGIN_PAGE);
    }
  }

  private static Long chosenAssignment(HttpServletRequest request) {
    String header = request.getHeader(ASSIGNMENT_HEADER);
    if (header != null && header.matches("\\d{1,18}")) {
      return Long.valueOf(header);
    }
    HttpSession session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(ACTIVE_ASSIGNMENT);
    return chosen instanceof Long id ? id : null;
  }
}
