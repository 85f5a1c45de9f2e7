package cn.zeren.platform.rest;

import cn.zeren.platform.i18n.Texts;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the API's problem answers: the type URNs clients rely on, the Chinese title of each status and the
 * response itself.
 */
public final class Problems {
  public static final String TYPE_PREFIX = "urn:zeren:problem:";

  public static final String BAD_REQUEST = "bad-request";
  public static final String VALIDATION_FAILED = "validation-failed";
  public static final String SIGN_IN_REQUIRED = "sign-in-required";
  public static final String INVALID_TOKEN = "invalid-token";
  /** Signed in on the pages (session cookie) but no bearer token: the API takes tokens only (CSRF). */
  public static final String BEARER_REQUIRED = "bearer-required";
  public static final String BAD_CREDENTIALS = "bad-credentials";
  public static final String ACCOUNT_LOCKED = "account-locked";
  public static final String ACCOUNT_DISABLED = "account-disabled";
  public static final String SIGN_IN_THROTTLED = "sign-in-throttled";
  public static final String ACCESS_DENIED = "access-denied";
  public static final String ACTING_ASSIGNMENT_INVALID = "acting-assignment-invalid";
  public static final String NOT_FOUND = "not-found";
  public static final String CONCURRENT_CHANGE = "concurrent-change";
  public static final String INTERNAL_ERROR = "internal-error";

  private Problems() {}

  /** A problem answer with the Chinese title of its status. */
  public static Response response(
      int status,
      String typeName,
      String detail,
      String instance,
      String ruleId,
      List<Problem.FieldError> errors,
      Map<String, String> headers) {
    Problem problem =
        new Problem(TYPE_PREFIX + typeName, title(status), status, detail, instance, ruleId, errors);
    Response.ResponseBuilder builder =
        status(status).type(ZerenApi.PROBLEM_JSON).entity(problem).header("Cache-Control", "no-store");
    headers.forEach(builder::header);
    return builder.build();
  }

  /** A problem answer without rule id, field errors or extra headers. */
  public static Response response(int status, String typeName, String detail, String instance) {
    return response(status, typeName, detail, instance, null, null, Map.of());
  }

  /** The status line; JAX-RS knows no reason phrase for 422 and 423 and would send "CUSTOM". */
  private static Response.ResponseBuilder status(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null
        ? Response.status(known)
        : Response.status(status, status == 423 ? "Locked" : status == 422 ? "Unprocessable Content" : "Error");
  }

  static String title(int status) {
    String key = "problem.title." + status;
    String title = Texts.zh(key);
    return title.equals(key) ? Texts.zh("problem.title.default") : title;
  }

  /**
   * The problem type name of a domain refusal, derived from its message key so that each refusal has its own
   * stable type: {@code account.password.tooShort} becomes {@code account-password-too-short}.
   */
  static String typeNameOf(String messageKey) {
    String key = messageKey.startsWith("error.") ? messageKey.substring("error.".length()) : messageKey;
    return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('.', '-').replace('_', '-').toLowerCase(Locale.ROOT);
  }
}
