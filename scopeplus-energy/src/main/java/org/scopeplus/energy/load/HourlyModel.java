package org.scopeplus.energy.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * CalTRACK hourly model (CalTRACK Methods 2.0, hourly methods, http://docs.caltrack.org;
 * OpenEEmeter 2.x {@code caltrack_hourly}): a time-of-week-and-temperature regression (Mathieu,
 * Price, Kiliccote and Piette 2011, IEEE Trans. Smart Grid 2(3) 507-518) per month.
 *
 * <ul>
 *   <li><b>Segments</b>: one model per calendar month, fitted by weighted least squares on that
 *       month (weight 1) and the months before and after (weight 0.5). When the training period
 *       does not hold every month, one model is fitted on all of it with weight 1.
 *   <li><b>Occupancy</b>: a weighted regression kWh ~ 1 + CDD(65 °F) + HDD(50 °F) on the hourly
 *       temperature; an hour of the week is <i>occupied</i> when more than 65 % of its residuals
 *       are positive.
 *   <li><b>Temperature bins</b>: endpoints 30, 45, 55, 65, 75, 90 °F, fitted separately for
 *       occupied and unoccupied hours: a bin with fewer than 20 hours loses an endpoint, outer bins
 *       first, until every bin has 20. Features are the piecewise-linear parts of the temperature
 *       in each bin (the first is min(T, e₁), the last max(T - e_K, 0)).
 *   <li><b>Regression</b>: kWh ~ one coefficient per hour of week + the bin features times occupied
 *       + the bin features times unoccupied. The 168 hour-of-week coefficients are eliminated
 *       exactly (Frisch-Waugh-Lovell: the other columns and kWh are centred within each hour of the
 *       week, weighted) so only the temperature columns go through the QR solve.
 * </ul>
 */
public final class HourlyModel implements LoadModel {

  static final double[] DEFAULT_BINS_F = {30, 45, 55, 65, 75, 90};
  static final int MIN_BIN_HOURS = 20;
  static final double OCCUPANCY_THRESHOLD = 0.65;

  /** One segment's fitted model. */
  record Segment(
      double[] hourOfWeek,
      boolean[] occupied,
      double[] occupiedBins,
      double[] unoccupiedBins,
      double[] occupiedSlopes,
      double[] unoccupiedSlopes) {

    double predict(int how, double tF) {
      double v = hourOfWeek[how];
      if (occupied[how]) {
        v += dot(occupiedSlopes, occupiedBins, tF);
      } else {
        v += dot(unoccupiedSlopes, unoccupiedBins, tF);
      }
      return v;
    }

    private static double dot(double[] slopes, double[] bins, double tF) {
      double s = 0;
      for (int k = 0; k < slopes.length; k++) {
        s += slopes[k] * binFeature(bins, k, tF);
      }
      return s;
    }
  }

  /** segments[m - 1] for month m, or one segment for every month. */
  private final Segment[] segments;

  private final boolean monthly;
  private final int parameters;
  private final Predictions fitted;

  private HourlyModel(Segment[] segments, boolean monthly, int parameters, LoadData train) {
    this.segments = segments;
    this.monthly = monthly;
    this.parameters = parameters;
    this.fitted = predict(train);
  }

  /** Fits on the metered hours of the data; refuses fewer than 168 metered hours. */
  public static HourlyModel fit(LoadData data) {
    int n = data.size();
    int metered = data.metered();
    if (metered < 168) {
      throw new IllegalArgumentException(
          "the training period has " + metered + " metered hours; at least a week (168) is needed");
    }
    boolean[] months = new boolean[13];
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(data.kwh[i])) {
        months[data.month[i]] = true;
      }
    }
    boolean monthly = true;
    for (int m = 1; m <= 12; m++) {
      monthly &= months[m];
    }
    double[] tF = new double[n];
    for (int i = 0; i < n; i++) {
      tF[i] = Temperatures.fahrenheit(data.temperatureC[i]);
    }
    Segment[] segments = new Segment[monthly ? 12 : 1];
    int parameters = 0;
    double[] w = new double[n];
    for (int s = 0; s < segments.length; s++) {
      for (int i = 0; i < n; i++) {
        w[i] = Double.isNaN(data.kwh[i]) ? 0 : monthly ? weight(s + 1, data.month[i]) : 1;
      }
      segments[s] = fitSegment(data, tF, w);
      parameters = Math.max(parameters, parametersOf(segments[s]));
    }
    return new HourlyModel(segments, monthly, parameters, data);
  }

  /**
   * CalTRACK's three-month weighting: the month itself 1, its neighbours 0.5 (December-January
   * wrap).
   */
  static double weight(int model, int month) {
    if (model == month) {
      return 1;
    }
    int d = Math.floorMod(month - model, 12);
    return d == 1 || d == 11 ? 0.5 : 0;
  }

  private static int parametersOf(Segment s) {
    int p = 0;
    for (double v : s.hourOfWeek) {
      if (!Double.isNaN(v)) {
        p++;
      }
    }
    return p + s.occupiedSlopes.length + s.unoccupiedSlopes.length;
  }

  private static Segment fitSegment(LoadData d, double[] tF, double[] w) {
    int n = d.size();
    // occupancy: kWh ~ 1 + CDD65 + HDD50, weighted
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (w[i] > 0) {
        m++;
      }
    }
    int[] rows = new int[m];
    double[][] x = new double[m][3];
    double[] y = new double[m];
    double[] ww = new double[m];
    int r = 0;
    for (int i = 0; i < n; i++) {
      if (w[i] > 0) {
        rows[r] = i;
        x[r][0] = 1;
        x[r][1] = Math.max(tF[i] - 65, 0);
        x[r][2] = Math.max(50 - tF[i], 0);
        y[r] = d.kwh[i];
        ww[r] = w[i];
        r++;
      }
    }
    LeastSquares.Fit occ = LeastSquares.fit(x, y, ww);
    int[] positive = new int[168];
    int[] count = new int[168];
    for (int k = 0; k < m; k++) {
      int how = d.hourOfWeek[rows[k]];
      count[how]++;
      if (y[k] - occ.predict(x[k]) > 0) {
        positive[how]++;
      }
    }
    boolean[] occupied = new boolean[168];
    for (int h = 0; h < 168; h++) {
      occupied[h] = count[h] > 0 && (double) positive[h] / count[h] > OCCUPANCY_THRESHOLD;
    }
    // temperature bins, occupied and unoccupied apart
    List<Double> occT = new ArrayList<>();
    List<Double> unoccT = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      double t = tF[rows[k]];
      (occupied[d.hourOfWeek[rows[k]]] ? occT : unoccT).add(t);
    }
    double[] occBins = fitBins(occT);
    double[] unoccBins = fitBins(unoccT);
    int ko = occT.isEmpty() ? 0 : occBins.length + 1;
    int ku = unoccT.isEmpty() ? 0 : unoccBins.length + 1;
    int k = ko + ku;
    // features z, then centred within each hour of week (weighted)
    double[][] z = new double[m][k];
    double[] sw = new double[168];
    double[][] sz = new double[168][k];
    double[] sy = new double[168];
    for (int q = 0; q < m; q++) {
      int i = rows[q];
      int how = d.hourOfWeek[i];
      if (occupied[how]) {
        for (int b = 0; b < ko; b++) {
          z[q][b] = binFeature(occBins, b, tF[i]);
        }
      } else {
        for (int b = 0; b < ku; b++) {
          z[q][ko + b] = binFeature(unoccBins, b, tF[i]);
        }
      }
      sw[how] += ww[q];
      sy[how] += ww[q] * y[q];
      for (int c = 0; c < k; c++) {
        sz[how][c] += ww[q] * z[q][c];
      }
    }
    double[] yc = new double[m];
    for (int q = 0; q < m; q++) {
      int how = d.hourOfWeek[rows[q]];
      yc[q] = y[q] - sy[how] / sw[how];
      for (int c = 0; c < k; c++) {
        z[q][c] -= sz[how][c] / sw[how];
      }
    }
    double[] beta = k == 0 ? new double[0] : LeastSquares.fit(z, yc, ww).coefficients();
    double[] alpha = new double[168];
    for (int h = 0; h < 168; h++) {
      if (sw[h] == 0) {
        alpha[h] = Double.NaN;
        continue;
      }
      double s = sy[h];
      for (int c = 0; c < k; c++) {
        s -= sz[h][c] * beta[c];
      }
      alpha[h] = s / sw[h];
    }
    return new Segment(
        alpha,
        occupied,
        occBins,
        unoccBins,
        Arrays.copyOfRange(beta, 0, ko),
        Arrays.copyOfRange(beta, ko, k));
  }

  /**
   * CalTRACK's bin endpoint search: drop endpoints of bins with fewer than 20 hours, outer first.
   */
  static double[] fitBins(List<Double> temperatures) {
    TreeSet<Double> endpoints = new TreeSet<>();
    for (double e : DEFAULT_BINS_F) {
      endpoints.add(e);
    }
    while (true) {
      Double[] e = endpoints.toArray(new Double[0]);
      int bins = e.length + 1;
      int[] counts = new int[bins];
      for (double t : temperatures) {
        int b = 0;
        while (b < e.length && t > e[b]) {
          b++; // bins are closed on the right: (e[b-1], e[b]]
        }
        counts[b]++;
      }
      if (bins == 1) {
        break;
      }
      List<Double> remove = new ArrayList<>();
      if (counts[0] < MIN_BIN_HOURS) {
        remove.add(e[0]);
      }
      if (counts[bins - 1] < MIN_BIN_HOURS) {
        remove.add(e[e.length - 1]);
      }
      if (remove.isEmpty()) {
        for (int b = 1; b < bins - 1; b++) {
          if (counts[b] < MIN_BIN_HOURS) {
            remove.add(e[b]);
          }
        }
      }
      if (remove.isEmpty()) {
        break;
      }
      endpoints.removeAll(remove);
    }
    double[] out = new double[endpoints.size()];
    int i = 0;
    for (double v : endpoints) {
      out[i++] = v;
    }
    return out;
  }

  /** The part of temperature t (°F) in bin k of the endpoints: a piecewise-linear basis. */
  static double binFeature(double[] endpoints, int k, double t) {
    int last = endpoints.length;
    if (last == 0) {
      return t;
    }
    if (k == 0) {
      return Math.min(t, endpoints[0]);
    }
    if (k == last) {
      return Math.max(t - endpoints[last - 1], 0);
    }
    return Math.min(Math.max(t, endpoints[k - 1]), endpoints[k]) - endpoints[k - 1];
  }

  @Override
  public Predictions predict(LoadData data) {
    int n = data.size();
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      Segment s = segments[monthly ? data.month[i] - 1 : 0];
      p[i] = s.predict(data.hourOfWeek[i], Temperatures.fahrenheit(data.temperatureC[i]));
    }
    return new Predictions(
        data.hourStart.clone(), p, data.kwh.clone(), Predictions.Granularity.HOUR);
  }

  @Override
  public Predictions fitted() {
    return fitted;
  }

  @Override
  public String name() {
    return "hourly";
  }

  @Override
  public int parameters() {
    return parameters;
  }

  /** The fitted segment for a month (1-12). */
  Segment segment(int month) {
    return segments[monthly ? month - 1 : 0];
  }

  @Override
  public String description() {
    int occ = 0;
    for (boolean b : segments[0].occupied) {
      if (b) {
        occ++;
      }
    }
    return String.format(
        Locale.ROOT,
        "CalTRACK hourly, %s, %d parameters per segment at most; %d of 168 hours occupied in the"
            + " first segment, occupied bins %s °F, unoccupied bins %s °F",
        monthly
            ? "12 monthly segments (three-month weighted)"
            : "one segment (fewer than 12 months)",
        parameters,
        occ,
        Arrays.toString(segments[0].occupiedBins),
        Arrays.toString(segments[0].unoccupiedBins));
  }
}
