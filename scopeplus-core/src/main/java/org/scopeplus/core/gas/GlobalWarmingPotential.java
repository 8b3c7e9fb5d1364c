package org.scopeplus.core.gas;

import java.util.Objects;

/**
 * One 100-year GWP value and where it comes from.
 *
 * @param value the GWP100, CO2 = 1
 * @param source the table it was taken from, or the derivation for blends
 * @param derived true when computed here (a blend's mass-weighted sum) rather than published
 */
public record GlobalWarmingPotential(double value, String source, boolean derived) {
  public GlobalWarmingPotential {
    Objects.requireNonNull(source, "source");
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("GWP must be a finite non-negative number: " + value);
    }
  }
}
