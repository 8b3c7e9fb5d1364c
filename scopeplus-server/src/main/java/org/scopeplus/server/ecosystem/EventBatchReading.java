package org.scopeplus.server.ecosystem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.ecosystem.Event;
import org.scopeplus.core.ecosystem.EventQuantity;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.text.PlainText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
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

  /** Most events one batch may hold. */
  static final int MAX_EVENTS = 100_000;

  private static final String SOURCE = "request body";

  /** The events, or the problems that refuse the whole batch. */
  record Read(List<Event> events, List<Problem> problems, long problemCount) {}

  private final JsonMapper json;
  private final List<Event> events = new ArrayList<>();
  private final ProblemTally problems = new ProblemTally();

  private EventBatchReading(JsonMapper json) {
    this.json = json;
  }

  static Read read(byte[] body, JsonMapper json) {
    EventBatchReading r = new EventBatchReading(json);
    r.readBody(body);
    return !r.problems.isEmpty()
        ? new Read(List.of(), r.problems.listed(), r.problems.count())
        : new Read(r.events, List.of(), 0);
  }

  private void readBody(byte[] body) {
    int first = 0;
    while (first < body.length && Character.isWhitespace(body[first])) {
      first++;
    }
    if (first == body.length) {
      problem(0, "", "the batch is empty: send a JSON array of events or NDJSON lines");
      return;
    }
    if (body[first] == '[') {
      JsonNode array;
      try {
        array = json.readTree(body);
      } catch (JacksonException e) {
        problem(0, "", "the body is not a JSON array of events: " + e.getOriginalMessage());
        return;
      }
      if (!array.isArray()) {
        problem(0, "", "the body is not a JSON array of events");
        return;
      }
      int row = 0;
      for (JsonNode node : array) {
        if (!tooMany(++row)) {
          event(row, node);
        }
      }
      return;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    int row = 0;
    int count = 0;
    for (String line : text.split("\n", -1)) {
      row++;
      if (line.isBlank()) {
        continue;
      }
      if (tooMany(++count)) {
        continue;
      }
      try {
        event(row, json.readTree(line));
      } catch (JacksonException e) {
        problem(row, "", "line " + row + " is not a JSON object: " + e.getOriginalMessage());
      }
    }
  }

  private boolean tooMany(int count) {
    if (count == MAX_EVENTS + 1) {
      problem(count, "", "a batch holds at most " + MAX_EVENTS + " events; split it");
    }
    return count > MAX_EVENTS;
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
