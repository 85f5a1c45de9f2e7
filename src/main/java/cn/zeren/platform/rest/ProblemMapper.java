package cn.zeren.platform.rest;

import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.Failures;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.i18n.Texts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into a problem answer: access refusals 403, unknown objects 404, concurrent
 * edits 409, validation 400, other domain refusals 422, anything unexpected 500 with a generic text — the stack
 * trace goes to the server log, never to the caller.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable failure) {
    String instance = uriInfo.getRequestUri().getRawPath();
    RuntimeException explained = Failures.explain(failure);
    if (explained instanceof ConstraintViolationException violations) {
      return invalid(violations, instance);
    }
    if (explained instanceof DomainException refusal) {
      return refused(refusal, instance);
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return protocol(web.getResponse(), instance);
    }
    LOG.log(Level.SEVERE, "API call failed: " + instance, failure);
    return Problems.response(500, Problems.INTERNAL_ERROR, Texts.zh("error.internal"), instance);
  }

  private static Response refused(DomainException refusal, String instance) {
    int status = 422;
    String type = Problems.typeNameOf(refusal.getKey());
    Map<String, String> headers = Map.of();
    if (refusal instanceof ProblemException problem) {
      status = problem.getStatus();
      type = problem.getTypeName();
      headers = problem.getHeaders();
    } else if (refusal instanceof AccessDeniedException) {
      boolean anonymous = "error.signInRequired".equals(refusal.getKey());
      status = anonymous ? 401 : 403;
      type = anonymous ? Problems.SIGN_IN_REQUIRED : Problems.ACCESS_DENIED;
    } else if (refusal instanceof NotFoundException) {
      status = 404;
      type = Problems.NOT_FOUND;
    } else if (refusal instanceof ConcurrentChangeException) {
      status = 409;
      type = Problems.CONCURRENT_CHANGE;
    }
    String detail = refusal.getMessage(Texts.CHINESE);
    List<Problem.FieldError> errors =
        refusal.getField() == null ? null : List.of(new Problem.FieldError(refusal.getField(), detail));
    return Problems.response(status, type, detail, instance, refusal.getRuleId(), errors, headers);
  }

  /** A validation failure: 400 with every offending field, whether a body field or a parameter of the call. */
  static Response invalid(ConstraintViolationException violations, String instance) {
    List<Problem.FieldError> errors =
        violations.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problems.response(
        400, Problems.VALIDATION_FAILED, Texts.zh("error.validation"), instance, null, errors, Map.of());
  }

  /**
   * The name of the offending property or parameter: the last named node of the path ("create.form.name" names
   * "name", "figures.year" the parameter "year"; the build keeps parameter names, which match the API's).
   */
  private static String field(ConstraintViolation<?> violation) {
    String field = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null) {
        field = node.getName();
      }
    }
    return field;
  }

  /** Failures of the HTTP exchange itself, found by JAX-RS before any resource ran. */
  private static Response protocol(Response original, String instance) {
    int status = original.getStatus();
    return switch (status) {
      case 400 -> Problems.response(
          400, Problems.BAD_REQUEST, Texts.zh("error.badRequest", Texts.zh("api.unreadable")), instance);
      case 404 -> Problems.response(404, Problems.NOT_FOUND, Texts.zh("error.notFoundPage"), instance);
      case 405 -> Problems.response(
          405, "method-not-allowed", Texts.zh("api.methodNotAllowed"), instance, null, null, allow(original));
      case 406 -> Problems.response(406, "not-acceptable", Texts.zh("api.notAcceptable"), instance);
      case 415 -> Problems.response(415, "unsupported-media-type", Texts.zh("api.unsupportedMediaType"), instance);
      default -> Problems.response(status, "http-" + status, Texts.zh("api.http", String.valueOf(status)), instance);
    };
  }

  private static Map<String, String> allow(Response original) {
    String allow = original.getHeaderString(HttpHeaders.ALLOW);
    return allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, allow);
  }
}
