package org.scopeplus.io.scope3plus;

import java.math.BigDecimal;
import org.scopeplus.core.scope3plus.Points;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Scope3PlusRules;
import org.scopeplus.core.scope3plus.UtcCalendar;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the Scope 3+ Flink job decided for one event, as one line of its {@code outcomes} results
 * (the value of a record of its {@code PREFIX.outcomes} topic): counted, with what it added to the
 * ledger, or refused with its reason. The job writes it ({@link #toJson()}), the service's consumer
 * of the job's topics reads it back ({@link #read(String)}), so both sides hold one format.
 *
 * @param eventId the event id, "" when the line had none
 * @param reason "" when counted, else the name of a {@link RejectionReason}
 * @param line the line as judged
 * @param actor the pseudonymous actor id (counted events; "" for refusals)
 * @param programme the reporting programme (counted events)
 * @param action the methodology's action (counted events)
 * @param region the region, "" when none
 * @param month {@code yyyy-MM} (UTC) of the event's time (counted events)
 * @param grams grams CO2e avoided, rounded once, half-even (0 for refusals)
 * @param weakGrams the part of {@code grams} resting on a secondary or unchecked value
 * @param points points credited to the actor, in millionths of a point ({@link Points}); the JSON
 *     holds the exact decimal number of points ({@code 1.2}), as an outcome written before points
 *     were kept exactly held its whole points ({@code 17}), so both read alike
 */
public record EventOutcome(
    String eventId,
    String reason,
    String line,
    String actor,
    String programme,
    String action,
    String region,
    String month,
    long grams,
    long weakGrams,
    long points) {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** Longest programme, action or region name read back, in characters. */
  public static final int MAX_NAME = 200;

  /** The outcome of a refused event. */
  public static EventOutcome refused(String eventId, String reason, String line) {
    return new EventOutcome(eventId, reason, line, "", "", "", "", "", 0, 0, 0);
  }

  /** True when the event was counted. */
  public boolean counted() {
    return reason.isEmpty();
  }

  /** The JSON object, its fields in the order of the components, points as an exact decimal. */
  public String toJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("eventId", eventId)
        .put("reason", reason)
        .put("line", line)
        .put("actor", actor)
        .put("programme", programme)
        .put("action", action)
        .put("region", region)
        .put("month", month)
        .put("grams", grams)
        .put("weakGrams", weakGrams)
        .put("points", Points.decimal(points));
    return JSON.writeValueAsString(n);
  }

  /**
   * The outcome written as {@code json} by {@link #toJson()}, checked: a JSON object with text
   * {@code eventId, reason, line} and, for a counted event, an actor, programme, action and month
   * and whole {@code grams, weakGrams}, and {@code points} (a number of at most six decimals)
   * within the ledger's range.
   *
   * @throws IllegalArgumentException with a sentence saying what is wrong
   */
  public static EventOutcome read(String json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the record is not JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("the record is not a JSON object");
    }
    String reason = text(n, "reason", true);
    if (!reason.isEmpty()) {
      try {
        RejectionReason.valueOf(reason);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("reason " + reason + " is not a refusal reason");
      }
    }
    String eventId = text(n, "eventId", true);
    String line = text(n, "line", true);
    if (!reason.isEmpty()) {
      return refused(eventId, reason, line);
    }
    String actor = text(n, "actor", true);
    String programme = text(n, "programme", true);
    String action = text(n, "action", true);
    String month = text(n, "month", true);
    if (eventId.isEmpty() || actor.isEmpty() || programme.isEmpty() || action.isEmpty()) {
      throw new IllegalArgumentException(
          "a counted event needs its eventId, actor, programme and action");
    }
    longest("actor", actor, Scope3PlusRules.MAX_KEY_BYTES);
    longest("programme", programme, MAX_NAME);
    longest("action", action, MAX_NAME);
    UtcCalendar.parseMonth(month);
    long grams = whole(n, "grams", (long) Scope3PlusRules.MAX_EVENT_GRAMS);
    long weakGrams = whole(n, "weakGrams", (long) Scope3PlusRules.MAX_EVENT_GRAMS);
    long points = points(n);
    if (weakGrams != 0 && weakGrams != grams) {
      throw new IllegalArgumentException("weakGrams is neither 0 nor the event's grams");
    }
    return new EventOutcome(
        eventId,
        reason,
        line,
        actor,
        programme,
        action,
        longest("region", text(n, "region", false), MAX_NAME),
        month,
        grams,
        weakGrams,
        points);
  }

  private static String longest(String field, String value, int max) {
    if (value.length() > max) {
      throw new IllegalArgumentException(
          "field " + field + " is longer than " + max + " characters");
    }
    return value;
  }

  private static String text(JsonNode n, String field, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("field " + field + " is missing");
      }
      return "";
    }
    if (!v.isString()) {
      throw new IllegalArgumentException("field " + field + " is not text");
    }
    return v.asString();
  }

  /** Points as millionths: a number of at most six decimals, what one event may credit. */
  private static long points(JsonNode n) {
    JsonNode v = n.get("points");
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException("field points is not a number");
    }
    BigDecimal d = v.decimalValue();
    long x = Points.ofDecimal(d);
    if (x == Long.MIN_VALUE) {
      throw new IllegalArgumentException(
          "field points is "
              + d.toPlainString()
              + ", not a number of points of at most six decimals that one event can count");
    }
    if (Math.abs(x) >= Scope3PlusRules.MAX_EVENT_POINTS) {
      throw new IllegalArgumentException(
          "field points is " + d.toPlainString() + ", beyond what one event can count");
    }
    return x;
  }

  /** A whole number no larger in magnitude than {@code max}, what one event may count. */
  private static long whole(JsonNode n, String field, long max) {
    JsonNode v = n.get(field);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new IllegalArgumentException("field " + field + " is not a whole number");
    }
    long x = v.asLong();
    if (x == Long.MIN_VALUE || Math.abs(x) > max) {
      throw new IllegalArgumentException(
          "field " + field + " is " + x + ", beyond what one event can count");
    }
    return x;
  }
}
