package org.scopeplus.energy.load;

import java.util.Locale;

/**
 * Goodness of fit of predictions against metered values, as ASHRAE Guideline 14-2014 defines it
 * (measured minus predicted; n - p in the denominators, p the number of fitted parameters, 0 for
 * predictions outside the training period): CV(RMSE) = √(Σ(y - ŷ)² / (n - p)) / ȳ, NMBE = Σ(y - ŷ)
 * / ((n - p) ȳ), and MAE = Σ|y - ŷ| / n. Only intervals with both a prediction and a reading count.
 *
 * <p>Guideline 14's calibration limits: hourly data CV(RMSE) ≤ 30 % and |NMBE| ≤ 10 %; monthly data
 * CV(RMSE) ≤ 15 % and |NMBE| ≤ 5 %. The guideline has no separate daily limits; the hourly ones are
 * shown for daily data.
 */
public record Accuracy(int n, double meanActual, double cvRmse, double nmbe, double mae) {

  public static final double HOURLY_CV_RMSE_LIMIT = 0.30;
  public static final double HOURLY_NMBE_LIMIT = 0.10;
  public static final double MONTHLY_CV_RMSE_LIMIT = 0.15;
  public static final double MONTHLY_NMBE_LIMIT = 0.05;

  public static Accuracy of(Predictions p, int parameters) {
    int n = 0;
    double sumY = 0;
    double sumE = 0;
    double sumE2 = 0;
    double sumAbs = 0;
    for (int i = 0; i < p.size(); i++) {
      double y = p.actual()[i];
      double f = p.predicted()[i];
      if (Double.isNaN(y) || Double.isNaN(f)) {
        continue;
      }
      double e = y - f;
      n++;
      sumY += y;
      sumE += e;
      sumE2 += e * e;
      sumAbs += Math.abs(e);
    }
    if (n <= parameters) {
      return new Accuracy(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = sumY / n;
    return new Accuracy(
        n,
        mean,
        Math.sqrt(sumE2 / (n - parameters)) / mean,
        sumE / ((n - parameters) * mean),
        sumAbs / n);
  }

  /** Whether Guideline 14's hourly limits are met (used for hourly and daily intervals). */
  public boolean withinHourlyLimits() {
    return cvRmse <= HOURLY_CV_RMSE_LIMIT && Math.abs(nmbe) <= HOURLY_NMBE_LIMIT;
  }

  /** One line: the figures and the Guideline 14 limits beside them. */
  public String summary(String unit) {
    return String.format(
        Locale.ROOT,
        "n %d %s, CV(RMSE) %.1f %% (ASHRAE Guideline 14 limit 30 %%), NMBE %+.2f %% (limit ±10 %%),"
            + " MAE %.4f kWh; %s",
        n,
        unit,
        cvRmse * 100,
        nmbe * 100,
        mae,
        withinHourlyLimits() ? "within the limits" : "outside the limits");
  }
}
