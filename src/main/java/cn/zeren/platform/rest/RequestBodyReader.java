package cn.zeren.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Request bodies that cannot be read are the caller's mistake: a missing body or broken JSON becomes a 400
 * problem here, before it could be taken for a fault of the server.
 */
@Provider
public class RequestBodyReader implements ReaderInterceptor {
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (NoContentException e) {
      throw ProblemException.badRequest(null, "api.body.missing");
    } catch (BadRequestException e) {
      // Jersey reports an empty body this way
      throw ProblemException.badRequest(
          null, e.getCause() instanceof NoContentException ? "api.body.missing" : "api.body.unreadable");
    } catch (ProcessingException | JsonbException | JsonException e) {
      throw ProblemException.badRequest(null, "api.body.unreadable");
    }
  }
}
