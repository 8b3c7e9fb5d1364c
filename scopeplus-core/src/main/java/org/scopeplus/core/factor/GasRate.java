package org.scopeplus.core.factor;

/**
 * The mass of one gas emitted per unit of activity.
 *
 * @param gasId the gas, or {@code CO2e} for a factor published only as CO2 equivalent
 * @param kgPerUnit kilograms of that gas per one unit of the factor's denominator
 */
public record GasRate(String gasId, double kgPerUnit) {
  public GasRate {
    if (gasId == null || gasId.isBlank()) {
      throw new IllegalArgumentException("gas is required");
    }
    if (!Double.isFinite(kgPerUnit)) {
      throw new IllegalArgumentException(gasId + ": factor value must be a finite number");
    }
  }
}
