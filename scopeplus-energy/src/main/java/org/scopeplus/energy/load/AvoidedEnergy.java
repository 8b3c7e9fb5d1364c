package org.scopeplus.energy.load;

/**
 * Measured savings by IPMVP Option C (whole facility), as avoided energy use (EVO, <i>IPMVP Core
 * Concepts</i> 2016): the baseline model fitted before the intervention, projected into the
 * reporting period with the reporting period's weather, minus the metered use: E_save = Σ (ŷ - y)
 * over the reporting intervals that have both.
 *
 * <p>Fractional savings uncertainty, ASHRAE Guideline 14-2014 Annex B (Reddy and Claridge 2000, for
 * a regression baseline with autocorrelated residuals):
 *
 * <pre>ΔE_save / E_save = 1.26 · t · CV · √( (n / n') · (1 + 2 / n') · (1 / m) ) / F</pre>
 *
 * with CV the baseline model's CV(RMSE) (n - p), n the baseline intervals, n' = n (1 - ρ) / (1 + ρ)
 * with ρ the lag-1 autocorrelation of the baseline residuals, m the reporting intervals, F = E_save
 * / Σ ŷ the savings fraction and t Student's t at the confidence level with n - p degrees of
 * freedom. Guideline 14 asks for an uncertainty below 50 % of the savings at 68 % confidence.
 */
public record AvoidedEnergy(
    double baselineKwh,
    double reportingKwh,
    double savingsKwh,
    double savingsFraction,
    int baselineIntervals,
    int reportingIntervals,
    double baselineCvRmse,
    double autocorrelation,
    double effectiveBaselineIntervals,
    double confidence,
    double t,
    double fractionalUncertainty) {

  /** Savings uncertainty in kWh at the confidence level (± this). */
  public double uncertaintyKwh() {
    return Math.abs(fractionalUncertainty * savingsKwh);
  }

  /** Whether Guideline 14's criterion holds: uncertainty below half the savings (at 68 %). */
  public boolean meetsGuideline14() {
    return fractionalUncertainty < 0.5;
  }

  public static AvoidedEnergy of(LoadModel baseline, LoadData reporting, double confidence) {
    Predictions fit = baseline.fitted();
    int p = baseline.parameters();
    Accuracy a = Accuracy.of(fit, p);
    int n = a.n();
    double rho = lagOneAutocorrelation(fit);
    double nPrime = n * (1 - rho) / (1 + rho);
    Predictions rep = baseline.predict(reporting);
    double base = 0;
    double used = 0;
    int m = 0;
    for (int i = 0; i < rep.size(); i++) {
      double y = rep.actual()[i];
      double f = rep.predicted()[i];
      if (Double.isNaN(y) || Double.isNaN(f)) {
        continue;
      }
      base += f;
      used += y;
      m++;
    }
    if (m == 0) {
      throw new IllegalArgumentException("the reporting period has no metered interval to compare");
    }
    double save = base - used;
    double fraction = save / base;
    double t = StudentT.quantileTwoSided(confidence, n - p);
    double u = 1.26 * t * a.cvRmse() * Math.sqrt((n / nPrime) * (1 + 2 / nPrime) / m) / fraction;
    return new AvoidedEnergy(
        base, used, save, fraction, n, m, a.cvRmse(), rho, nPrime, confidence, t, Math.abs(u));
  }

  /** ρ = Σ eᵢ₊₁eᵢ / Σ eᵢ² over the residuals about their mean, in time order. */
  static double lagOneAutocorrelation(Predictions p) {
    int n = p.size();
    double[] e = new double[n];
    int k = 0;
    double mean = 0;
    for (int i = 0; i < n; i++) {
      double y = p.actual()[i];
      double f = p.predicted()[i];
      if (!Double.isNaN(y) && !Double.isNaN(f)) {
        e[k] = y - f;
        mean += e[k];
        k++;
      }
    }
    if (k < 2) {
      return 0;
    }
    mean /= k;
    double num = 0;
    double den = 0;
    for (int i = 0; i < k; i++) {
      double d = e[i] - mean;
      den += d * d;
      if (i + 1 < k) {
        num += d * (e[i + 1] - mean);
      }
    }
    return den == 0 ? 0 : num / den;
  }
}
