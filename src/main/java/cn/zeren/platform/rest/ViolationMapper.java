package cn.zeren.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as 400 problems naming each field. {@link ProblemMapper} maps every {@code Throwable},
 * but JAX-RS picks the mapper nearest to the exception's type, and Jersey's own mapper for {@code
 * ValidationException} is nearer: it answered an empty 400 that the server turned into its HTML error page. This
 * one, for the exception itself (and Jersey's subclass for resource parameters), is nearer still.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException violations) {
    return ProblemMapper.invalid(violations, uriInfo.getRequestUri().getRawPath());
  }
}
