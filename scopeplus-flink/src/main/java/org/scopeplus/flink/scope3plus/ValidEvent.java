package org.scopeplus.flink.scope3plus;

/**
 * An event that passed every check that needs no state, with the grams its methodology gives. A
 * Flink POJO: public fields and a no-argument constructor, so Flink serializes it without Kryo.
 */
public class ValidEvent {
  /** The event id. */
  public String id;

  /** The reporting programme. */
  public String programme;

  /** The pseudonymous actor id. */
  public String actor;

  /** The action type (the methodology's action). */
  public String action;

  /** Index of the methodology in the catalog. */
  public int methodology;

  /** The region, "" when none. */
  public String region;

  /** The real-world action reference, "" when none. */
  public String claim;

  /** When the action happened, seconds since the epoch (UTC). */
  public long epochSecond;

  /** The UTC epoch day of {@link #epochSecond}. */
  public int day;

  /** Grams avoided, rounded once, half-even. */
  public long grams;

  /** True when the methodology rests on a weak value. */
  public boolean weak;

  /** Points credited when counted (set by the account stage). */
  public long points;

  /** The line as read, the last tie-breaker between two deliveries of one id at one instant. */
  public String line;

  public ValidEvent() {}

  /** Event time in milliseconds, the order of decisions together with the id. */
  public long timestamp() {
    return epochSecond * 1000L;
  }

  /** Orders by event time, then id, then the line. */
  static int compare(ValidEvent a, ValidEvent b) {
    int c = Long.compare(a.epochSecond, b.epochSecond);
    c = c != 0 ? c : a.id.compareTo(b.id);
    return c != 0 ? c : a.line.compareTo(b.line);
  }
}
