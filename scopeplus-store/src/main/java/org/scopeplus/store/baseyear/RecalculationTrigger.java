package org.scopeplus.store.baseyear;

import java.util.Locale;
import java.util.Optional;

/** Why the base year may need recalculating. */
public enum RecalculationTrigger {
  /** Acquisition, divestment, merger, outsourcing or insourcing. */
  STRUCTURAL_CHANGE,
  /** New factors, GWP set or calculation method. */
  METHODOLOGY_CHANGE,
  /** A significant error, or several cumulative errors, found in the data. */
  DISCOVERED_ERROR;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<RecalculationTrigger> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (RecalculationTrigger t : values()) {
      if (t.name().equals(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
