package cn.zeren.security.api;

import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.rest.Problems;
import cn.zeren.platform.rest.ZerenApi;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ZerenAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Refuses every API call without a signed-in caller (401 problem) — before resource matching, so that anonymous
 * callers learn nothing about the API's paths — except the token request itself. Jakarta Security has already
 * checked the bearer token ({@link ZerenAuthenticationMechanism}) and {@code ActorFilter} has set the actor.
 * The API takes the bearer token only: a caller known from the pages' session cookie is refused like an anonymous
 * one ({@value Problems#BEARER_REQUIRED}), so that no other site can make a signed-in browser call it (CSRF; the
 * cookie travels with cross-site requests whatever their Origin, while a token is never sent by the browser).
 * A {@value ZerenApi#ACTING_ASSIGNMENT} header naming a role the caller does not hold is refused rather than
 * silently replaced by another role.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {
  private static final String CHALLENGE = "Bearer realm=\"zeren\"";

  @Override
  public void filter(ContainerRequestContext request) {
    if (isTokenRequest(request)) {
      return;
    }
    String instance = request.getUriInfo().getRequestUri().getRawPath();
    Actor actor = ActorContext.current();
    if (!actor.isAuthenticated()) {
      request.abortWith(unauthorized(request, instance));
      return;
    }
    if (request.getProperty(ZerenAuthenticationMechanism.BEARER) == null) {
      request.abortWith(
          Problems.response(
              401, Problems.BEARER_REQUIRED, Texts.zh("error.bearerRequired"), instance, null, null,
              Map.of(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)));
      return;
    }
    String chosen = request.getHeaderString(ZerenApi.ACTING_ASSIGNMENT);
    if (chosen != null && !chosen.trim().equals(String.valueOf(actor.assignmentId()))) {
      request.abortWith(
          Problems.response(
              403, Problems.ACTING_ASSIGNMENT_INVALID, Texts.zh("api.actingAssignment.invalid", chosen.trim()),
              instance));
    }
  }

  private static jakarta.ws.rs.core.Response unauthorized(ContainerRequestContext request, String instance) {
    boolean invalidToken = request.getProperty(ZerenAuthenticationMechanism.INVALID_TOKEN) != null;
    String type = invalidToken ? Problems.INVALID_TOKEN : Problems.SIGN_IN_REQUIRED;
    String key = invalidToken ? "error.invalidToken" : "error.signInRequired";
    String challenge = invalidToken ? CHALLENGE + ", error=\"invalid_token\"" : CHALLENGE;
    return Problems.response(
        401, type, Texts.zh(key), instance, null, null, Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
  }

  private static boolean isTokenRequest(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
    return HttpMethod.POST.equals(request.getMethod()) && "tokens".equals(path);
  }
}
