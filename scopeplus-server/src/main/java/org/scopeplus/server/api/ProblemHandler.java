package org.scopeplus.server.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.scopeplus.store.StoreFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every error into an RFC 9457 problem: refusals with their reason, framework errors (wrong
 * method, missing part, unknown path) as Spring describes them, a body that is not the JSON asked
 * for or a query parameter of the wrong type as a 400 naming the field or parameter, a request that
 * is not the multipart upload asked for as a 415 or 400, and failures as a 500 that names no
 * internals (the failure itself goes to the log once). A malformed request is never a 500.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> refused(ApiProblem p) {
    ProblemDetail d = ProblemDetail.forStatusAndDetail(p.status(), p.getMessage());
    d.setTitle(p.title());
    p.properties().forEach(d::setProperty);
    if (p.properties().get(ApiProblem.RETRY_AFTER_SECONDS) instanceof Long seconds) {
      return ResponseEntity.status(p.status())
          .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
          .body(d);
    }
    return ResponseEntity.status(p.status()).body(d);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException e) {
    return answered(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  /**
   * An upload operation called without a multipart body (415), or with one that cannot be parsed
   * (400). Size limits keep Spring's 413, which is matched first as the closer exception type.
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> notMultipart(MultipartException e, HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return answered(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "send the file as multipart/form-data with a part named file");
    }
    return answered(
        HttpStatus.BAD_REQUEST,
        "the multipart/form-data body cannot be read; send the file as a part named file");
  }

  /**
   * A body that is missing, not JSON, or has a field of the wrong type: 400 naming the field. A
   * body cut off by its size limit ({@link RequestBodyLimit}) while a converter read it is refused
   * as the limit (413), not as the broken JSON that was left.
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
        // a JSON string that RequestTextChecks refused: 400 naming its field, e.g. orgUnits[1]
        String path = field(f.getPath());
        String name = path.isEmpty() ? "a text value" : path;
        ProblemDetail d = problem(HttpStatus.BAD_REQUEST, name + " " + f.getOriginalMessage());
        d.setProperty("field", name);
        return ResponseEntity.badRequest().body(d);
      }
    }
    ProblemDetail d = problem(HttpStatus.BAD_REQUEST, unreadable(ex));
    return handleExceptionInternal(ex, d, headers, HttpStatus.BAD_REQUEST, request);
  }

  /** A path variable or query parameter that is not of its type: 400 naming it. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = ex.getPropertyName();
    if (ex instanceof MethodArgumentTypeMismatchException m) {
      name = m.getName();
    }
    String detail =
        (name == null ? "a parameter" : "parameter " + name)
            + " must be "
            + expected(ex.getRequiredType())
            + ", not "
            + quoted(ex.getValue());
    ProblemDetail d = problem(HttpStatus.BAD_REQUEST, detail);
    return handleExceptionInternal(ex, d, headers, HttpStatus.BAD_REQUEST, request);
  }

  private static String unreadable(HttpMessageNotReadableException ex) {
    JacksonException json = null;
    for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof JacksonException j) {
        json = j;
        break;
      }
    }
    if (json == null) {
      return ex.getMessage() != null && ex.getMessage().startsWith("Required request body")
          ? "this operation needs a JSON body"
          : "the body cannot be read as this operation's JSON";
    }
    Class<?> target = null;
    if (json instanceof MismatchedInputException m) {
      target = m.getTargetType();
    } else if (json instanceof InputCoercionException c) {
      target = c.getTargetType();
    } else if (json instanceof StreamReadException) {
      TokenStreamLocation at = json.getLocation();
      return "the body is not valid JSON"
          + (at == null || at.getLineNr() < 1
              ? ""
              : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }
    String field = field(json.getPath());
    if (!field.isEmpty()) {
      return "field " + field + " of the body must be " + expected(target);
    }
    if (target != null) {
      return "the body must be " + expected(target) + " with this operation's fields";
    }
    return "the body must be a JSON object with this operation's fields";
  }

  /** A JSON path as a reader writes it: {@code orgUnits[2]}, {@code a.b}. */
  private static String field(List<JacksonException.Reference> path) {
    StringBuilder b = new StringBuilder();
    for (JacksonException.Reference r : path) {
      if (r.getPropertyName() != null) {
        if (!b.isEmpty()) {
          b.append('.');
        }
        b.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class || type.isEnum()) {
      return "a string";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }

  private static String quoted(Object value) {
    String s = String.valueOf(value);
    return "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
  }

  @ExceptionHandler({StoreFailure.class, RuntimeException.class})
  ResponseEntity<ProblemDetail> failed(RuntimeException e) {
    if (e.getCause() instanceof java.sql.SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("23505")) {
      return answered(HttpStatus.CONFLICT, "something with this name exists already");
    }
    LOG.error("request failed", e);
    return answered(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "the service failed; the operator can see why in its log");
  }

  /** A problem titled with its status's reason phrase, e.g. 400 "Bad Request". */
  private static ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail d = ProblemDetail.forStatusAndDetail(status, detail);
    d.setTitle(status.getReasonPhrase());
    return d;
  }

  /** The response carrying {@link #problem} with its status. */
  private static ResponseEntity<ProblemDetail> answered(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(problem(status, detail));
  }
}
