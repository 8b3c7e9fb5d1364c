package org.scopeplus.core.targets;

import java.util.Locale;
import java.util.Optional;

/**
 * What a target measures, and which way is better. Emissions and intensities fall toward their
 * target; a cumulative amount (e.g. the Scope 3+ reductions a platform enables over 15 years) and a
 * share rise toward theirs.
 */
public enum TargetKind {
  /** Emissions of the covered scopes, t CO2e, reduced by a share of the base year. */
  ABSOLUTE(false),
  /**
   * Emissions per unit of a business metric (revenue, employees, floor area), reduced by a share.
   */
  INTENSITY(false),
  /** An amount added up over the years from the base year to the target year, t CO2e. */
  CUMULATIVE(true),
  /** Renewable electricity as a share of electricity consumed (RE100 criteria), 0 to 1. */
  RENEWABLE_SHARE(true),
  /** Electric vehicles as a share of the fleet, 0 to 1. */
  FLEET_ELECTRIFICATION(true);

  private final boolean rising;

  TargetKind(boolean rising) {
    this.rising = rising;
  }

  /** True when a higher value is better (cumulative amounts and shares). */
  public boolean rising() {
    return rising;
  }

  /** True for the kinds whose value is a share between 0 and 1. */
  public boolean share() {
    return this == RENEWABLE_SHARE || this == FLEET_ELECTRIFICATION;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<TargetKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (TargetKind k : values()) {
      if (k.name().equals(n)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
