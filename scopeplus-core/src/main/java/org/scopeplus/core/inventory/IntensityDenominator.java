package org.scopeplus.core.inventory;

import java.util.Locale;

/**
 * A business metric emissions are divided by: revenue, employees or floor area, for one year.
 *
 * @param metric one of {@code revenue}, {@code employees}, {@code floor_area}
 * @param value the amount, positive
 * @param unit its unit as reported, e.g. {@code million CNY}, {@code employees}, {@code m2}
 * @param year the reporting year it describes
 */
public record IntensityDenominator(String metric, double value, String unit, int year) {
  public IntensityDenominator {
    metric = metric.strip().toLowerCase(Locale.ROOT);
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(metric + ": value must be positive");
    }
  }
}
