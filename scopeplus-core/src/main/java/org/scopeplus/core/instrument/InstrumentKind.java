package org.scopeplus.core.instrument;

import java.util.Locale;
import java.util.Optional;

/** A contractual instrument for Scope 2 (GHG Protocol Scope 2 Guidance, chapter 6). */
public enum InstrumentKind {
  /** China Green Electricity Certificate. */
  GEC,
  /** A green-power trading contract (China). */
  GREEN_POWER_CONTRACT,
  I_REC,
  /** Renewable Energy Certificate (North America). */
  REC,
  /** Guarantee of Origin (Europe). */
  GO,
  PPA_PHYSICAL,
  PPA_VIRTUAL,
  SUPPLIER_GREEN_TARIFF,
  ON_SITE_GENERATION;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<InstrumentKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String n = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (InstrumentKind k : values()) {
      if (k.name().equals(n)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
