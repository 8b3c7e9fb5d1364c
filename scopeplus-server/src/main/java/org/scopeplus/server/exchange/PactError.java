package org.scopeplus.server.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A PACT v3 error ("Error" schema and "Error Handling" section): an HTTP status with a JSON body
 * {@code {"code": ..., "message": ...}} in {@code application/json} (not the RFC 9457 problem
 * documents of the rest of the API). The codes are those the specification lists: BadRequest (400),
 * AccessDenied (403), TokenExpired (401), NotFound (404), InternalError (500), NotImplemented
 * (501). A 401 for a missing or unknown token carries the code BadRequest, as the specification's
 * decision record on authentication errors shows it, and an RFC 6750 challenge.
 */
final class PactError extends RuntimeException {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int status;
  private final String code;

  PactError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static PactError badRequest(String message) {
    return new PactError(400, "BadRequest", message);
  }

  static PactError accessDenied(String message) {
    return new PactError(403, "AccessDenied", message);
  }

  static PactError notFound(String message) {
    return new PactError(404, "NotFound", message);
  }

  static PactError tokenExpired() {
    return new PactError(401, "TokenExpired", "the access token has expired; get a new one");
  }

  static PactError unauthorized(String message) {
    return new PactError(401, "BadRequest", message);
  }

  static PactError internal() {
    return new PactError(500, "InternalError", "the host system failed to answer; try again later");
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  Map<String, String> body() {
    Map<String, String> b = new LinkedHashMap<>();
    b.put("code", code);
    b.put("message", getMessage());
    return b;
  }

  /** Writes the error to a response, for errors raised before any controller. */
  void write(HttpServletResponse response) throws IOException {
    if (status == 401) {
      response.setHeader(
          "WWW-Authenticate",
          "Bearer realm=\"PACT\", error=\"invalid_token\", error_description=\""
              + getMessage().replace('"', '\'')
              + "\"");
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(body()));
  }
}
