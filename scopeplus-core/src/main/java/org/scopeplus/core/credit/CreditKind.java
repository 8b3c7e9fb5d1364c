package org.scopeplus.core.credit;

import java.util.Locale;
import java.util.Optional;

/**
 * What one tonne of a credit stands for: an emission avoided or reduced elsewhere (an offset), or
 * CO2 removed from the atmosphere by nature (forests, soils) or by technology (direct air capture,
 * biochar, mineralisation).
 */
public enum CreditKind {
  AVOIDANCE_REDUCTION,
  NATURE_BASED_REMOVAL,
  TECHNOLOGICAL_REMOVAL;

  /** True for the removals. */
  public boolean removal() {
    return this != AVOIDANCE_REDUCTION;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<CreditKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (CreditKind k : values()) {
      if (k.name().equals(n)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
