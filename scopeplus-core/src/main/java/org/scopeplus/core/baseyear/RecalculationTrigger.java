package org.scopeplus.core.baseyear;

import java.util.Locale;
import java.util.Optional;

/**
 * Why the base year may need recalculating: the three causes of the GHG Protocol Corporate
 * Standard, chapter 5. Organic growth or decline is none of them.
 */
public enum RecalculationTrigger {
  /** Acquisition, divestment, merger, outsourcing or insourcing. */
  STRUCTURAL_CHANGE,
  /** New factors, GWP set or calculation method. */
  METHODOLOGY_CHANGE,
  /**
   * An error correction: a significant error, or several errors that are significant together,
   * discovered in the data or the calculation.
   */
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
