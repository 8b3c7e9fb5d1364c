package org.scopeplus.server.scope3plus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.scope3plus.Event;
import org.scopeplus.core.scope3plus.EventQuantity;
import org.scopeplus.core.text.PlainText;
import org.scopeplus.server.api.ApiProblem;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a batch body, a JSON array of event objects or NDJSON (one object per line), into events of
 * the fixed schema ({@code event_id, programme, actor, action, quantities [{value, unit}], time,
 * region, evidence, claim}). A body whose shape is wrong (not JSON, not objects, a time that is not
 * an ISO-8601 instant, a quantity without a number) yields problems and no events, so a batch is
 * taken whole or not at all; what the ledger judges (unknown action, duplicate id, cap ...) is left
 * to the ledger.
 */
final class EventBatchReading {

  /** Most events one batch may hold unless configured otherwise. */
  static final int MAX_EVENTS = 100_000;

  private static final String SOURCE = "request body";

  /** The events, or the problems that refuse the whole batch. */
  record Read(List<Event> events, List<Problem> problems, long problemCount) {}

  private final JsonMapper json;
  private final int maxEvents;
  private final List<Event> events = new ArrayList<>();
  private final ProblemTally problems = new ProblemTally();

  private EventBatchReading(JsonMapper json, int maxEvents) {
    this.json = json;
    this.maxEvents = maxEvents;
  }

  /**
   * Reads the batch as it arrives, one event at a time, never the whole body at once. The event
   * after the {@code maxEvents}th stops the reading with a 413 problem (split the batch), as the
   * body's byte limit does (the stream throws it).
   */
  static Read read(InputStream body, JsonMapper json, int maxEvents) throws IOException {
    EventBatchReading r = new EventBatchReading(json, maxEvents);
    r.readBody(new PushbackInputStream(new BufferedInputStream(body, 1 << 16), 1));
    return !r.problems.isEmpty()
        ? new Read(List.of(), r.problems.listed(), r.problems.count())
        : new Read(r.events, List.of(), 0);
  }

  private void readBody(PushbackInputStream in) throws IOException {
    int first = in.read();
    while (first >= 0 && Character.isWhitespace(first)) {
      first = in.read();
    }
    if (first < 0) {
      problem(0, "", "the batch is empty: send a JSON array of events or NDJSON lines");
      return;
    }
    in.unread(first);
    if (first == '[') {
      readArray(in);
    } else {
      readLines(in);
    }
  }

  private void readArray(InputStream in) {
    // one element of the array at a time: the tokens after it are the array's, not trailing
    ObjectReader element =
        json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try (JsonParser p = json.createParser(in)) {
      p.nextToken();
      JsonToken t;
      int row = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          problem(0, "", "the body is not a JSON array of events: the array is not closed");
          return;
        }
        tooMany(++row);
        event(row, element.readValue(p));
      }
      if (p.nextToken() != null) {
        problem(0, "", "the body is not a JSON array of events: there is more after the array");
      }
    } catch (JacksonException e) {
      problem(0, "", "the body is not a JSON array of events: " + e.getOriginalMessage());
    }
  }

  private void readLines(InputStream in) throws IOException {
    int row = 0;
    int count = 0;
    Line line = new Line();
    while (line.next(in)) {
      row++;
      String text = line.text();
      if (text.isBlank()) {
        continue;
      }
      tooMany(++count);
      try {
        event(row, json.readTree(text));
      } catch (JacksonException e) {
        problem(row, "", "line " + row + " is not a JSON object: " + e.getOriginalMessage());
      }
    }
  }

  /** One NDJSON line at a time, split at LF only, decoded as UTF-8. */
  private static final class Line {
    private byte[] bytes = new byte[1024];
    private int length;
    private boolean ended;

    /** Reads the next line; false when the body has ended. */
    boolean next(InputStream in) throws IOException {
      if (ended) {
        return false;
      }
      length = 0;
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        if (length == bytes.length) {
          bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = (byte) b;
      }
      ended = b < 0;
      return true;
    }

    String text() {
      return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
  }

  private void tooMany(int count) {
    if (count > maxEvents) {
      throw new ApiProblem(
          HttpStatus.CONTENT_TOO_LARGE,
          "Batch Too Large",
          "a batch holds at most " + maxEvents + " events; split it; nothing was counted",
          Map.of("maxEvents", maxEvents));
    }
  }

  private void event(int row, JsonNode o) {
    if (o == null || !o.isObject()) {
      problem(row, "", "event " + row + " is not a JSON object");
      return;
    }
    long before = problems.count();
    String id = text(row, o, "event_id");
    String programme = text(row, o, "programme");
    String actor = text(row, o, "actor");
    String action = text(row, o, "action");
    String region = text(row, o, "region");
    String evidence = text(row, o, "evidence");
    String claim = text(row, o, "claim");
    List<EventQuantity> quantities = new ArrayList<>();
    JsonNode q = o.get("quantities");
    if (q != null && !q.isNull()) {
      if (!q.isArray()) {
        problem(row, "quantities", "quantities must be an array of {value, unit}");
      } else {
        for (JsonNode x : q) {
          JsonNode value = x.get("value");
          JsonNode unit = x.get("unit");
          if (!x.isObject()
              || value == null
              || !value.isNumber()
              || unit == null
              || !unit.isString()) {
            problem(row, "quantities", "each quantity needs a number value and a unit");
          } else {
            quantities.add(EventQuantity.of(value.asDouble(), unit.asString()));
          }
        }
      }
    }
    Instant time = null;
    JsonNode t = o.get("time");
    if (t == null || !t.isString()) {
      problem(
          row, "time", "time is missing; give an ISO-8601 instant such as 2024-05-01T08:00:00Z");
    } else {
      try {
        time = Instant.parse(t.asString());
      } catch (DateTimeParseException e) {
        problem(
            row,
            "time",
            "time " + t.asString() + " is not an ISO-8601 instant such as 2024-05-01T08:00:00Z");
      }
    }
    if (problems.count() == before) {
      events.add(
          new Event(id, programme, actor, action, quantities, time, region, evidence, claim));
    }
  }

  /** A string field, "" when absent (the ledger refuses a missing required field). */
  private String text(int row, JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isString()) {
      problem(row, field, field + " must be a string");
      return "";
    }
    String why = PlainText.problem(v.asString());
    if (why != null) {
      problem(row, field, field + " " + why);
      return "";
    }
    return v.asString();
  }

  private void problem(long row, String column, String message) {
    problems.add(new Problem(SOURCE, row, column, message));
  }
}
