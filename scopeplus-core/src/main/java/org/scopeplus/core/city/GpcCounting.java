package org.scopeplus.core.city;

/**
 * Which totals a GPC line counts in (GPC v1.1, chapter 4 "Reporting requirements", the reporting
 * table that marks each reference number BASIC, BASIC+ or scope 1 only; and chapter 3 on the
 * boundary).
 *
 * <p>Every scope 1 line counts in the territorial total whatever its counting here.
 */
public enum GpcCounting {
  /** Counts in BASIC and therefore in BASIC+. */
  BASIC,
  /** Counts in BASIC+ only. */
  BASIC_PLUS,
  /**
   * A scope 1 line the city-induced totals exclude, to avoid counting twice what another city or
   * another line already counts: energy generation supplied to the grid (I.4.4, counted by the
   * consumers as scope 2) and waste generated outside the city and treated inside it (III.x.3,
   * counted by the sending city as its scope 3). It counts in the territorial total only.
   */
  TERRITORIAL_ONLY,
  /** Sector VI, other scope 3: reported beside the levels, never in BASIC or BASIC+. */
  OTHER_SCOPE_3;

  /** True when a line of this counting is part of the level's total. */
  public boolean countsIn(GpcLevel level) {
    return switch (this) {
      case BASIC -> true;
      case BASIC_PLUS -> level == GpcLevel.BASIC_PLUS;
      case TERRITORIAL_ONLY, OTHER_SCOPE_3 -> false;
    };
  }
}
