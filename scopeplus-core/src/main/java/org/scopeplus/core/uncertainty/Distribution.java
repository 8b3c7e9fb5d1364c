package org.scopeplus.core.uncertainty;

import java.util.Locale;
import java.util.Optional;

/**
 * The probability distribution of a multiplier with mean 1, given its relative 95% half-width
 * {@code U}: its standard deviation is {@code U / 1.96} (IPCC 2006 Vol. 1 Ch. 3, Sec. 3.2.2.4).
 */
public enum Distribution {
  /** Normal with mean 1 and standard deviation {@code U / 1.96}; may draw below zero. */
  NORMAL,
  /**
   * Lognormal with mean 1 and the same standard deviation as {@link #NORMAL}: {@code s = sqrt(ln(1
   * + (U/1.96)^2))}, {@code mu = -s^2/2}; always positive, skewed to the right.
   */
  LOGNORMAL;

  /** The label as written in files and output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code normal} or {@code lognormal} (any case). */
  public static Optional<Distribution> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "normal" -> Optional.of(NORMAL);
      case "lognormal", "log-normal" -> Optional.of(LOGNORMAL);
      default -> Optional.empty();
    };
  }
}
