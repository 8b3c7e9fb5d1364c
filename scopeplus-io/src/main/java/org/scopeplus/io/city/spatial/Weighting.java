package org.scopeplus.io.city.spatial;

import java.util.Locale;
import java.util.Optional;

/** How the part of a sector that no source locates is spread over the districts. */
public enum Weighting {
  /** By each district's share of the city's area. */
  AREA,
  /** By each district's population. */
  POPULATION,
  /** By each district's GDP. */
  GDP;

  public static Optional<Weighting> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
