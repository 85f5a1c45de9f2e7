package cn.zeren.platform.rest;

import cn.zeren.platform.DomainException;
import cn.zeren.platform.i18n.Texts;
import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A refusal that only the API has to express with its own HTTP status — a failed token request, a malformed
 * parameter — carrying the problem type name, the message key and any response headers (e.g. Retry-After).
 */
@ApplicationException(rollback = true)
public class ProblemException extends DomainException {
  private final int status;
  private final String typeName;
  private final transient Map<String, String> headers;

  public ProblemException(int status, String typeName, String key, Object... args) {
    this(status, typeName, null, Map.of(), key, args);
  }

  /** A refusal answered with extra response headers. */
  public ProblemException(int status, String typeName, Map<String, String> headers, String key, Object... args) {
    this(status, typeName, null, headers, key, args);
  }

  private ProblemException(
      int status, String typeName, String field, Map<String, String> headers, String key, Object... args) {
    super(null, field, key, args);
    this.status = status;
    this.typeName = typeName;
    this.headers = Map.copyOf(headers);
  }

  /** A malformed request: the named parameter or body field could not be read. */
  public static ProblemException badRequest(String field, String reasonKey, Object... args) {
    return new ProblemException(
        400, Problems.BAD_REQUEST, field, Map.of(), "error.badRequest", Texts.zh(reasonKey, args));
  }

  /** Invalid input in one field of the request body (400, like a Bean Validation failure). */
  public static ProblemException invalidField(String field, String key, Object... args) {
    return new ProblemException(400, Problems.VALIDATION_FAILED, field, Map.of(), key, args);
  }

  public int getStatus() {
    return status;
  }

  public String getTypeName() {
    return typeName;
  }

  public Map<String, String> getHeaders() {
    return headers;
  }
}
