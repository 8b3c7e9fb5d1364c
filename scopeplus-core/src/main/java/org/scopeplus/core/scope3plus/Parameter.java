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
 * @param citation where the value comes from and how well it was checked; its year is the
 *     parameter's vintage
 * @param region where the value holds: an ISO 3166 code or sub-region ({@code CN-BJ}), several
 *     separated by "/", {@code GLOBAL}, or "" for a value the user configured (valid wherever its
 *     methodology is)
 */
public record Parameter(String key, double value, String unit, Citation citation, String region) {
  public Parameter {
    Objects.requireNonNull(key, "key");
    unit = unit == null ? "" : unit.strip();
    Objects.requireNonNull(citation, "citation");
    region = region == null ? "" : region.strip();
  }

  /** A parameter without a region (a configured value, or a test value). */
  public Parameter(String key, double value, String unit, Citation citation) {
    this(key, value, unit, citation, "");
  }

  /** The year of the data or publication the value comes from ("" when not known). */
  public String vintage() {
    return citation.year().strip();
  }

  /** {@link #vintageYear()} of a parameter without a vintage. */
  public static final int NO_VINTAGE = Integer.MIN_VALUE;

  /**
   * The vintage as a year (its first four digits), or {@link #NO_VINTAGE} when the parameter has
   * none: a configured value or a definition, which holds in every year.
   */
  public int vintageYear() {
    String v = vintage();
    if (v.length() < 4) {
      return NO_VINTAGE;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(v.charAt(i))) {
        return NO_VINTAGE;
      }
    }
    return Integer.parseInt(v.substring(0, 4));
  }

  /**
   * True when the value holds in {@code methodologyRegion}: the parameter has no region
   * (configured) or is {@code GLOBAL}, or one of its regions is the methodology's region or
   * contains it ({@code CN} contains {@code CN-GZ}).
   */
  public boolean holdsIn(String methodologyRegion) {
    if (region.isEmpty()) {
      return true;
    }
    for (String r : region.split("/")) {
      if (Regions.contains(r.strip(), methodologyRegion)) {
        return true;
      }
    }
    return false;
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

  /**
   * The value in the base unit its role is computed in: emissions in grams ({@link #inGrams()}), a
   * plain mass per something ({@code g/set}, {@code kg/box}, {@code t/lot}) in kilograms, so that
   * "10 g/set" is 0.010 kg per set; any other unit as it is.
   */
  public double inBaseUnit() {
    if (isEmission()) {
      return inGrams();
    }
    double perKilogram = massPerKilogram(unit);
    return Double.isNaN(perKilogram) ? value : value * perKilogram;
  }

  /** True when the unit is a plain mass per something (g, kg or t per set, box, label ...). */
  public boolean isMass() {
    return !isEmission() && !Double.isNaN(massPerKilogram(unit));
  }

  /** Kilograms per unit of the mass that opens {@code unit} ("g/set" gives 0.001), or NaN. */
  static double massPerKilogram(String unit) {
    String u = unit.toLowerCase(Locale.ROOT).replace(" ", "");
    int slash = u.indexOf('/');
    String numerator = slash < 0 ? u : u.substring(0, slash);
    return switch (numerator) {
      case "g" -> 0.001;
      case "kg" -> 1.0;
      case "t" -> 1000.0;
      default -> Double.NaN;
    };
  }

  /** The part of the unit after the first "/", lower case, without spaces ("" when none). */
  public String per() {
    String u = unit.toLowerCase(Locale.ROOT).replace(" ", "");
    int slash = u.indexOf('/');
    return slash < 0 ? "" : u.substring(slash + 1);
  }

  /** True when the unit is an emission mass (t, kg or g of CO2 or CO2e per something). */
  public boolean isEmission() {
    String u = unit.toLowerCase(Locale.ROOT).replace(" ", "");
    return u.startsWith("tco2") || u.startsWith("kgco2") || u.startsWith("gco2");
  }
}
