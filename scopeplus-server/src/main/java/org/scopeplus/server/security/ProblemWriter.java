package org.scopeplus.server.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes an RFC 9457 problem straight to a response, for errors raised before any controller. */
final class ProblemWriter {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The schemes a 401 offers (RFC 9110, section 11.6.1): a password, or an API token. */
  static final String CHALLENGE = "Basic realm=\"ScopePlus\", Bearer realm=\"ScopePlus\"";

  private ProblemWriter() {}

  static void write(
      HttpServletResponse response, int status, String title, String detail, String instance)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", instance);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", CHALLENGE);
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }
}
