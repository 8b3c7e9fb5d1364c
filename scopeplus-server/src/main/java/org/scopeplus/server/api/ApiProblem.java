package org.scopeplus.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.text.Sentence;
import org.springframework.http.HttpStatus;

/** A refusal answered as an RFC 9457 problem: status, title, a sentence, and extra members. */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String title;
  private final transient Map<String, Object> properties;
  private final transient Sentence sentence;

  public ApiProblem(
      HttpStatus status, String title, String detail, Map<String, Object> properties) {
    this(status, title, detail, properties, null);
  }

  private ApiProblem(
      HttpStatus status,
      String title,
      String detail,
      Map<String, Object> properties,
      Sentence sentence) {
    super(detail);
    this.status = status;
    this.title = title;
    this.properties = new LinkedHashMap<>(properties);
    this.sentence = sentence;
  }

  /**
   * The same refusal with its detail as a code ({@code refusal.*}) and its arguments, whose English
   * wording is the detail exactly, so that a page says it in its reader's language by the code.
   */
  public ApiProblem saying(Sentence said) {
    return new ApiProblem(status, title, getMessage(), properties, said);
  }

  /** The detail as a code with its arguments, or null when the refusal has no code yet. */
  public Sentence sentence() {
    return sentence;
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

  /**
   * A sentence as a problem's JSON gives it: {@code code} and {@code arguments}, an argument that
   * is a sentence of its own given in turn as {@code {code, arguments}}.
   */
  public static Map<String, Object> coded(Sentence s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", s.key());
    m.put(
        "arguments",
        s.args().stream().map(a -> a instanceof Sentence inner ? coded(inner) : a).toList());
    return m;
  }

  /**
   * The sentence of a code and arguments as {@link #coded} gives them, or null when they are none
   * (no code, or an argument that is neither text nor a coded sentence).
   */
  public static Sentence sentenceOf(Object code, Object arguments) {
    if (!(code instanceof String key) || !(arguments instanceof List<?> list)) {
      return null;
    }
    List<Object> args = new java.util.ArrayList<>();
    for (Object a : list) {
      Object said =
          a instanceof Map<?, ?> inner ? sentenceOf(inner.get("code"), inner.get("arguments")) : a;
      if (!(said instanceof String) && !(said instanceof Sentence)) {
        return null;
      }
      args.add(said);
    }
    return new Sentence(key, args);
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
