package org.scopeplus.core.scope3plus;

import java.util.Locale;
import java.util.Objects;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.factor.Verification;

/**
 * One methodology parameter with its unit and source. A parameter that was searched for and not
 * found has no value ({@link #found()} is false) and must be configured before its methodology can
 * count anything.
 *
 * @param key the key of the parameter row (e.g. {@code transport.uk.bus_local_avg.ttw_per_pkm})
 * @param value the value in {@code unit}; NaN when not found
 * @param unit the unit as published, e.g. {@code kg CO2e/passenger-km}
 * @param citation where the value comes from and how well it was checked
 */
public record Parameter(String key, double value, String unit, Citation citation) {
  public Parameter {
    Objects.requireNonNull(key, "key");
    unit = unit == null ? "" : unit.strip();
    Objects.requireNonNull(citation, "citation");
  }

  /** A parameter that was searched for and not found. */
  public static Parameter notFound(String key, String unit, Citation citation) {
    return new Parameter(key, Double.NaN, unit, citation);
  }

  /** True when the parameter has a value. */
  public boolean found() {
    return !Double.isNaN(value);
  }

  /** True when the value rests on a reprint or an unchecked source. */
  public boolean weak() {
    return citation.verification().isWeak();
  }

  /** True for a value supplied by the user's configuration rather than the reference data. */
  public boolean configured() {
    return citation.verification() == Verification.USER_SUPPLIED;
  }

  /**
   * The value scaled to grams when the unit is a mass of CO2 or CO2e (t, kg or g per something);
   * the plain value otherwise.
   */
  public double inGrams() {
    String u = unit.toLowerCase(Locale.ROOT).replace(" ", "");
    if (u.startsWith("tco2")) {
      return u.contains("/mwh") ? value * 1000.0 : value * 1_000_000.0;
    }
    if (u.startsWith("kgco2")) {
      return value * 1000.0;
    }
    return value;
  }

  /** True when the unit is an emission mass (t, kg or g of CO2 or CO2e per something). */
  public boolean isEmission() {
    String u = unit.toLowerCase(Locale.ROOT).replace(" ", "");
    return u.startsWith("tco2") || u.startsWith("kgco2") || u.startsWith("gco2");
  }
}
