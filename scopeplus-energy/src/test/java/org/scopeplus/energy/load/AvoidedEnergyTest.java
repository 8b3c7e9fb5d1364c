package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.scopeplus.energy.load.DevelopmentMeters.*;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AvoidedEnergyTest {

  static final long MONDAY = 1_609_718_400L; // 2021-01-04T00:00Z, a Monday

  /** Days at a constant 60 °F (15.6 °C), kWh per day given, spread evenly over 24 hours. */
  static LoadData flatDays(long from, double... kwhPerDay) {
    int n = kwhPerDay.length * 24;
    long[] h = new long[n];
    double[] kwh = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      h[i] = from + i * 3600L;
      kwh[i] = kwhPerDay[i / 24] / 24;
      t[i] = Temperatures.celsius(60);
    }
    return LoadData.of(h, kwh, t, ZoneOffset.UTC);
  }

  /**
   * Guideline 14 Annex B by hand. Baseline: 20 days alternating 9 and 11 kWh, no weather
   * dependence, so the intercept-only model (p = 1) with mean 10 and residuals -1, +1, ...;
   * CV(RMSE) = √(20/19)/10 = 0.1025978; ρ = Σ eᵢeᵢ₊₁ / Σ eᵢ² = -19/20; n' = 20 (1.95 / 0.05) = 780.
   * Reporting: 10 days of 9 kWh, so E_save = 100 - 90 = 10 kWh and F = 0.1. At 90 % confidence, t
   * (19 dof) = 1.729133: ΔE/E = 1.26 · 1.729133 · 0.1025978 · √((20/780)(1 + 2/780)/10) / 0.1 =
   * 0.113334.
   */
  @Test
  void fractionalSavingsUncertaintyByHand() {
    double[] base = new double[20];
    for (int i = 0; i < 20; i++) {
      base[i] = i % 2 == 0 ? 9 : 11;
    }
    DailyModel m = DailyModel.fit(flatDays(MONDAY, base));
    assertThat(m.kind()).isEqualTo(DailyModel.Kind.INTERCEPT_ONLY);
    AvoidedEnergy s =
        AvoidedEnergy.of(m, flatDays(MONDAY + 20 * 86_400L, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9), 0.90);
    assertThat(s.savingsKwh()).isCloseTo(10, within(1e-9));
    assertThat(s.savingsFraction()).isCloseTo(0.1, within(1e-12));
    assertThat(s.autocorrelation()).isCloseTo(-0.95, within(1e-12));
    assertThat(s.effectiveBaselineIntervals()).isCloseTo(780, within(1e-6));
    assertThat(s.baselineCvRmse()).isCloseTo(0.1025978, within(1e-7));
    assertThat(s.t()).isCloseTo(1.729133, within(1e-5));
    assertThat(s.fractionalUncertainty()).isCloseTo(0.113334, within(1e-5));
    assertThat(s.uncertaintyKwh()).isCloseTo(1.13334, within(1e-4));
    assertThat(s.meetsGuideline14()).isTrue();
  }

  /**
   * A year of an office-like load with cooling, then a year using exactly 10 % less in every hour.
   */
  static LoadData twoYears() {
    int n = 2 * 364 * 24;
    long[] h = new long[n];
    double[] kwh = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      h[i] = MONDAY + i * 3600L;
      double f = 55 + 25 * -Math.cos(2 * Math.PI * i / (364 * 24.0)) + 8 * Math.sin(i * 0.2618);
      t[i] = Temperatures.celsius(f);
      double load = HourlyModelTest.profile(i % 168) + 0.2 * Math.max(f - 65, 0);
      double disturbance = 0.3 * Math.sin(i * 1.7) * Math.sin(i * 0.37);
      kwh[i] = (i < n / 2 ? load : 0.9 * load) + disturbance;
    }
    return LoadData.of(h, kwh, t, ZoneOffset.UTC);
  }

  @Test
  void aBuiltInTenPercentSavingIsFound() {
    LoadData all = twoYears();
    long split = MONDAY + 364 * 86_400L;
    long end = MONDAY + 2 * 364 * 86_400L;
    HourlySeries kwh = new HourlySeries(all.hourStarts(), all.kwh());
    double[] tc = all.temperatureC.clone();
    HourlySeries temp = new HourlySeries(all.hourStarts(), tc);
    LoadData baseline = LoadData.of(kwh, temp, MONDAY, split, ZoneOffset.UTC);
    LoadData reporting = LoadData.of(kwh, temp, split, end, ZoneOffset.UTC);
    AvoidedEnergy hourly = AvoidedEnergy.of(HourlyModel.fit(baseline), reporting, 0.68);
    assertThat(hourly.savingsFraction()).isCloseTo(0.10, within(0.002));
    assertThat(hourly.meetsGuideline14()).isTrue();
    AvoidedEnergy daily = AvoidedEnergy.of(DailyModel.fit(baseline), reporting, 0.68);
    assertThat(daily.savingsFraction()).isCloseTo(0.10, within(0.01));
  }

  /**
   * The Illinois development meter (load/README.md) was generated with annual totals of 10,000 kWh
   * (2,500 base + 7,500 cooling above 65 °F) before the intervention and 9,000 after. Its cooling
   * load follows the degree-hours of each year, so the weather-normalised saving is not 10 %: with
   * the files' own temperatures, cooling degree-hours above 65 °F / 24 are 1,694.67 in the baseline
   * year (2015-12-26 to 2016-12-26) and 1,579.09 in the reporting year (2017-01-04 to 2018-01-04);
   * the design baseline under the reporting weather is 2,500 + 7,500 × 1,579.09 / 1,694.67 =
   * 9,488.5 kWh against 8,970.75 kWh metered: a saving of 517.7 kWh, 5.46 %.
   */
  @Test
  void theIllinoisMetersSavingAgreesWithItsDesign() {
    LoadData baseline =
        LoadData.of(
            IL_KWH,
            IL_TEMPERATURE,
            at("2015-12-26T00:00-06:00"),
            at("2016-12-26T00:00-06:00"),
            ILLINOIS);
    LoadData reporting =
        LoadData.of(
            IL_KWH,
            IL_TEMPERATURE,
            at("2017-01-04T00:00-06:00"),
            at("2018-01-04T00:00-06:00"),
            ILLINOIS);
    AvoidedEnergy hourly = AvoidedEnergy.of(HourlyModel.fit(baseline), reporting, 0.68);
    AvoidedEnergy daily = AvoidedEnergy.of(DailyModel.fit(baseline), reporting, 0.68);
    assertThat(hourly.reportingKwh()).isCloseTo(8970.75, within(0.01));
    assertThat(hourly.savingsFraction()).isCloseTo(0.0546, within(0.01));
    assertThat(daily.savingsFraction()).isCloseTo(0.0546, within(0.01));
  }
}
