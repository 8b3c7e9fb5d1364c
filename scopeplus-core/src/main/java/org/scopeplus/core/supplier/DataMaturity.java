package org.scopeplus.core.supplier;

import java.util.Locale;
import java.util.Optional;

/**
 * How a supplier's purchases are calculated, weakest first: from what was spent (EEIO), from an
 * average factor per physical unit, from the supplier's own factor or product footprint, or from a
 * PACT footprint the supplier has had verified.
 */
public enum DataMaturity {
  SPEND_BASED,
  AVERAGE,
  SUPPLIER_SPECIFIC,
  PACT_VERIFIED;

  /** Lower-case name with hyphens, as written in files and the API. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True for the supplier's own data (its factor or footprint). */
  public boolean supplierSpecific() {
    return compareTo(SUPPLIER_SPECIFIC) >= 0;
  }

  /** {@code spend-based}, {@code average}, {@code supplier-specific} or {@code pact-verified}. */
  public static Optional<DataMaturity> parse(String text) {
    for (DataMaturity m : values()) {
      if (m.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
