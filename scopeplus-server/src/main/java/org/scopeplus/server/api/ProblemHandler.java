package org.scopeplus.server.api;

import org.scopeplus.store.StoreFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turns every error into an RFC 9457 problem: refusals with their reason, framework errors (bad
 * JSON, wrong method, missing part) as Spring describes them, and failures as a 500 that names no
 * internals (the failure itself goes to the log once).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> refused(ApiProblem p) {
    ProblemDetail d = ProblemDetail.forStatusAndDetail(p.status(), p.getMessage());
    d.setTitle(p.title());
    p.properties().forEach(d::setProperty);
    return ResponseEntity.status(p.status()).body(d);
  }

  /**
   * A body cut off by its size limit ({@link RequestBodyLimit}) while a converter read it: the
   * refusal is the limit (413), not the broken JSON that was left. A JSON string value that {@link
   * RequestTextChecks} refused is a 400 naming the field (its path in the body, e.g. {@code
   * orgUnits[1]}); any other unreadable body as Spring describes it.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable c = ex.getCause(); c != null; c = c.getCause()) {
      if (c instanceof ApiProblem p) {
        return ResponseEntity.status(p.status()).body(refused(p).getBody());
      }
    }
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof InvalidFormatException f && f.getTargetType() == String.class) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference r : f.getPath()) {
          if (r.getPropertyName() != null) {
            field.append(field.isEmpty() ? "" : ".").append(r.getPropertyName());
          } else if (r.getIndex() >= 0) {
            field.append('[').append(r.getIndex()).append(']');
          }
        }
        String name = field.isEmpty() ? "a text value" : field.toString();
        ProblemDetail d =
            ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, name + " " + f.getOriginalMessage());
        d.setTitle("Bad Request");
        d.setProperty("field", name);
        return ResponseEntity.badRequest().body(d);
      }
    }
    return super.handleHttpMessageNotReadable(ex, headers, status, request);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException e) {
    ProblemDetail d = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    d.setTitle("Bad Request");
    return ResponseEntity.badRequest().body(d);
  }

  @ExceptionHandler({StoreFailure.class, RuntimeException.class})
  ResponseEntity<ProblemDetail> failed(RuntimeException e) {
    if (e.getCause() instanceof java.sql.SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("23505")) {
      ProblemDetail d =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONFLICT, "something with this name exists already");
      d.setTitle("Conflict");
      return ResponseEntity.status(HttpStatus.CONFLICT).body(d);
    }
    LOG.error("request failed", e);
    ProblemDetail d =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "the service failed; the operator can see why in its log");
    d.setTitle("Internal Server Error");
    return ResponseEntity.internalServerError().body(d);
  }
}
