package org.scopeplus.core.factor;

import java.util.Optional;
import java.util.Set;

/**
 * The ratio of a fuel's net to its gross calorific value (NCV / GCV), by which energy counted on
 * one basis is turned into the other: net = gross x ratio.
 *
 * <p>The defaults are those of the 2006 IPCC Guidelines, Vol. 2 Ch. 1 (Introduction): net calorific
 * values are about 5% below gross for coal and oil, and 10% below for natural gas, so NCV/GCV =
 * 0.95 for coal and oil (and the products made from them) and 0.90 for natural gas. No default is
 * given for any other fuel (biomass, biogas, waste): a factor may carry its own ratio ({@code
 * ncv_gcv_ratio} in a factor library), which overrides the default for its fuel, and without one a
 * conversion is refused.
 *
 * @param value NCV / GCV, above 0 and at most 1
 * @param source where the ratio comes from, as the trace names it
 */
public record CalorificRatio(double value, String source) {

  /** IPCC 2006 Vol. 2 Ch. 1 default for coal and oil. */
  public static final double COAL_AND_OIL = 0.95;

  /** IPCC 2006 Vol. 2 Ch. 1 default for natural gas. */
  public static final double NATURAL_GAS = 0.90;

  private static final String IPCC = "IPCC 2006 Vol. 2 Ch. 1 default for ";

  /** Fuel names (the second part of an activity key {@code fuel.NAME....}) of the coal group. */
  static final Set<String> COALS =
      Set.of(
          "anthracite",
          "coking_coal",
          "other_bituminous_coal",
          "bituminous_coal",
          "sub_bituminous_coal",
          "lignite",
          "coke_oven_coke",
          "coal_coke",
          "raw_coal",
          "mixed_coal_commercial",
          "mixed_coal_electric_power",
          "mixed_coal_industrial",
          "mixed_coal_industrial_coking");

  /** Fuel names of the oil group: crude oil and the petroleum products. */
  static final Set<String> OILS =
      Set.of(
          "crude_oil",
          "gas_diesel_oil",
          "distillate_fuel_oil_no_2",
          "motor_gasoline",
          "residual_fuel_oil",
          "residual_fuel_oil_no_6",
          "jet_kerosene",
          "kerosene_type_jet_fuel",
          "other_kerosene",
          "kerosene",
          "lpg",
          "propane",
          "naphtha",
          "petroleum_coke");

  public CalorificRatio {
    if (!(value > 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException("an NCV/GCV ratio is above 0 and at most 1: " + value);
    }
  }

  /**
   * The ratio for the fuel of a factor: its own when it carries one, else the IPCC default of its
   * fuel group, read from its activity key ({@code fuel.natural_gas.commercial_institutional} is
   * natural gas), else none.
   */
  public static Optional<CalorificRatio> of(EmissionFactor f) {
    if (!Double.isNaN(f.ncvPerGcv())) {
      return Optional.of(new CalorificRatio(f.ncvPerGcv(), "NCV/GCV ratio of factor " + f.id()));
    }
    return defaultFor(f.activityKey());
  }

  /** The IPCC default for the fuel an activity key names, or none. */
  public static Optional<CalorificRatio> defaultFor(String activityKey) {
    String[] parts = activityKey.split("\\.");
    if (parts.length < 2 || !parts[0].equals("fuel")) {
      return Optional.empty();
    }
    String fuel = parts[1];
    if (fuel.equals("natural_gas")) {
      return Optional.of(new CalorificRatio(NATURAL_GAS, IPCC + "natural gas"));
    }
    if (COALS.contains(fuel)) {
      return Optional.of(new CalorificRatio(COAL_AND_OIL, IPCC + "coal"));
    }
    if (OILS.contains(fuel)) {
      return Optional.of(new CalorificRatio(COAL_AND_OIL, IPCC + "oil"));
    }
    return Optional.empty();
  }
}
