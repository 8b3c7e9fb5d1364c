package org.scopeplus.core.ecosystem;

/**
 * Rules an event must meet before its methodology counts it.
 *
 * @param minimumFirstQuantity the first quantity must be at least this (e.g. a minimum trip
 *     distance in km); 0 for none
 * @param maximumSecondQuantity the second quantity may be at most this (e.g. degrees of setpoint
 *     change a rule of thumb covers); 0 for none
 * @param maximumEventsPerActorDay per actor and UTC day, events beyond this are refused (against
 *     fraud), at most 100; 0 for no cap
 */
public record Eligibility(
    double minimumFirstQuantity, double maximumSecondQuantity, int maximumEventsPerActorDay) {
  public Eligibility {
    if (minimumFirstQuantity < 0 || maximumSecondQuantity < 0 || maximumEventsPerActorDay < 0) {
      throw new IllegalArgumentException("eligibility limits are never negative");
    }
    if (maximumEventsPerActorDay > 100) {
      throw new IllegalArgumentException("a daily cap is at most 100 events per actor");
    }
  }

  /** No rule beyond valid quantities. */
  public static Eligibility none() {
    return new Eligibility(0, 0, 0);
  }
}
