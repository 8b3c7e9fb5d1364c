package org.scopeplus.core.uncertainty;

import java.util.Objects;

/**
 * The uncertainty of one input (an activity amount or a factor): half the width of its 95%
 * confidence interval divided by its mean, the distribution, and where the value comes from.
 *
 * @param relative95 e.g. 0.05 for plus or minus 5%; 0 to 10 (1000%)
 * @param distribution normal or lognormal
 * @param basis the source of the value (a cited default or "user override")
 */
public record Uncertainty(double relative95, Distribution distribution, String basis) {

  /** The z value of a two-sided 95% interval of the normal distribution. */
  public static final double Z95 = 1.959963984540054;

  /** The largest accepted uncertainty: plus or minus 1000%. */
  public static final double MAX_RELATIVE95 = 10.0;

  public Uncertainty {
    if (!(relative95 >= 0 && relative95 <= MAX_RELATIVE95)) {
      throw new IllegalArgumentException(
          "an uncertainty is 0 to " + (int) (MAX_RELATIVE95 * 100) + "%, not " + relative95 * 100);
    }
    Objects.requireNonNull(distribution, "distribution");
    basis = basis == null ? "" : basis;
  }

  /** An uncertainty of {@code percent} per cent. */
  public static Uncertainty percent(double percent, Distribution distribution, String basis) {
    return new Uncertainty(percent / 100.0, distribution, basis);
  }

  /** The relative standard deviation: {@code U / 1.96}. */
  public double relativeStandardDeviation() {
    return relative95 / Z95;
  }

  /** Plus or minus this many per cent. */
  public double percent() {
    return relative95 * 100.0;
  }
}
