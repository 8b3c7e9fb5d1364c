package org.scopeplus.core.scope3plus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Points per kilogram of CO2e avoided, per programme, with a default for programmes not named. A
 * rate has at most three decimals (thousandths of a point per kg), so that the points of an event
 * are exact in millionths of a point ({@link Points}); they are credited when the event is counted
 * and never change afterwards.
 *
 * @param perKilogram programme to points per kg CO2e
 * @param defaultPerKilogram points per kg CO2e for other programmes
 */
public record PointsRates(Map<String, Double> perKilogram, double defaultPerKilogram) {

  /** Highest rate a user may set (API, command line), points per kg CO2e. */
  public static final double MAX_RATE = 10_000;

  /**
   * Rates as given.
   *
   * @throws IllegalArgumentException when a rate is negative, not finite or has more than three
   *     decimals (a rate beyond {@link #MAX_RATE} is left to the callers that take user input, see
   *     {@link #problem})
   */
  public PointsRates {
    perKilogram = Map.copyOf(perKilogram);
    check("the default rate", defaultPerKilogram);
    perKilogram.forEach((p, r) -> check("the rate of programme " + p, r));
  }

  /** One point per kilogram for every programme. */
  public static PointsRates standard() {
    return new PointsRates(Map.of(), 1.0);
  }

  /**
   * Rates read from a state written when rates could have more than three decimals: each rounded
   * half-even to the nearest thousandth of a point per kg (and into 0..10,000).
   */
  public static PointsRates stored(Map<String, Double> perKilogram, double defaultPerKilogram) {
    Map<String, Double> per = new HashMap<>();
    perKilogram.forEach((p, r) -> per.put(p, toThousandth(r)));
    return new PointsRates(per, toThousandth(defaultPerKilogram));
  }

  private static double toThousandth(double rate) {
    if (!Double.isFinite(rate) || rate <= 0) {
      return 0;
    }
    return Math.min(
        MAX_RATE, BigDecimal.valueOf(rate).setScale(3, RoundingMode.HALF_EVEN).doubleValue());
  }

  /**
   * Why {@code rate} cannot be a points rate set by a user (a sentence naming {@code what}), or
   * null when it can: a number from 0 to 10,000 points per kg CO2e with at most three decimals.
   */
  public static String problem(String what, double rate) {
    if (!Double.isFinite(rate) || rate < 0 || rate > MAX_RATE) {
      return what + " must be a number of points per kg CO2e from 0 to " + (long) MAX_RATE;
    }
    return decimalsProblem(what, rate);
  }

  private static String decimalsProblem(String what, double rate) {
    if (BigDecimal.valueOf(rate).stripTrailingZeros().scale() > 3) {
      return what
          + " has more than three decimals ("
          + BigDecimal.valueOf(rate).toPlainString()
          + "): give it in thousandths of a point per kg CO2e at most";
    }
    return null;
  }

  private static void check(String what, Double rate) {
    if (rate == null || !Double.isFinite(rate) || rate < 0) {
      throw new IllegalArgumentException(
          what + " must be a number of points per kg CO2e, not " + rate);
    }
    String problem = decimalsProblem(what, rate);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    try {
      thousandths(rate);
    } catch (ArithmeticException beyond) {
      throw new IllegalArgumentException(
          what + " is beyond the largest rate in thousandths of a point per kg", beyond);
    }
  }

  /** The rate for a programme. */
  public double rate(String programme) {
    Objects.requireNonNull(programme, "programme");
    return perKilogram.getOrDefault(programme, defaultPerKilogram);
  }

  /** The rate for a programme in thousandths of a point per kg CO2e (exact). */
  public long thousandths(String programme) {
    return thousandths(rate(programme));
  }

  /** A rate of at most three decimals in thousandths of a point per kg CO2e (exact). */
  public static long thousandths(double perKilogram) {
    return BigDecimal.valueOf(perKilogram).movePointRight(3).longValueExact();
  }

  /** Millionths of a point for grams avoided under a programme ({@link Points#credited}). */
  public long points(String programme, long grams) {
    return Points.credited(grams, thousandths(programme));
  }
}
