package org.scopeplus.core.disclosure;

import java.util.Locale;
import java.util.Optional;

/** Whether a verifier's finding could change a user's decision (ISO 14064-3: material or not). */
public enum Materiality {
  MATERIAL,
  IMMATERIAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code material} or {@code immaterial}, any case. */
  public static Optional<Materiality> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String n = text.strip().toUpperCase(Locale.ROOT);
    for (Materiality m : values()) {
      if (m.name().equals(n)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
