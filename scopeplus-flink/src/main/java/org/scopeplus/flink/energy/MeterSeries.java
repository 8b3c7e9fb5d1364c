package org.scopeplus.flink.energy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.scopeplus.energy.batch.NightlyBatch;
import org.scopeplus.energy.load.HourPhase;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.suggest.Tariff;
import org.scopeplus.energy.weather.WeatherYear;

/**
 * A meter's rows, in any order, assembled into the embedded batch's {@link NightlyBatch.Meter}.
 * Rows without a temperature are left out (as {@link LoadData} keeps only hours with one). The
 * history runs to the meter's last hour with a reading; the hours after it (kWh empty) are its
 * forecast hours, or, when it has none, the given forecast temperatures after its history. The
 * month-ahead forecast covers all forecast hours, the day-ahead forecast the first 24 hours of
 * them.
 */
final class MeterSeries {

  /** At most this many rows a meter (eleven years of hours): the meter is refused beyond. */
  static final int MAX_ROWS = 100_000;

  private MeterSeries() {}

  /** A meter assembled, or refused with the sentence saying why. */
  sealed interface Assembly {
    /** The meter, ready for {@link NightlyBatch#run}. */
    record Assembled(NightlyBatch.Meter meter) implements Assembly {}

    /** Why the meter's rows cannot be run. */
    record Refused(String reason) implements Assembly {}
  }

  /**
   * What a meter is assembled with: its time zone, tariff, grid factor, given forecast and weather
   * year for the PV suggestion (null: none).
   */
  record Sites(
      ZoneId zone,
      Tariff tariff,
      double gridFactorKgPerKwh,
      HourlySeries forecast,
      WeatherYear solarWeather) {
    static Sites of(NightlySettings s) {
      return new Sites(s.zoneId(), s.tariff(), s.gridFactorKgPerKwh(), s.forecast(), s.weather());
    }
  }

  /**
   * Each meter's {@link Sites}, built once per task from {@link NightlySettings}: a meter listed in
   * the meters file with its own, the others with the run's.
   */
  static final class SitesByMeter {
    private final NightlySettings settings;
    private final Sites run;

    SitesByMeter(NightlySettings settings) {
      this.settings = settings;
      this.run = Sites.of(settings);
    }

    Sites of(String meterId) {
      NightlySettings.MeterSite own = settings.meters().get(meterId);
      if (own == null) {
        return run;
      }
      return new Sites(
          ZoneId.of(own.zone()),
          own.tariff(),
          own.gridFactorKgPerKwh(),
          run.forecast(),
          own.weather());
    }
  }

  /**
   * The meter of these rows.
   *
   * @param rows the meter's rows, in any order (at most {@link #MAX_ROWS} kept)
   * @param rowCount how many rows the meter had in the input
   */
  static Assembly assemble(String id, List<MeterRow> rows, long rowCount, Sites s) {
    if (rowCount > MAX_ROWS) {
      return new Assembly.Refused(
          "meter " + id + ": " + rowCount + " rows; at most " + MAX_ROWS + " (hours) a meter");
    }
    MeterRow problem =
        rows.stream()
            .filter(r -> !r.problem.isEmpty())
            .min(Comparator.comparingLong(r -> r.line))
            .orElse(null);
    if (problem != null) {
      long others = rows.stream().filter(r -> !r.problem.isEmpty()).count() - 1;
      return new Assembly.Refused(
          problem.problem
              + (others > 0 ? " (and " + others + " more rows of meter " + id + ")" : ""));
    }
    List<MeterRow> hours = new ArrayList<>(rows.size());
    for (MeterRow r : rows) {
      if (!Double.isNaN(r.temperatureC)) {
        hours.add(r);
      }
    }
    hours.sort(
        Comparator.comparingLong((MeterRow r) -> r.hourStart).thenComparingLong(r -> r.line));
    for (int i = 1; i < hours.size(); i++) {
      if (hours.get(i).hourStart == hours.get(i - 1).hourStart) {
        return new Assembly.Refused(
            "meter "
                + id
                + ", rows "
                + hours.get(i - 1).line
                + " and "
                + hours.get(i).line
                + ": the same hour twice ("
                + Instant.ofEpochSecond(hours.get(i).hourStart)
                + ")");
      }
    }
    // one meter's hours start at one minute past the UTC hour: its phase (30 in Asia/Kolkata)
    long phase = hours.isEmpty() ? 0 : Math.floorMod(hours.get(0).hourStart, 3600);
    for (MeterRow r : hours) {
      if (Math.floorMod(r.hourStart, 3600) != phase) {
        return new Assembly.Refused(
            "meter "
                + id
                + ", row "
                + r.line
                + ": its hour starts "
                + Math.floorMod(r.hourStart, 3600) / 60
                + " minutes past the UTC hour, the meter's first hour "
                + phase / 60
                + ": a meter's hours start at the same minute");
      }
    }
    int last = -1;
    for (int i = 0; i < hours.size(); i++) {
      if (!Double.isNaN(hours.get(i).kwh)) {
        last = i;
      }
    }
    if (last < 0) {
      return new Assembly.Refused("meter " + id + ": no hour with a reading and a temperature");
    }
    int n = last + 1;
    long[] h = new long[n];
    double[] kwh = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      MeterRow r = hours.get(i);
      h[i] = r.hourStart;
      kwh[i] = r.kwh;
      t[i] = r.temperatureC;
    }
    HourlySeries forecast;
    if (n < hours.size()) {
      long[] fh = new long[hours.size() - n];
      double[] ft = new double[fh.length];
      for (int i = n; i < hours.size(); i++) {
        fh[i - n] = hours.get(i).hourStart;
        ft[i - n] = hours.get(i).temperatureC;
      }
      forecast = new HourlySeries(fh, ft);
    } else {
      // the given forecast temperatures, on whole UTC hours, brought to the meter's hours
      forecast =
          HourPhase.temperature(s.forecast(), phase).between(h[n - 1] + 3600, Long.MAX_VALUE);
    }
    LoadData history = LoadData.of(h, kwh, t, s.zone());
    LoadData month = null;
    LoadData day = null;
    if (forecast.size() > 0) {
      long[] fh = forecast.hourStarts();
      double[] ft = forecast.values();
      double[] none = new double[fh.length];
      Arrays.fill(none, Double.NaN);
      month = LoadData.of(fh, none, ft, s.zone());
      HourlySeries first = forecast.between(fh[0], fh[0] + 24 * 3600);
      day =
          LoadData.of(
              first.hourStarts(), Arrays.copyOf(none, first.size()), first.values(), s.zone());
    }
    Suggestions.Site site =
        new Suggestions.Site(
            history, s.tariff(), s.gridFactorKgPerKwh(), s.solarWeather(), null, false);
    return new Assembly.Assembled(new NightlyBatch.Meter(id, site, day, month));
  }
}
