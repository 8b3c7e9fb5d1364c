package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.scopeplus.energy.load.DevelopmentMeters.*;

import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Month-ahead rolling-origin backtests on the development meters, the figures docs/energy.md
 * reports (to 0.1 percentage point and 0.0001 kWh). Illinois: 182-day training windows, origins on
 * the first of each month June to November 2016, all before the intervention; UK: 365-day windows,
 * origins monthly from April 2021 to November 2022. Nothing in the models is tuned to these files;
 * a change that moves a figure must update the documentation.
 */
class DevelopmentDataTest {

  record Figures(Accuracy native_, Accuracy days) {}

  static Figures run(
      String model,
      HourlySeries kwh,
      HourlySeries temp,
      ZoneId zone,
      int trainDays,
      String from,
      String to) {
    Backtest.Result r =
        Backtest.rolling(
            model, kwh, temp, zone, trainDays * 86_400L, at(from), at(to), Period.ofMonths(1));
    Figures f = new Figures(r.accuracy(), Accuracy.of(r.predictions().byLocalDay(zone), 0));
    System.out.printf(
        Locale.ROOT,
        "%s %s: %s | days: %s%n",
        model,
        from,
        f.native_().summary("intervals"),
        f.days().summary("days"));
    return f;
  }

  static void expect(Accuracy a, double cvPercent, double nmbePercent, double mae) {
    assertThat(a.cvRmse() * 100).isCloseTo(cvPercent, within(0.05));
    assertThat(a.nmbe() * 100).isCloseTo(nmbePercent, within(0.005));
    assertThat(a.mae()).isCloseTo(mae, within(0.00005));
  }

  @Test
  void illinoisMonthAhead() {
    Figures hourly =
        run(
            "hourly",
            IL_KWH,
            IL_TEMPERATURE,
            ILLINOIS,
            182,
            "2016-06-01T00:00-06:00",
            "2016-12-01T00:00-06:00");
    Figures daily =
        run(
            "daily",
            IL_KWH,
            IL_TEMPERATURE,
            ILLINOIS,
            182,
            "2016-06-01T00:00-06:00",
            "2016-12-01T00:00-06:00");
    expect(hourly.native_(), 136.3, 8.64, 1.4907);
    expect(hourly.days(), 31.9, 8.64, 10.0859);
    expect(daily.native_(), 30.9, 4.28, 10.2298);
  }

  @Test
  void ukMonthAhead() {
    Figures hourly =
        run("hourly", UK_KWH, UK_TEMPERATURE, UK, 365, "2021-04-01T00:00Z", "2022-12-01T00:00Z");
    Figures daily =
        run("daily", UK_KWH, UK_TEMPERATURE, UK, 365, "2021-04-01T00:00Z", "2022-12-01T00:00Z");
    expect(hourly.native_(), 89.3, -5.59, 0.0815);
    expect(hourly.days(), 35.5, -5.59, 0.9914);
    expect(daily.native_(), 33.0, -4.23, 0.9209);
  }
}
