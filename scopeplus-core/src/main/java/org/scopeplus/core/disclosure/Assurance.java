package org.scopeplus.core.disclosure;

import java.util.Locale;
import java.util.Optional;

/** The level of assurance of a verifier's opinion (ISO 14064-3, ISAE 3410). */
public enum Assurance {
  REASONABLE,
  LIMITED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code reasonable} or {@code limited}, any case. */
  public static Optional<Assurance> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String n = text.strip().toUpperCase(Locale.ROOT);
    for (Assurance a : values()) {
      if (a.name().equals(n)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
