package org.scopeplus.energy.load;

/**
 * Weighted linear least squares by Householder QR (Golub and Van Loan, <i>Matrix Computations</i>,
 * 4th ed., algorithm 5.2.1): minimises Σ wᵢ (yᵢ - xᵢ·β)². A column that is a linear combination of
 * the columns before it (within a relative tolerance) is dropped and its coefficient set to 0, so
 * the fitted values are the unique least-squares ones, as a pseudo-inverse would give.
 */
public final class LeastSquares {

  private LeastSquares() {}

  /**
   * A fit: coefficients, which columns were kept, weighted residual sum of squares, the number of
   * rows with positive weight, and the diagonal of (XᵀWX)⁻¹ for the kept columns (NaN elsewhere).
   */
  public record Fit(
      double[] coefficients,
      boolean[] kept,
      int rank,
      double residualSumOfSquares,
      int rows,
      double[] inverseDiagonal) {

    /** Standard error of coefficient j: √(σ̂² [(XᵀWX)⁻¹]ⱼⱼ) with σ̂² = RSS / (n - rank). */
    public double standardError(int j) {
      if (!kept[j] || rows <= rank) {
        return Double.NaN;
      }
      return Math.sqrt(residualSumOfSquares / (rows - rank) * inverseDiagonal[j]);
    }

    public double predict(double[] x) {
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += coefficients[j] * x[j];
      }
      return s;
    }
  }

  /**
   * Fits y on the columns of x (x[i] is row i; include a column of ones for an intercept).
   *
   * @param w weights, null for all 1; rows with weight 0 are left out
   */
  public static Fit fit(double[][] x, double[] y, double[] w) {
    int n = y.length;
    int p = n == 0 ? 0 : x[0].length;
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (w == null || w[i] > 0) {
        m++;
      }
    }
    // column-major copy of √w·X and √w·y over the rows that count
    double[][] a = new double[p][m];
    double[] b = new double[m];
    int r = 0;
    for (int i = 0; i < n; i++) {
      double wi = w == null ? 1 : w[i];
      if (wi <= 0) {
        continue;
      }
      double s = Math.sqrt(wi);
      for (int j = 0; j < p; j++) {
        a[j][r] = s * x[i][j];
      }
      b[r] = s * y[i];
      r++;
    }
    return solve(a, b, m, p);
  }

  /** Solves the column-major system a (m rows, p columns) against b; a and b are overwritten. */
  static Fit solve(double[][] a, double[] b, int m, int p) {
    boolean[] kept = new boolean[p];
    int[] order = new int[p];
    double[] diag = new double[p];
    int rank = 0;
    double maxNorm = 0;
    for (int j = 0; j < p; j++) {
      maxNorm = Math.max(maxNorm, norm(a[j], 0, m));
    }
    double tol = 1e-10 * Math.max(maxNorm, Double.MIN_NORMAL);
    for (int j = 0; j < p && rank < m; j++) {
      // apply the reflections found so far to column j happened already; reduce it now
      double[] col = a[j];
      double alpha = norm(col, rank, m);
      if (alpha <= tol) {
        continue; // dependent on the kept columns
      }
      if (col[rank] > 0) {
        alpha = -alpha;
      }
      // v = col[rank..] - alpha e1, stored in col[rank..]; R[rank][rank] = alpha
      col[rank] -= alpha;
      double vv = 0;
      for (int i = rank; i < m; i++) {
        vv += col[i] * col[i];
      }
      for (int k = j + 1; k < p; k++) {
        reflect(col, vv, a[k], rank, m);
      }
      reflect(col, vv, b, rank, m);
      diag[rank] = alpha;
      order[rank] = j;
      kept[j] = true;
      rank++;
    }
    // back substitution on R β = Qᵀb (first rank rows); R[i][k] sits in a[order[k]][i] for i < k
    double[] beta = new double[p];
    double[] sol = new double[rank];
    for (int i = rank - 1; i >= 0; i--) {
      double s = b[i];
      for (int k = i + 1; k < rank; k++) {
        s -= a[order[k]][i] * sol[k];
      }
      sol[i] = s / diag[i];
    }
    for (int k = 0; k < rank; k++) {
      beta[order[k]] = sol[k];
    }
    double rss = 0;
    for (int i = rank; i < m; i++) {
      rss += b[i] * b[i];
    }
    // (XᵀWX)⁻¹ = R⁻¹R⁻ᵀ; its diagonal from the rows of R⁻¹
    double[][] rinv = new double[rank][rank];
    for (int c = 0; c < rank; c++) {
      for (int i = c; i >= 0; i--) {
        double s = i == c ? 1 : 0;
        for (int k = i + 1; k <= c; k++) {
          s -= a[order[k]][i] * rinv[k][c];
        }
        rinv[i][c] = s / diag[i];
      }
    }
    double[] inv = new double[p];
    java.util.Arrays.fill(inv, Double.NaN);
    for (int i = 0; i < rank; i++) {
      double s = 0;
      for (int c = i; c < rank; c++) {
        s += rinv[i][c] * rinv[i][c];
      }
      inv[order[i]] = s;
    }
    return new Fit(beta, kept, rank, rss, m, inv);
  }

  private static void reflect(double[] v, double vv, double[] c, int from, int to) {
    double dot = 0;
    for (int i = from; i < to; i++) {
      dot += v[i] * c[i];
    }
    double f = 2 * dot / vv;
    for (int i = from; i < to; i++) {
      c[i] -= f * v[i];
    }
  }

  private static double norm(double[] c, int from, int to) {
    double scale = 0;
    for (int i = from; i < to; i++) {
      scale = Math.max(scale, Math.abs(c[i]));
    }
    if (scale == 0) {
      return 0;
    }
    double s = 0;
    for (int i = from; i < to; i++) {
      double t = c[i] / scale;
      s += t * t;
    }
    return scale * Math.sqrt(s);
  }
}
