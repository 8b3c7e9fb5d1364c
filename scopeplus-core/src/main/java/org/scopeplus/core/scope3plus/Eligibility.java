package org.scopeplus.core.scope3plus;

import java.util.List;

/**
 * Rules an event must meet before its methodology counts it.
 *
 * @param minimumFirstQuantity the first quantity must be at least this (e.g. a minimum trip
 *     distance in km); 0 for none
 * @param maximumSecondQuantity the second quantity may be at most this (e.g. degrees of setpoint
 *     change a rule of thumb covers); 0 for none
 * @param maximumEventsPerActorDay per actor and UTC day, events beyond this are refused (against
 *     fraud), at most 100; 0 for no cap
 * @param maximumQuantities the plausibility bound of each quantity, in the methodology's base unit
 *     (km, kg, kWh ...): one real-world action never measures more, so an event beyond it is a data
 *     error and is refused; a quantity without a bound here has {@link #DEFAULT_MAXIMUM_QUANTITY}
 */
public record Eligibility(
    double minimumFirstQuantity,
    double maximumSecondQuantity,
    int maximumEventsPerActorDay,
    List<Double> maximumQuantities) {

  /**
   * The bound of a quantity its methodology names none for: a million base units (km, kg, kWh,
   * items) in one event, beyond any single action the built-in methodologies count.
   */
  public static final double DEFAULT_MAXIMUM_QUANTITY = 1_000_000;

  public Eligibility {
    if (minimumFirstQuantity < 0 || maximumSecondQuantity < 0 || maximumEventsPerActorDay < 0) {
      throw new IllegalArgumentException("eligibility limits are never negative");
    }
    if (maximumEventsPerActorDay > 100) {
      throw new IllegalArgumentException("a daily cap is at most 100 events per actor");
    }
    maximumQuantities = List.copyOf(maximumQuantities);
    if (maximumQuantities.size() > 3) {
      throw new IllegalArgumentException("a methodology takes at most three quantities");
    }
    for (double max : maximumQuantities) {
      if (!(max > 0) || Double.isInfinite(max)) {
        throw new IllegalArgumentException(
            "a quantity's plausibility bound is a positive finite number, not " + max);
      }
    }
    if (!maximumQuantities.isEmpty() && minimumFirstQuantity > maximumQuantities.get(0)) {
      throw new IllegalArgumentException(
          "the first quantity's minimum is above its plausibility bound");
    }
  }

  /** Rules with the default plausibility bound for every quantity. */
  public Eligibility(
      double minimumFirstQuantity, double maximumSecondQuantity, int maximumEventsPerActorDay) {
    this(minimumFirstQuantity, maximumSecondQuantity, maximumEventsPerActorDay, List.of());
  }

  /** No rule beyond valid quantities within the default bounds. */
  public static Eligibility none() {
    return new Eligibility(0, 0, 0);
  }

  /** The plausibility bound of quantity {@code i} (from 0), in the methodology's base unit. */
  public double maximumQuantity(int i) {
    return i < maximumQuantities.size() ? maximumQuantities.get(i) : DEFAULT_MAXIMUM_QUANTITY;
  }
}
