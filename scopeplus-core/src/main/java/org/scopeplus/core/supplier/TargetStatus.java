package org.scopeplus.core.supplier;

import java.util.Locale;
import java.util.Optional;

/** A supplier's science-based target status, weakest first. */
public enum TargetStatus {
  /** No science-based target and no commitment to one. */
  NONE,
  /** Committed to set a science-based target (a commitment letter). */
  COMMITTED,
  /** A science-based target validated by the SBTi. */
  VALIDATED;

  /** Lower-case name as written in files and the API. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code none}, {@code committed} or {@code validated}, any case. */
  public static Optional<TargetStatus> parse(String text) {
    for (TargetStatus s : values()) {
      if (s.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
