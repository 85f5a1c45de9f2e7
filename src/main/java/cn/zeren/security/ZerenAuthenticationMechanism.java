package cn.zeren.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;

/**
 * How a request proves who it is (Jakarta Security):
 *
 * <ul>
 *   <li>an {@code Authorization: Bearer} header carries a personal API token (no session is created) — the REST
 *       API accepts nothing else ({@link #BEARER});
 *   <li>the sign-in page calls {@code SecurityContext.authenticate} with a username and password, checked by
 *       {@link AccountIdentityStore}; success registers the HTTP session, failure leaves the page to explain;
 *   <li>a page request without a signed-in session is sent to the sign-in page.
 * </ul>
 */
@ApplicationScoped
public class ZerenAuthenticationMechanism implements HttpAuthenticationMechanism {
  public static final String GROUP = "user";
  public static final String LOGIN_PAGE = "/login.xhtml";
  /** Request attribute set when a bearer token was sent but not accepted. */
  public static final String INVALID_TOKEN = "zeren.invalidToken";
  /**
   * Request attribute set when the caller proved who it is with a bearer token in this request — the only
   * credential the REST API accepts (the session cookie would make every API write forgeable from another site).
   */
  public static final String BEARER = "zeren.bearer";

  @Inject IdentityStoreHandler identityStores;
  @Inject TokenService tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return tokens
          .authenticate(authorization.substring(7).trim())
          .map(username -> {
            request.setAttribute(BEARER, Boolean.TRUE);
            return context.notifyContainerAboutLogin(username, Set.of(GROUP));
          })
          .orElseGet(
              () -> {
                request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
                return context.doNothing();
              });
    }
    if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
      return signIn(context);
    }
    Principal registered = request.getUserPrincipal();
    if (registered != null) {
      // the session registered at sign-in: the container remembers its caller
      return context.notifyContainerAboutLogin(registered.getName(), Set.of(GROUP));
    }
    if (context.isProtected()) {
      return redirectToSignIn(request, response, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
      return context.notifyContainerAboutLogin(result);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus redirectToSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String target = request.getContextPath() + LOGIN_PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target
                    + "\"></redirect></partial-response>");
        return AuthenticationStatus.SEND_CONTINUE;
      } catch (IOException e) {
        return context.responseUnauthorized();
      }
    }
    return context.redirect(target);
  }
}
