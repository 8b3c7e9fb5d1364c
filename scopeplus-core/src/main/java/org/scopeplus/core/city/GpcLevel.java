package org.scopeplus.core.city;

import java.util.Locale;
import java.util.Optional;

/** The GPC's two reporting levels: BASIC and BASIC+ (GPC v1.1, chapter 3). */
public enum GpcLevel {
  BASIC("BASIC"),
  BASIC_PLUS("BASIC+");

  private final String label;

  GpcLevel(String label) {
    this.label = label;
  }

  /** {@code BASIC} or {@code BASIC+}, as the GPC writes it. */
  public String label() {
    return label;
  }

  /** Reads {@code basic}, {@code basic+} or {@code basic_plus}, in any case. */
  public static Optional<GpcLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "basic" -> Optional.of(BASIC);
      case "basic+", "basic_plus", "basicplus", "basic-plus" -> Optional.of(BASIC_PLUS);
      default -> Optional.empty();
    };
  }
}
