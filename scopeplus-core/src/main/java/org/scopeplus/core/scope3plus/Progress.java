package org.scopeplus.core.scope3plus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cumulative progress against the target of 1.5 Gt CO2e avoided over 2021-2035 and its straight
 * yearly pathway (100 Mt a year). Only the Scope 3+ ledger counts here, net of credits sold.
 *
 * @param targetGrams the target in grams
 * @param cumulativeGrams net grams avoided in 2021-2035 so far
 * @param years one line per year 2021-2035
 */
public record Progress(long targetGrams, long cumulativeGrams, List<Year> years) {

  /** The target: 1.5 Gt in grams. */
  public static final long TARGET_GRAMS = 1_500_000_000_000_000L;

  /** First year of the target period. */
  public static final int FIRST_YEAR = 2021;

  /** Last year of the target period. */
  public static final int LAST_YEAR = 2035;

  /**
   * One year of the pathway.
   *
   * @param year the year
   * @param grams net grams avoided in the year
   * @param cumulativeGrams net grams avoided from 2021 to the end of the year
   * @param pathwayGrams where the straight pathway is at the end of the year
   */
  public record Year(int year, long grams, long cumulativeGrams, long pathwayGrams) {}

  /** Progress from net grams per year. */
  public static Progress of(Map<Integer, Long> netByYear) {
    List<Year> years = new ArrayList<>();
    long cumulative = 0;
    long perYear = TARGET_GRAMS / (LAST_YEAR - FIRST_YEAR + 1);
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      long g = netByYear.getOrDefault(y, 0L);
      cumulative = Math.addExact(cumulative, g);
      years.add(new Year(y, g, cumulative, perYear * (y - FIRST_YEAR + 1)));
    }
    return new Progress(TARGET_GRAMS, cumulative, List.copyOf(years));
  }

  /** Share of the target reached, for presentation only. */
  public double fraction() {
    return (double) cumulativeGrams / targetGrams;
  }
}
