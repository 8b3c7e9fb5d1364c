package org.scopeplus.core.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * IPCC Approach 2, Monte Carlo simulation (2006 IPCC Guidelines Vol. 1 Ch. 3, Sec. 3.2.3.2): each
 * iteration draws every record's activity multiplier and every factor's multiplier once, from
 * distributions with mean 1 and the stated 95% uncertainty, multiplies each line's grams by its two
 * multipliers and adds the lines into the totals; the 2.5th and 97.5th percentiles of the totals
 * over all iterations bound the 95% interval.
 *
 * <p>Reproducible: the iterations are cut into fixed blocks, and each block's generator is split in
 * order from one {@link SplittableRandom} seeded with the seed, so a seed gives the same numbers on
 * any number of threads. Lines are taken in the order given.
 */
public final class MonteCarlo {

  /** The most iterations one simulation may run. */
  public static final int MAX_ITERATIONS = 1_000_000;

  /** The fewest iterations for which the 2.5th and 97.5th percentiles mean anything. */
  public static final int MIN_ITERATIONS = 100;

  private static final int BLOCK = 128;

  private MonteCarlo() {}

  /**
   * The 95% interval of every total that has a line, from {@code iterations} draws seeded with
   * {@code seed}.
   *
   * @throws IllegalArgumentException when iterations are outside {@link #MIN_ITERATIONS} to {@link
   *     #MAX_ITERATIONS}
   */
  public static List<Interval> intervals(List<UncertainLine> lines, long seed, int iterations) {
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "iterations must be " + MIN_ITERATIONS + " to " + MAX_ITERATIONS + ", not " + iterations);
    }
    SharedInputs in = new SharedInputs(lines);
    Draws records = new Draws(in.records);
    Draws factors = new Draws(in.factors);
    double[][] totals = new double[Cell.COUNT][iterations];
    int blocks = (iterations + BLOCK - 1) / BLOCK;
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] generators = new SplittableRandom[blocks];
    for (int b = 0; b < blocks; b++) {
      generators[b] = root.split();
    }
    int recordCount = in.records.size();
    IntStream.range(0, blocks)
        .parallel()
        .forEach(
            b -> {
              SplittableRandom random = generators[b];
              double[] f = new double[factors.size()];
              double[] byPattern = new double[SharedInputs.PATTERNS];
              int end = Math.min(iterations, (b + 1) * BLOCK);
              for (int it = b * BLOCK; it < end; it++) {
                factors.draw(random, f);
                Arrays.fill(byPattern, 0);
                for (int r = 0; r < recordCount; r++) {
                  double a = records.one(random, r);
                  for (int k = in.recordStart[r]; k < in.recordStart[r + 1]; k++) {
                    byPattern[in.byRecordPattern[k]] +=
                        in.byRecordGrams[k] * a * f[in.byRecordFactor[k]];
                  }
                }
                for (int p = 0; p < SharedInputs.PATTERNS; p++) {
                  if (in.patternCells[p] != null) {
                    for (int c : in.patternCells[p]) {
                      totals[c][it] += byPattern[p];
                    }
                  }
                }
              }
            });
    List<Interval> out = new ArrayList<>();
    for (int c = 0; c < Cell.COUNT; c++) {
      if (!in.present[c]) {
        continue;
      }
      double[] x = totals[c];
      double mean = 0;
      for (double v : x) {
        mean += v;
      }
      mean /= iterations;
      Arrays.sort(x);
      out.add(
          new Interval(
              Cell.name(c), in.central[c], mean, percentile(x, 0.025), percentile(x, 0.975)));
    }
    return out;
  }

  /** The p-quantile of sorted values, interpolated linearly between order statistics. */
  static double percentile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** The draw parameters of a list of shared inputs: kind, and the two parameters of each. */
  private static final class Draws {
    private static final byte FIXED = 0;
    private static final byte NORMAL = 1;
    private static final byte LOGNORMAL = 2;

    private final byte[] kind;
    private final double[] p1;
    private final double[] p2;

    Draws(List<Uncertainty> inputs) {
      int n = inputs.size();
      kind = new byte[n];
      p1 = new double[n];
      p2 = new double[n];
      for (int i = 0; i < n; i++) {
        Uncertainty u = inputs.get(i);
        double sd = u.relativeStandardDeviation();
        if (sd == 0) {
          kind[i] = FIXED;
        } else if (u.distribution() == Distribution.NORMAL) {
          kind[i] = NORMAL;
          p1[i] = sd;
        } else {
          double s = Math.sqrt(Math.log1p(sd * sd));
          kind[i] = LOGNORMAL;
          p1[i] = -s * s / 2;
          p2[i] = s;
        }
      }
    }

    int size() {
      return kind.length;
    }

    void draw(SplittableRandom random, double[] into) {
      for (int i = 0; i < kind.length; i++) {
        into[i] = one(random, i);
      }
    }

    double one(SplittableRandom random, int i) {
      return switch (kind[i]) {
        case NORMAL -> 1 + p1[i] * random.nextGaussian();
        case LOGNORMAL -> Math.exp(p1[i] + p2[i] * random.nextGaussian());
        default -> 1;
      };
    }
  }
}
