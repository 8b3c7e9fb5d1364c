package org.scopeplus.flink;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of the job's output: an aggregate cell, the count of one refusal reason, a personal
 * account or the totals. Written as one JSON object per line under a folder named by {@link #kind}
 * (see {@link #toJson()}). A Flink POJO.
 */
public class ResultLine {
  /** Output folder and kind: aggregates, refusals, accounts or totals. */
  public static final String AGGREGATES = "aggregates";

  public static final String REFUSALS = "refusals";
  public static final String ACCOUNTS = "accounts";
  public static final String TOTALS = "totals";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  public String kind;
  public String programme = "";
  public String action = "";
  public String region = "";
  public String month = "";
  public String reason = "";
  public String actor = "";
  public String catalogVersion = "";
  public long events;
  public long refused;
  public long grams;
  public long weakGrams;
  public long points;

  public ResultLine() {}

  static ResultLine aggregate(
      String programme, String action, String region, String month, long events) {
    ResultLine r = new ResultLine();
    r.kind = AGGREGATES;
    r.programme = programme;
    r.action = action;
    r.region = region;
    r.month = month;
    r.events = events;
    return r;
  }

  static ResultLine refusal(String reason, long events) {
    ResultLine r = new ResultLine();
    r.kind = REFUSALS;
    r.reason = reason;
    r.events = events;
    return r;
  }

  static ResultLine account(String actor, long grams, long points, long events) {
    ResultLine r = new ResultLine();
    r.kind = ACCOUNTS;
    r.actor = actor;
    r.grams = grams;
    r.points = points;
    r.events = events;
    return r;
  }

  /**
   * The JSON object of this line. Aggregates: {@code programme, action, region, month, events,
   * grams, weakGrams}; refusals: {@code reason, events}; accounts: {@code actor, grams, points,
   * events}; totals: {@code catalogVersion, acceptedEvents, refusedEvents, grossGrams, weakGrams}.
   */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    switch (kind) {
      case AGGREGATES -> {
        m.put("programme", programme);
        m.put("action", action);
        m.put("region", region);
        m.put("month", month);
        m.put("events", events);
        m.put("grams", grams);
        m.put("weakGrams", weakGrams);
      }
      case REFUSALS -> {
        m.put("reason", reason);
        m.put("events", events);
      }
      case ACCOUNTS -> {
        m.put("actor", actor);
        m.put("grams", grams);
        m.put("points", points);
        m.put("events", events);
      }
      case TOTALS -> {
        m.put("catalogVersion", catalogVersion);
        m.put("acceptedEvents", events);
        m.put("refusedEvents", refused);
        m.put("grossGrams", grams);
        m.put("weakGrams", weakGrams);
      }
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
    return JSON.writeValueAsString(m);
  }

  @Override
  public String toString() {
    return kind + " " + toJson();
  }
}
