package org.scopeplus.core.targets;

import java.util.Locale;
import java.util.Optional;

/**
 * How a renewable-electricity share target counts its share: {@link #ANNUAL}, renewable electricity
 * claimed in the year over electricity consumed in the year (RE100 Technical Criteria, the
 * default), or {@link #HOURLY}, consumption met by renewable supply of the same hour and market
 * boundary over consumption (as 24/7 carbon-free energy counts it), from the period's kept hourly
 * matching.
 */
public enum ShareBasis {
  ANNUAL,
  HOURLY;

  /** The basis as written in files and requests: {@code annual} or {@code hourly}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The basis of a label, any case; empty for anything else. */
  public static Optional<ShareBasis> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    for (ShareBasis b : values()) {
      if (b.label().equals(s.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }
}
