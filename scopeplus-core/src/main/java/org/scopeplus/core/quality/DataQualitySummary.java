package org.scopeplus.core.quality;

/**
 * The emission-weighted mean of each data-quality indicator over the lines of a part of the
 * inventory (a scope, or all of it): each line weighs by its grams CO2e without sign, so the score
 * says how good the data behind the tonnes is.
 *
 * @param part {@code total}, {@code scope-1}, {@code scope-2} or {@code scope-3}
 * @param lines the number of lines
 * @param weightGrams the grams CO2e without sign of those lines
 * @param means the weighted mean of each indicator, in the order of {@link
 *     DataQualityIndicators#names()}
 */
public record DataQualitySummary(String part, long lines, long weightGrams, double[] means) {

  /** Adds lines' scores up, per part; not thread-safe. */
  public static final class Accumulating {
    private final long[] lines = new long[4];
    private final long[] weights = new long[4];
    private final double[][] sums = new double[4][5];

    /** Adds one scored line of {@code scope} (1 to 3) weighing {@code co2eGrams}. */
    public void add(int scope, long co2eGrams, DataQualityIndicators q) {
      long w = Math.absExact(co2eGrams);
      int[] scores = q.scores();
      for (int part : new int[] {0, scope}) {
        lines[part]++;
        weights[part] = Math.addExact(weights[part], w);
        for (int i = 0; i < 5; i++) {
          sums[part][i] += (double) w * scores[i];
        }
      }
    }

    /** The parts that have lines: total first, then the scopes. */
    public java.util.List<DataQualitySummary> summaries() {
      java.util.List<DataQualitySummary> out = new java.util.ArrayList<>();
      for (int part = 0; part < 4; part++) {
        if (lines[part] == 0) {
          continue;
        }
        double[] means = new double[5];
        for (int i = 0; i < 5; i++) {
          means[i] = weights[part] == 0 ? 0 : sums[part][i] / weights[part];
        }
        out.add(
            new DataQualitySummary(
                part == 0 ? "total" : "scope-" + part, lines[part], weights[part], means));
      }
      return out;
    }
  }
}
