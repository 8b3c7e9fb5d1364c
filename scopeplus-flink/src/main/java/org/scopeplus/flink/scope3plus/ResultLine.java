package org.scopeplus.flink.scope3plus;

import org.scopeplus.core.scope3plus.Account;
import org.scopeplus.core.scope3plus.AggregateRow;
import org.scopeplus.core.scope3plus.Points;
import org.scopeplus.core.scope3plus.UtcCalendar;
import org.scopeplus.io.scope3plus.EventOutcome;
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
  public static final String OUTCOMES = "outcomes";

  /**
   * An action's grams and attributed grams, summed inside the job into the totals' attributed grams
   * (not written out).
   */
  static final String ACTIONS = "actions";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  public String kind;
  public String programme = "";
  public String action = "";
  public String region = "";
  public String month = "";
  public String reason = "";
  public String actor = "";
  public String catalogVersion = "";
  public String eventId = "";
  public String line = "";
  public long events;
  public long refused;
  public long grams;
  public long weakGrams;
  public long points;
  public long attributedGrams;

  public ResultLine() {}

  /** A line of the given kind counting {@code events}; the other fields are set by the caller. */
  private ResultLine(String kind, long events) {
    this.kind = kind;
    this.events = events;
  }

  static ResultLine aggregate(
      String programme, String action, String region, String month, long events) {
    ResultLine r = new ResultLine(AGGREGATES, events);
    r.programme = programme;
    r.action = action;
    r.region = region;
    r.month = month;
    return r;
  }

  static ResultLine refusal(String reason, long events) {
    ResultLine r = new ResultLine(REFUSALS, events);
    r.reason = reason;
    return r;
  }

  static ResultLine account(String actor, long grams, long points, long events) {
    ResultLine r = new ResultLine(ACCOUNTS, events);
    r.actor = actor;
    r.grams = grams;
    r.points = points;
    return r;
  }

  /**
   * The outcome of one line read: counted (reason "", with the event's actor, programme, action,
   * region, month, grams, weak grams and points) or refused.
   */
  static ResultLine outcome(Outcome o) {
    ResultLine r = new ResultLine(OUTCOMES, 1);
    r.eventId = o.eventId;
    r.reason = o.reason;
    r.line = o.line;
    ValidEvent e = o.event;
    if (e != null) {
      r.actor = e.actor;
      r.programme = e.programme;
      r.action = e.action;
      r.region = e.region;
      r.month = UtcCalendar.monthText(UtcCalendar.monthIndex(e.day));
      r.grams = e.grams;
      r.weakGrams = e.weak ? e.grams : 0;
      r.points = e.points;
    }
    return r;
  }

  /** An action's line at zero, summing its cells' grams. */
  static ResultLine action(String action) {
    ResultLine r = new ResultLine(ACTIONS, 0);
    r.action = action;
    return r;
  }

  /** The totals line of a catalogue version, at zero. */
  static ResultLine totals(String catalogVersion) {
    ResultLine r = new ResultLine(TOTALS, 0);
    r.catalogVersion = catalogVersion;
    return r;
  }

  /**
   * What this line is the line of: the cell ({@code programme|action|region|month}), the reason,
   * the actor, the catalogue version (totals) or the event id (outcomes). The key of the Kafka
   * record.
   */
  public String key() {
    return switch (kind) {
      case AGGREGATES -> programme + "|" + action + "|" + region + "|" + month;
      case REFUSALS -> reason;
      case ACCOUNTS -> actor;
      case TOTALS -> catalogVersion;
      case OUTCOMES -> eventId;
      case ACTIONS -> action;
      default -> throw new IllegalStateException("unknown kind " + kind);
    };
  }

  /**
   * The JSON object of this line. Aggregates: {@code programme, action, region, month, events,
   * grams, weakGrams}; refusals: {@code reason, events}; accounts: {@code actor, grams, points,
   * events} (points as the exact decimal number of points, {@link Points}); totals: {@code
   * catalogVersion, acceptedEvents, refusedEvents, grossGrams, weakGrams, attributedGrams,
   * unattributedGrams} (the attributed grams as the embedded ledger gives them: per action, its
   * grams x its attribution share, rounded once, half-even, summed; the unattributed grams are the
   * gross); outcomes: {@link EventOutcome} ({@code eventId, reason, line}, and for a counted event
   * {@code actor, programme, action, region, month, grams, weakGrams, points}).
   */
  public String toJson() {
    Object json =
        switch (kind) {
          case AGGREGATES ->
              new AggregateRow(programme, action, region, month, events, grams, weakGrams);
          case REFUSALS -> new RefusalJson(reason, events);
          case ACCOUNTS -> new AccountJson(actor, grams, Points.decimal(points), events);
          case TOTALS ->
              new TotalsJson(
                  catalogVersion, events, refused, grams, weakGrams, attributedGrams, grams);
          case ACTIONS -> new ActionJson(action, grams, attributedGrams);
          case OUTCOMES ->
              new EventOutcome(
                      eventId, reason, line, actor, programme, action, region, month, grams,
                      weakGrams, points)
                  .toJson();
          default -> throw new IllegalStateException("unknown kind " + kind);
        };
    return json instanceof String outcome ? outcome : JSON.writeValueAsString(json);
  }

  /**
   * The JSON objects of refusal counts and totals; cells and accounts are the embedded engine's
   * {@link AggregateRow} and {@link Account}. Jackson writes a record's components in their order.
   */
  record RefusalJson(String reason, long events) {}

  /** An account's line: its points as the exact decimal number of points ({@link Points}). */
  record AccountJson(String actor, long grams, java.math.BigDecimal points, long events) {}

  record TotalsJson(
      String catalogVersion,
      long acceptedEvents,
      long refusedEvents,
      long grossGrams,
      long weakGrams,
      long attributedGrams,
      long unattributedGrams) {}

  record ActionJson(String action, long grams, long attributedGrams) {}

  @Override
  public String toString() {
    return kind + " " + toJson();
  }
}
