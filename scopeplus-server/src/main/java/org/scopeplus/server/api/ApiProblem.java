package org.scopeplus.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.problem.Problem;
import org.springframework.http.HttpStatus;

/** A refusal answered as an RFC 9457 problem: status, title, a sentence, and extra members. */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String title;
  private final transient Map<String, Object> properties;

  public ApiProblem(
      HttpStatus status, String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.title = title;
    this.properties = new LinkedHashMap<>(properties);
  }

  public static ApiProblem notFound(String what) {
    return new ApiProblem(HttpStatus.NOT_FOUND, "Not Found", "no " + what, Map.of());
  }

  public static ApiProblem forbidden(String why) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", why, Map.of());
  }

  public static ApiProblem badRequest(String why) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "Bad Request", why, Map.of());
  }

  public static ApiProblem conflict(String why) {
    return new ApiProblem(HttpStatus.CONFLICT, "Conflict", why, Map.of());
  }

  /** A request understood but refused (422), with a title saying what was refused. */
  public static ApiProblem refused(String title, String why) {
    return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, title, why, Map.of());
  }

  /**
   * A request refused for now (429): the service is busy; answered with Retry-After and the seconds
   * as the {@code retryAfterSeconds} member.
   */
  public static ApiProblem tooMany(String title, String why, long retryAfterSeconds) {
    return new ApiProblem(
        HttpStatus.TOO_MANY_REQUESTS, title, why, Map.of(RETRY_AFTER_SECONDS, retryAfterSeconds));
  }

  /** The member of a 429 problem that gives the seconds to wait, sent as Retry-After too. */
  public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

  /** Data problems (file, row, column, sentence) with the given status. */
  public static ApiProblem withProblems(
      HttpStatus status, String title, String detail, List<Problem> problems, long count) {
    Map<String, Object> p = new LinkedHashMap<>();
    List<Map<String, Object>> list = new java.util.ArrayList<>();
    for (Problem x : problems) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", x.file());
      m.put("row", x.row());
      m.put("column", x.column());
      m.put("message", x.message());
      if (x.sentence() != null && x.sentence().args().stream().allMatch(String.class::isInstance)) {
        m.put("code", x.code());
        m.put("arguments", x.sentence().args());
      }
      list.add(m);
    }
    p.put("problemCount", count);
    p.put("problems", list);
    return new ApiProblem(status, title, detail, p);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
