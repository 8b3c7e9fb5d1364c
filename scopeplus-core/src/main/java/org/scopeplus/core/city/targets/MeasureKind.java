package org.scopeplus.core.city.targets;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of measure a scenario holds, each with the formula of its yearly reduction at full
 * deployment, in grams CO2e, from a measure's amount and two factors.
 */
public enum MeasureKind {
  /**
   * Switching an activity to electricity (e.g. buses): amount = activity per year (e.g.
   * vehicle-km), factor A = kg CO2e per unit before, factor B = kg CO2e per unit after (the
   * electricity used per unit times the grid factor). Reduction = amount x (A - B) x 1000 g.
   */
  ELECTRIFICATION("activity x (factor before - factor after)"),
  /**
   * Retrofitting buildings: amount = floor area, m2; factor A = kWh saved per m2 a year; factor B =
   * the grid's kg CO2e per kWh. Reduction = amount x A x B x 1000 g.
   */
  BUILDING_RETROFIT("floor area x kWh saved per m2 x grid factor"),
  /**
   * Rooftop PV replacing grid electricity: amount = MWh generated a year; factor A = the grid's kg
   * CO2e per kWh (= t per MWh); factor B unused. Reduction = amount x 1000 x A x 1000 g.
   */
  ROOFTOP_PV("MWh generated x grid factor");

  private final String formula;

  MeasureKind(String formula) {
    this.formula = formula;
  }

  /** The formula in words. */
  public String formula() {
    return formula;
  }

  /** The reduction a year at full deployment, in (unrounded) grams CO2e. */
  public double gramsPerYear(double amount, double factorA, double factorB) {
    return switch (this) {
      case ELECTRIFICATION -> amount * (factorA - factorB) * 1000.0;
      case BUILDING_RETROFIT -> amount * factorA * factorB * 1000.0;
      case ROOFTOP_PV -> amount * 1000.0 * factorA * 1000.0;
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<MeasureKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (MeasureKind k : values()) {
      if (k.name().equals(n)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
