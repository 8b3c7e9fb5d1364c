package org.scopeplus.core.uncertainty;

/**
 * The 95% interval of one total.
 *
 * @param cell the total's name ({@link Cell#name})
 * @param centralGrams the inventory's value, grams CO2e (the exact sum of its lines)
 * @param meanGrams the mean of the distribution: the central value for Approach 1, the mean of the
 *     iterations for Approach 2
 * @param lowerGrams the lower bound (Approach 1: central x (1 - U); Approach 2: 2.5th percentile)
 * @param upperGrams the upper bound (Approach 1: central x (1 + U); Approach 2: 97.5th percentile)
 */
public record Interval(
    String cell, long centralGrams, double meanGrams, double lowerGrams, double upperGrams) {

  /** How far the lower bound lies below the central value, per cent of the central value. */
  public double minusPercent() {
    return centralGrams == 0 ? 0 : (centralGrams - lowerGrams) / Math.abs(centralGrams) * 100.0;
  }

  /** How far the upper bound lies above the central value, per cent of the central value. */
  public double plusPercent() {
    return centralGrams == 0 ? 0 : (upperGrams - centralGrams) / Math.abs(centralGrams) * 100.0;
  }
}
