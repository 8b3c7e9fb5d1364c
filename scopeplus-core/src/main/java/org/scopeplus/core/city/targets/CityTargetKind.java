package org.scopeplus.core.city.targets;

import java.util.Locale;
import java.util.Optional;

/**
 * What a city target measures. Every kind falls toward its goal: total emissions, emissions per
 * resident or per unit of GDP, net emissions; a peak-year target asks that emissions stop rising no
 * later than its target year.
 */
public enum CityTargetKind {
  /** Emissions peak no later than the target year (碳达峰); the value is an optional cap, t CO2e. */
  PEAK,
  /** The city's total emissions reduced by a share of the base year. */
  ABSOLUTE,
  /** Emissions per resident reduced by a share of the base year. */
  PER_CAPITA,
  /** Emissions per 10,000 CNY of GDP reduced by a share of the base year. */
  PER_GDP,
  /** Net emissions zero in the target year (碳中和), on a straight line from the base year. */
  NEUTRALITY;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The unit of the values this kind measures. */
  public String unit() {
    return switch (this) {
      case PER_CAPITA -> "t CO2e per resident";
      case PER_GDP -> "t CO2e per 10,000 CNY of GDP";
      default -> "t CO2e";
    };
  }

  public static Optional<CityTargetKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (CityTargetKind k : values()) {
      if (k.name().equals(n)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
