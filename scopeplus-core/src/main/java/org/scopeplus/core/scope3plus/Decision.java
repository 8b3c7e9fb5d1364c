package org.scopeplus.core.scope3plus;

import java.util.Objects;

/**
 * What {@link Scope3PlusRules} decided for one event, held in a place reused from event to event so
 * that an engine's hot path allocates nothing per event; {@link #verdict()} gives the same decision
 * as the sealed {@link Verdict} for callers that keep it. It answers for the last event it was used
 * for, until it is used for the next one. Not thread-safe: one per thread.
 */
public final class Decision {

  private RejectionReason reason;
  int methodology;
  int epochDay;
  long grams;
  int programme;
  int region;
  long points;

  /** A place for decisions, empty until the rules write to it. */
  public Decision() {
    reason = RejectionReason.MALFORMED;
  }

  /** A decision about to be taken on an event already assessed as {@code valid}. */
  static Decision of(Assessment.Valid valid) {
    Decision d = new Decision();
    d.passed(valid.methodology(), valid.epochDay(), valid.grams());
    return d;
  }

  /** Records a refusal; returns false so that a check can end with {@code return d.refuse(r)}. */
  boolean refuse(RejectionReason why) {
    reason = why;
    return false;
  }

  /** Records an event that passed the checks needing no state. */
  void passed(int methodology, int epochDay, long grams) {
    reason = null;
    this.methodology = methodology;
    this.epochDay = epochDay;
    this.grams = grams;
    programme = -1;
    region = -1;
    points = 0;
  }

  /** Records where a counted event went and the points it credited. */
  void counted(int programme, int region, long points) {
    this.programme = programme;
    this.region = region;
    this.points = points;
  }

  /** True when the event was counted (or, after an assessment alone, passed it). */
  public boolean counted() {
    return reason == null;
  }

  /**
   * Why the event was refused.
   *
   * @throws IllegalStateException when it was counted
   */
  public RejectionReason reason() {
    if (reason == null) {
      throw new IllegalStateException("the event was counted, not refused");
    }
    return reason;
  }

  /** Index of the event's methodology in the catalog. */
  public int methodology() {
    return methodology;
  }

  /** The event's UTC epoch day. */
  public int epochDay() {
    return epochDay;
  }

  /** Grams CO2e avoided, rounded once, half-even. */
  public long grams() {
    return grams;
  }

  /** Index of the event's programme in the engine's name table. */
  public int programme() {
    return programme;
  }

  /** Index of the event's region in the engine's name table. */
  public int region() {
    return region;
  }

  /** Points credited to the actor at the programme's rate, in millionths of a point. */
  public long points() {
    return points;
  }

  /** This decision as the sealed verdict (a refusal is one shared instance per reason). */
  public Verdict verdict() {
    return reason == null
        ? new Verdict.Counted(methodology, programme, region, epochDay, grams, points)
        : Verdict.refused(reason);
  }

  @Override
  public String toString() {
    return Objects.toString(verdict());
  }
}
