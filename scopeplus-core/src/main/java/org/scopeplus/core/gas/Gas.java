package org.scopeplus.core.gas;

import java.util.Objects;

/**
 * A greenhouse gas or refrigerant as named in factor libraries and activity records.
 *
 * @param id identifier as written in files, e.g. {@code CO2}, {@code HFC-134a}, {@code R-410A}
 * @param name full name
 * @param group the reporting group it counts in
 */
public record Gas(String id, String name, GasGroup group) {
  public Gas {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
  }

  /** The pseudo-gas of factors published only as CO2e. */
  public static final Gas CO2E =
      new Gas("CO2e", "CO2 equivalent, not split by gas", GasGroup.UNSPECIATED);
}
