package org.scopeplus.energy.load;

import java.util.Locale;

/**
 * CalTRACK daily degree-day model (CalTRACK Methods 2.0, daily methods, http://docs.caltrack.org;
 * as implemented in LF Energy OpenEEmeter 2.x {@code caltrack_usage_per_day}): daily kWh = μ +
 * β_H·HDD(T_H) + β_C·CDD(T_C) with the daily mean temperature T̄ in °F, HDD = max(T_H - T̄, 0), CDD
 * = max(T̄ - T_C, 0).
 *
 * <p>Candidates: intercept only; CDD only and HDD only for every balance point 30-90 °F in steps of
 * 1 °F; HDD + CDD for every pair with T_H ≤ T_C. A candidate qualifies when each degree-day
 * variable has at least 10 days with non-zero degree days and at least 20 degree days in total, its
 * slope is positive and its p-value below 0.1. The qualifying candidate with the highest adjusted
 * R² is chosen. Fitted by ordinary least squares on complete days.
 */
public final class DailyModel implements LoadModel {

  static final int MIN_BALANCE_F = 30;
  static final int MAX_BALANCE_F = 90;
  static final int MIN_NON_ZERO_DAYS = 10;
  static final double MIN_TOTAL_DEGREE_DAYS = 20;
  static final double MAX_P = 0.1;

  /** Which candidate won. */
  public enum Kind {
    INTERCEPT_ONLY,
    CDD_ONLY,
    HDD_ONLY,
    HDD_CDD
  }

  private final Kind kind;
  private final double intercept;
  private final double heatingSlope;
  private final double coolingSlope;
  private final double heatingBalanceF;
  private final double coolingBalanceF;
  private final double adjustedRSquared;
  private final int days;
  private final Predictions fitted;

  private DailyModel(
      Kind kind,
      double intercept,
      double heatingSlope,
      double coolingSlope,
      double heatingBalanceF,
      double coolingBalanceF,
      double adjustedRSquared,
      DailyDays train) {
    this.kind = kind;
    this.intercept = intercept;
    this.heatingSlope = heatingSlope;
    this.coolingSlope = coolingSlope;
    this.heatingBalanceF = heatingBalanceF;
    this.coolingBalanceF = coolingBalanceF;
    this.adjustedRSquared = adjustedRSquared;
    this.days = train.size();
    this.fitted = predict(train);
  }

  /** Fits on the complete days of the data; refuses fewer than 10 complete days. */
  public static DailyModel fit(LoadData data) {
    DailyDays all = DailyDays.of(data);
    int n = 0;
    for (double v : all.kwh) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    if (n < 10) {
      throw new IllegalArgumentException(
          "the training period has " + n + " complete metered days; at least 10 are needed");
    }
    long[] start = new long[n];
    double[] t = new double[n];
    double[] y = new double[n];
    int k = 0;
    for (int i = 0; i < all.size(); i++) {
      if (!Double.isNaN(all.kwh[i])) {
        start[k] = all.start[i];
        t[k] = all.temperatureF[i];
        y[k] = all.kwh[i];
        k++;
      }
    }
    DailyDays train = new DailyDays(start, t, y);
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= n;
    double tss = 0;
    for (double v : y) {
      tss += (v - mean) * (v - mean);
    }
    // intercept only: R² = 0, adjusted R² = 0
    Candidate best = new Candidate(Kind.INTERCEPT_ONLY, mean, 0, 0, Double.NaN, Double.NaN, 0);
    double[][] cdd = new double[MAX_BALANCE_F - MIN_BALANCE_F + 1][];
    double[][] hdd = new double[MAX_BALANCE_F - MIN_BALANCE_F + 1][];
    boolean[] cddOk = new boolean[cdd.length];
    boolean[] hddOk = new boolean[hdd.length];
    for (int b = 0; b < cdd.length; b++) {
      double bp = MIN_BALANCE_F + b;
      cdd[b] = new double[n];
      hdd[b] = new double[n];
      for (int i = 0; i < n; i++) {
        cdd[b][i] = Math.max(t[i] - bp, 0);
        hdd[b][i] = Math.max(bp - t[i], 0);
      }
      cddOk[b] = sufficient(cdd[b]);
      hddOk[b] = sufficient(hdd[b]);
    }
    for (int b = 0; b < cdd.length; b++) {
      double bp = MIN_BALANCE_F + b;
      if (cddOk[b]) {
        best = better(best, candidate(Kind.CDD_ONLY, y, tss, null, cdd[b], Double.NaN, bp));
      }
      if (hddOk[b]) {
        best = better(best, candidate(Kind.HDD_ONLY, y, tss, hdd[b], null, bp, Double.NaN));
      }
    }
    for (int h = 0; h < hdd.length; h++) {
      if (!hddOk[h]) {
        continue;
      }
      for (int c = h; c < cdd.length; c++) {
        if (cddOk[c]) {
          best =
              better(
                  best,
                  candidate(
                      Kind.HDD_CDD, y, tss, hdd[h], cdd[c], MIN_BALANCE_F + h, MIN_BALANCE_F + c));
        }
      }
    }
    return new DailyModel(
        best.kind,
        best.intercept,
        best.heatingSlope,
        best.coolingSlope,
        best.heatingBalanceF,
        best.coolingBalanceF,
        best.adjustedRSquared,
        train);
  }

  private record Candidate(
      Kind kind,
      double intercept,
      double heatingSlope,
      double coolingSlope,
      double heatingBalanceF,
      double coolingBalanceF,
      double adjustedRSquared) {}

  private static Candidate better(Candidate a, Candidate b) {
    return b != null && b.adjustedRSquared > a.adjustedRSquared ? b : a;
  }

  private static boolean sufficient(double[] degreeDays) {
    int nonZero = 0;
    double total = 0;
    for (double v : degreeDays) {
      if (v > 0) {
        nonZero++;
        total += v;
      }
    }
    return nonZero >= MIN_NON_ZERO_DAYS && total >= MIN_TOTAL_DEGREE_DAYS;
  }

  /** Fits one candidate; null when it does not qualify (slopes positive, p below 0.1). */
  private static Candidate candidate(
      Kind kind, double[] y, double tss, double[] hdd, double[] cdd, double hbp, double cbp) {
    int n = y.length;
    int p = 1 + (hdd != null ? 1 : 0) + (cdd != null ? 1 : 0);
    double[][] x = new double[n][p];
    for (int i = 0; i < n; i++) {
      x[i][0] = 1;
      int j = 1;
      if (hdd != null) {
        x[i][j++] = hdd[i];
      }
      if (cdd != null) {
        x[i][j] = cdd[i];
      }
    }
    LeastSquares.Fit f = LeastSquares.fit(x, y, null);
    if (f.rank() < p || n <= p) {
      return null;
    }
    for (int j = 1; j < p; j++) {
      double beta = f.coefficients()[j];
      double pValue = StudentT.twoSidedP(beta / f.standardError(j), n - p);
      if (!(beta > 0) || !(pValue < MAX_P)) {
        return null;
      }
    }
    double r2 = tss > 0 ? 1 - f.residualSumOfSquares() / tss : 0;
    double adj = 1 - (1 - r2) * (n - 1) / (n - p);
    double[] c = f.coefficients();
    return new Candidate(
        kind,
        c[0],
        hdd != null ? c[1] : 0,
        cdd != null ? c[p - 1] : 0,
        hdd != null ? hbp : Double.NaN,
        cdd != null ? cbp : Double.NaN,
        adj);
  }

  /** Predicted kWh for a day of mean temperature tF (°F). */
  public double predictDay(double tF) {
    double v = intercept;
    if (heatingSlope != 0) {
      v += heatingSlope * Math.max(heatingBalanceF - tF, 0);
    }
    if (coolingSlope != 0) {
      v += coolingSlope * Math.max(tF - coolingBalanceF, 0);
    }
    return v;
  }

  private Predictions predict(DailyDays d) {
    double[] p = new double[d.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = predictDay(d.temperatureF[i]);
    }
    return new Predictions(d.start.clone(), p, d.kwh.clone(), Predictions.Granularity.DAY);
  }

  @Override
  public Predictions predict(LoadData data) {
    return predict(DailyDays.of(data));
  }

  @Override
  public Predictions fitted() {
    return fitted;
  }

  @Override
  public String name() {
    return "daily";
  }

  @Override
  public int parameters() {
    return switch (kind) {
      case INTERCEPT_ONLY -> 1;
      case CDD_ONLY, HDD_ONLY -> 2;
      case HDD_CDD -> 3;
    };
  }

  public Kind kind() {
    return kind;
  }

  public double intercept() {
    return intercept;
  }

  public double heatingSlope() {
    return heatingSlope;
  }

  public double coolingSlope() {
    return coolingSlope;
  }

  public double heatingBalanceF() {
    return heatingBalanceF;
  }

  public double coolingBalanceF() {
    return coolingBalanceF;
  }

  public double adjustedRSquared() {
    return adjustedRSquared;
  }

  @Override
  public String description() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "CalTRACK daily, %s on %d days: %.4f kWh/day",
                kind.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                days,
                intercept));
    if (heatingSlope != 0) {
      s.append(
          String.format(
              Locale.ROOT,
              " + %.5f kWh/HDD (balance %.0f °F = %.1f °C)",
              heatingSlope,
              heatingBalanceF,
              Temperatures.celsius(heatingBalanceF)));
    }
    if (coolingSlope != 0) {
      s.append(
          String.format(
              Locale.ROOT,
              " + %.5f kWh/CDD (balance %.0f °F = %.1f °C)",
              coolingSlope,
              coolingBalanceF,
              Temperatures.celsius(coolingBalanceF)));
    }
    s.append(String.format(Locale.ROOT, ", adjusted R² %.4f", adjustedRSquared));
    return s.toString();
  }
}
