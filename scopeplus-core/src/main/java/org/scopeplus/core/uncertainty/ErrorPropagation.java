package org.scopeplus.core.uncertainty;

import java.util.ArrayList;
import java.util.List;

/**
 * IPCC Approach 1, error propagation (2006 IPCC Guidelines Vol. 1 Ch. 3, Sec. 3.2.3.1).
 *
 * <p>Equation 3.1 combines the uncertainties of a product: {@code U = sqrt(U1^2 + ... + Un^2)}.
 * Equation 3.2 combines those of a sum: {@code U = sqrt((U1 x1)^2 + ... + (Un xn)^2) / |x1 + ... +
 * xn|}. Both assume uncorrelated terms; inputs that several lines share (one record's amount, one
 * factor) are fully correlated, so they are summed first and their uncertainty applied once to the
 * sum, as Sec. 3.2.3.1 advises (aggregate to the level at which the correlation disappears). The
 * approach holds for standard deviations below about 30% of the mean; beyond that, use Approach 2.
 */
public final class ErrorPropagation {

  private ErrorPropagation() {}

  /** Equation 3.1: the relative uncertainty of a product of uncorrelated quantities. */
  public static double product(double... relative95) {
    double sum = 0;
    for (double u : relative95) {
      sum += u * u;
    }
    return Math.sqrt(sum);
  }

  /**
   * Equation 3.2: the relative uncertainty of a sum of uncorrelated quantities {@code x} with
   * relative uncertainties {@code u}; 0 when the sum is 0.
   */
  public static double sum(double[] relative95, double[] x) {
    if (relative95.length != x.length) {
      throw new IllegalArgumentException("one uncertainty per quantity");
    }
    double squares = 0;
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double absolute = relative95[i] * x[i];
      squares += absolute * absolute;
      total += x[i];
    }
    return total == 0 ? 0 : Math.sqrt(squares) / Math.abs(total);
  }

  /**
   * The 95% interval of every total that has a line: the activity uncertainty of each record
   * applies to the record's grams in the total, the factor uncertainty of each factor to the grams
   * of the lines sharing it, and the absolute uncertainties add in quadrature (Equation 3.2).
   */
  public static List<Interval> intervals(List<UncertainLine> lines) {
    return intervals(new SharedInputs(lines));
  }

  static List<Interval> intervals(SharedInputs in) {
    double[] squares = new double[Cell.COUNT];
    double[] sum = new double[Cell.COUNT];
    // each record's amount: its grams in each cell, times its uncertainty, squared
    for (int r = 0; r < in.records.size(); r++) {
      java.util.Arrays.fill(sum, 0);
      for (int k = in.recordStart[r]; k < in.recordStart[r + 1]; k++) {
        for (int c : in.patternCells[in.byRecordPattern[k]]) {
          sum[c] += in.byRecordGrams[k];
        }
      }
      addSquares(squares, sum, in.records.get(r).relative95());
    }
    // each factor: the grams of the lines sharing it in each cell, times its uncertainty, squared
    for (int g = 0; g < in.factors.size(); g++) {
      java.util.Arrays.fill(sum, 0);
      for (int j = in.factorStart[g]; j < in.factorStart[g + 1]; j++) {
        int k = in.factorLines[j];
        for (int c : in.patternCells[in.byRecordPattern[k]]) {
          sum[c] += in.byRecordGrams[k];
        }
      }
      addSquares(squares, sum, in.factors.get(g).relative95());
    }
    List<Interval> out = new ArrayList<>();
    for (int c = 0; c < Cell.COUNT; c++) {
      if (!in.present[c]) {
        continue;
      }
      long central = in.central[c];
      double u = central == 0 ? 0 : Math.sqrt(squares[c]) / Math.abs(central);
      double x = central;
      out.add(new Interval(Cell.name(c), central, x, x - u * Math.abs(x), x + u * Math.abs(x)));
    }
    return out;
  }

  private static void addSquares(double[] squares, double[] grams, double u) {
    for (int c = 0; c < squares.length; c++) {
      double absolute = grams[c] * u;
      squares[c] += absolute * absolute;
    }
  }
}
