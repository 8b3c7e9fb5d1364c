package org.scopeplus.core.targets;

import java.util.Map;
import java.util.SortedMap;

/**
 * A projection to the target year from the trend: the ordinary least-squares line through the
 * actual values (year, value), evaluated in the target year.
 *
 * @param firstYear first actual year used
 * @param lastYear last actual year used
 * @param points how many actual years
 * @param slope change per year
 * @param year the year projected to
 * @param value the line's value there (for a cumulative target: the actual sum so far plus the
 *     line's values for the years still to come, none below zero)
 * @param method the method in a sentence, in English
 * @param methodWording the method as a message key with its arguments ({@code
 *     targets.projection.*}), for a reader's language; null where a verdict of its own says it (a
 *     city target's)
 */
public record Projection(
    int firstYear,
    int lastYear,
    int points,
    double slope,
    int year,
    double value,
    String method,
    org.scopeplus.core.text.Sentence methodWording) {

  /** A projection whose method is said in English only (a city target's, see its verdict). */
  public Projection(
      int firstYear,
      int lastYear,
      int points,
      double slope,
      int year,
      double value,
      String method) {
    this(firstYear, lastYear, points, slope, year, value, method, null);
  }

  /**
   * The ordinary least-squares line through {@code actuals} as {@code {slope, intercept}}; empty
   * when there are fewer than two actual years. Company and city targets project with it.
   */
  public static java.util.Optional<double[]> line(SortedMap<Integer, Double> actuals) {
    int n = actuals.size();
    if (n < 2) {
      return java.util.Optional.empty();
    }
    double mx = 0;
    double my = 0;
    for (Map.Entry<Integer, Double> e : actuals.entrySet()) {
      mx += e.getKey();
      my += e.getValue();
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (Map.Entry<Integer, Double> e : actuals.entrySet()) {
      double dx = e.getKey() - mx;
      sxy += dx * (e.getValue() - my);
      sxx += dx * dx;
    }
    double slope = sxy / sxx;
    return java.util.Optional.of(new double[] {slope, my - slope * mx});
  }
}
