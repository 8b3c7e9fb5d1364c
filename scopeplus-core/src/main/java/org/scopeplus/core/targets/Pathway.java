package org.scopeplus.core.targets;

import java.util.Locale;
import java.util.Optional;

/**
 * The path a target's value takes from the base year to the target year.
 *
 * <p>{@link #LINEAR}: a straight line from the base-year value to the target value. {@link
 * #ACA_1_5C} and {@link #ACA_WELL_BELOW_2C}: the SBTi cross-sector absolute contraction approach, a
 * linear reduction of a fixed share of base-year emissions each year: at least 4.2% a year for 1.5C
 * and 2.5% a year for well-below 2C (SBTi Corporate Near-Term Criteria v5.1, C6; SBTi Foundations
 * of Science-Based Target Setting, absolute contraction). It applies to absolute emission targets
 * only, and never falls below zero.
 */
public enum Pathway {
  LINEAR(0),
  ACA_1_5C(0.042),
  ACA_WELL_BELOW_2C(0.025);

  private final double annualReduction;

  Pathway(double annualReduction) {
    this.annualReduction = annualReduction;
  }

  /** The share of base-year emissions removed each year (0 for {@link #LINEAR}). */
  public double annualReduction() {
    return annualReduction;
  }

  /**
   * The pathway's value in {@code year}: base-year value {@code base} in {@code baseYear}, target
   * value {@code target} in {@code targetYear}. Before the base year it is the base value; a linear
   * pathway stays at the target value after the target year.
   */
  public double valueIn(int year, int baseYear, double base, int targetYear, double target) {
    int elapsed = Math.max(0, year - baseYear);
    if (this == LINEAR) {
      if (year >= targetYear) {
        return target;
      }
      return base + (target - base) * elapsed / (targetYear - baseYear);
    }
    return base * Math.max(0.0, 1.0 - annualReduction * elapsed);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What the pathway is, in a sentence for a report. */
  public String description() {
    return switch (this) {
      case LINEAR -> "linear from the base-year value to the target value";
      case ACA_1_5C ->
          "SBTi absolute contraction for 1.5C: 4.2% of base-year emissions less each year";
      case ACA_WELL_BELOW_2C ->
          "SBTi absolute contraction for well-below 2C: 2.5% of base-year emissions less each year";
    };
  }

  public static Optional<Pathway> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String n =
        text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_').replace(' ', '_');
    if (n.equals("ACA_WB2C") || n.equals("ACA_WELL_BELOW_2C")) {
      return Optional.of(ACA_WELL_BELOW_2C);
    }
    if (n.equals("ACA_1_5C") || n.equals("ACA_15C")) {
      return Optional.of(ACA_1_5C);
    }
    return n.equals("LINEAR") ? Optional.of(LINEAR) : Optional.empty();
  }
}
