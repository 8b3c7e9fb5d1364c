package org.scopeplus.server.exchange;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** JSON in and out of the PACT code: footprints and events as trees of maps and lists. */
final class PactJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PactJson() {}

  /** The tree of a JSON text, or a 400 BadRequest naming where it is malformed. */
  static Object parse(byte[] body, String what) {
    if (body == null || body.length == 0) {
      throw PactError.badRequest(what + " is empty");
    }
    try {
      return JSON.readValue(body, Object.class);
    } catch (JacksonException e) {
      throw PactError.badRequest(what + " is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** The tree of a JSON text, or null when it is not JSON. */
  static Object parseOrNull(String text) {
    try {
      return JSON.readValue(text.getBytes(StandardCharsets.UTF_8), Object.class);
    } catch (JacksonException e) {
      return null;
    }
  }

  static String write(Object tree) {
    return JSON.writeValueAsString(tree);
  }
}
