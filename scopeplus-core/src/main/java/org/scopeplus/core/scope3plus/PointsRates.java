package org.scopeplus.core.scope3plus;

import java.util.Map;
import java.util.Objects;

/**
 * Points per kilogram of CO2e avoided, per programme, with a default for programmes not named.
 * Points are rounded once, half-even, when an event is counted, and never change afterwards.
 *
 * @param perKilogram programme to points per kg CO2e
 * @param defaultPerKilogram points per kg CO2e for other programmes
 */
public record PointsRates(Map<String, Double> perKilogram, double defaultPerKilogram) {
  public PointsRates {
    perKilogram = Map.copyOf(perKilogram);
    if (defaultPerKilogram < 0 || perKilogram.values().stream().anyMatch(r -> r < 0)) {
      throw new IllegalArgumentException("points rates are never negative");
    }
  }

  /** One point per kilogram for every programme. */
  public static PointsRates standard() {
    return new PointsRates(Map.of(), 1.0);
  }

  /** The rate for a programme. */
  public double rate(String programme) {
    Objects.requireNonNull(programme, "programme");
    return perKilogram.getOrDefault(programme, defaultPerKilogram);
  }

  /** Points for grams avoided under a programme, rounded once, half-even. */
  public long points(String programme, long grams) {
    return points(grams, rate(programme));
  }

  /** Points for grams avoided at a rate in points per kg CO2e, rounded once, half-even. */
  public static long points(long grams, double perKilogram) {
    return (long) Math.rint(grams * perKilogram / 1000.0);
  }
}
