package org.scopeplus.server.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the PACT actions as the PACT Error object ({@link PactError}), never as the service's
 * RFC 9457 problems: PACT clients read {@code code} and {@code message} in {@code
 * application/json}. An unexpected failure is a 500 InternalError, logged with its cause.
 */
@RestControllerAdvice(assignableTypes = {FootprintController.class, EventController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PactErrors {

  private static final Logger LOG = LoggerFactory.getLogger(PactErrors.class);

  @ExceptionHandler(PactError.class)
  void pact(PactError e, HttpServletResponse response) throws IOException {
    e.write(response);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  void mediaType(HttpMediaTypeNotSupportedException e, HttpServletResponse response)
      throws IOException {
    PactError.badRequest(
            "events are sent as application/cloudevents+json (CloudEvents structured mode), not "
                + e.getContentType())
        .write(response);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  void unreadable(HttpMessageNotReadableException e, HttpServletResponse response)
      throws IOException {
    PactError.badRequest("the request body cannot be read as JSON").write(response);
  }

  @ExceptionHandler(Exception.class)
  void unexpected(Exception e, HttpServletResponse response) throws IOException {
    LOG.error("PACT action failed", e);
    PactError.internal().write(response);
  }
}
