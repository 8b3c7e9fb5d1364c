package org.scopeplus.core.factor;

import java.util.Locale;

/**
 * What a factor measures. Products of different types are not interchangeable: a life-cycle grid
 * intensity is not a Scope 2 direct-combustion average, and an operating margin is neither.
 */
public enum FactorType {
  DIRECT_COMBUSTION,
  GRID_AVERAGE,
  ETS_GRID_AVERAGE,
  FOSSIL_GRID_AVERAGE,
  RESIDUAL_MIX,
  OPERATING_MARGIN,
  BUILD_MARGIN,
  LIFE_CYCLE,
  WELL_TO_TANK,
  TRANSMISSION_DISTRIBUTION,
  SUPPLIER_SPECIFIC,
  CONTRACTUAL_INSTRUMENT,
  AVERAGE_DATA,
  SPEND_BASED,
  LEAK_RATE,
  GAS_RELEASE,
  EQUITY_SHARE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FactorType parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
  }
}
