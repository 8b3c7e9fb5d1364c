package org.scopeplus.core.factor;

import java.util.Locale;

/**
 * The heating-value basis of an energy-based factor. IPCC defaults are on the net (lower) basis; US
 * EPA and UK DESNZ fuel factors mostly on the gross (higher) basis. The two are never mixed.
 */
public enum CalorificBasis {
  NET,
  GROSS,
  NOT_APPLICABLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CalorificBasis parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    return switch (t) {
      case "", "NA", "N/A", "NOT_APPLICABLE" -> NOT_APPLICABLE;
      case "NCV", "NET", "LHV" -> NET;
      case "GCV", "GROSS", "HHV" -> GROSS;
      default -> throw new IllegalArgumentException("unknown calorific basis: " + text);
    };
  }
}
