package org.scopeplus.core.indicator;

import java.util.Locale;
import java.util.Optional;

/** An operational indicator that can be recorded, with the unit it is kept in. */
public enum Metric {
  REVENUE("million"),
  EMPLOYEES("employees"),
  FLOOR_AREA("m2"),
  ELECTRICITY("MWh"),
  RENEWABLE_ELECTRICITY("MWh"),
  IT_ENERGY("MWh"),
  FACILITY_ENERGY("MWh"),
  WATER("m3"),
  FLEET_VEHICLES("vehicles"),
  FLEET_ELECTRIC("vehicles"),
  SCOPE3PLUS_REDUCTIONS("t CO2e"),
  HEAT_RECOVERED("tce");

  private final String unit;

  Metric(String unit) {
    this.unit = unit;
  }

  /** The unit values are kept in. */
  public String unit() {
    return unit;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Metric> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Metric m : values()) {
      if (m.name().equals(n)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Every metric's name, for a refusal. */
  public static String names() {
    StringBuilder b = new StringBuilder();
    for (Metric m : values()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(m.label());
    }
    return b.toString();
  }
}
