package org.scopeplus.energy.load.boosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.scopeplus.energy.load.Accuracy;
import org.scopeplus.energy.load.Backtest;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.MeterFiles;

/**
 * Month-ahead rolling-origin backtests of the gradient-boosted trees on the development meters
 * (scopeplus-energy/src/test/resources/load/README.md), beside the CalTRACK hourly model on the
 * same origins: the figures and the decision in docs/energy.md. The trees' settings were fixed
 * before these runs and are not tuned to them.
 */
class DevelopmentMetersBacktestTest {

  private static final Path LOAD = Path.of("../scopeplus-energy/src/test/resources/load");

  record Figures(Accuracy hours, Accuracy days) {}

  static Figures run(
      String model,
      String meter,
      String temperature,
      ZoneId zone,
      int trainDays,
      String from,
      String to)
      throws IOException {
    HourlySeries kwh = MeterFiles.readEnergy(LOAD.resolve(meter), zone);
    HourlySeries temp = MeterFiles.readTemperature(LOAD.resolve(temperature), zone);
    Backtest.Result r =
        Backtest.rolling(
            model,
            kwh,
            temp,
            zone,
            trainDays * 86_400L,
            OffsetDateTime.parse(from).toEpochSecond(),
            OffsetDateTime.parse(to).toEpochSecond(),
            Period.ofMonths(1));
    Figures f = new Figures(r.accuracy(), Accuracy.of(r.predictions().byLocalDay(zone), 0));
    System.out.printf(
        Locale.ROOT,
        "%s %s: %s | days: %s%n",
        model,
        meter,
        f.hours().summary("hours"),
        f.days().summary("days"));
    return f;
  }

  static void expect(Accuracy a, double cvPercent, double nmbePercent, double mae) {
    assertThat(a.cvRmse() * 100).isCloseTo(cvPercent, within(0.05));
    assertThat(a.nmbe() * 100).isCloseTo(nmbePercent, within(0.005));
    assertThat(a.mae()).isCloseTo(mae, within(0.00005));
  }

  /** Illinois: 182-day windows, origins on the 1st of June to November 2016. */
  @Test
  void illinoisMonthAhead() throws IOException {
    ZoneId zone = ZoneOffset.ofHours(-6);
    String meter = "il-electricity-cdd-only-hourly.csv.gz";
    String from = "2016-06-01T00:00-06:00";
    String to = "2016-12-01T00:00-06:00";
    Figures gbt = run("gbt", meter, "il-tempF.csv.gz", zone, 182, from, to);
    Figures hourly = run("hourly", meter, "il-tempF.csv.gz", zone, 182, from, to);
    expect(gbt.hours(), 142.3, 10.57, 1.4634);
    expect(gbt.days(), 41.5, 10.57, 12.2663);
    assertThat(gbt.days().cvRmse()).isGreaterThan(hourly.days().cvRmse());
  }

  /** UK: 365-day windows, origins monthly from April 2021 to November 2022. */
  @Test
  void ukMonthAhead() throws IOException {
    ZoneId zone = ZoneOffset.UTC;
    String meter = "uk-electricity-hdd-only-hourly-sample-0.csv.gz";
    String temperature = "uk-tempC-sample-0.csv.gz";
    String from = "2021-04-01T00:00Z";
    String to = "2022-12-01T00:00Z";
    Figures gbt = run("gbt", meter, temperature, zone, 365, from, to);
    Figures hourly = run("hourly", meter, temperature, zone, 365, from, to);
    expect(gbt.hours(), 91.2, -4.61, 0.0834);
    expect(gbt.days(), 38.9, -4.61, 1.0747);
    assertThat(gbt.days().cvRmse()).isGreaterThan(hourly.days().cvRmse());
  }
}
