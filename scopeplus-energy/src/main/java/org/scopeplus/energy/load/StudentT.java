package org.scopeplus.energy.load;

/**
 * Student's t distribution through the regularised incomplete beta function: P(|T| > t) =
 * I_{ν/(ν+t²)}(ν/2, 1/2) (Abramowitz and Stegun, <i>Handbook of Mathematical Functions</i>, 26.7.1
 * and 26.5.27), the incomplete beta by its continued fraction (A&amp;S 26.5.8, evaluated by the
 * modified Lentz method) and the log-gamma by the Lanczos approximation (g = 7, n = 9).
 */
public final class StudentT {

  private StudentT() {}

  /** Two-sided p-value of a t statistic with ν degrees of freedom. */
  public static double twoSidedP(double t, double nu) {
    if (Double.isNaN(t) || nu <= 0) {
      return Double.NaN;
    }
    if (Double.isInfinite(t)) {
      return 0;
    }
    return incompleteBeta(nu / (nu + t * t), nu / 2, 0.5);
  }

  /** The t value with P(|T| ≤ t) = confidence (two-sided), e.g. 0.90 gives t₀.₉₅,ν. */
  public static double quantileTwoSided(double confidence, double nu) {
    if (!(confidence > 0 && confidence < 1) || nu <= 0) {
      throw new IllegalArgumentException("confidence in (0, 1) and ν > 0 required");
    }
    double target = 1 - confidence;
    double lo = 0;
    double hi = 1;
    while (twoSidedP(hi, nu) > target) {
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
      double mid = (lo + hi) / 2;
      if (twoSidedP(mid, nu) > target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** Regularised incomplete beta I_x(a, b). */
  static double incompleteBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(x, a, b) / a;
    }
    return 1 - front * continuedFraction(1 - x, b, a) / b;
  }

  private static double continuedFraction(double x, double a, double b) {
    final double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 1000; m++) {
      int m2 = 2 * m;
      double num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + num * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + num / c;
      c = Math.abs(c) < tiny ? tiny : c;
      h *= d * c;
      num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + num * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + num / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }

  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61503916999185,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    x -= 1;
    double s = LANCZOS[0];
    for (int i = 1; i < 9; i++) {
      s += LANCZOS[i] / (x + i);
    }
    double t = x + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
  }
}
