package org.scopeplus.flink.energy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.scopeplus.energy.batch.NightlyBatch;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.suggest.Tariff;

/**
 * Generated meters for the job's tests and its sizing: hourly kWh of a site with a base load, a
 * working-day daytime load and heating and cooling slopes, on temperatures with a seasonal and a
 * daily swing and noise, from 2024-01-01 00:00 local time, about 1 % of hours (never the last)
 * without a reading; after the history, {@code forecastDays} days of forecast temperatures (kWh
 * empty). Their readings file rows, and the same meters as the embedded batch's {@link
 * NightlyBatch.Meter}s, built directly from the generated arrays.
 */
final class GeneratedMeters {

  /** One meter: its history and forecast hours. */
  record Meter(
      String id,
      long[] hours,
      double[] kwh,
      double[] celsius,
      long[] forecastHours,
      double[] forecastCelsius) {}

  /**
   * The tests' and the sizing's tariff file: the time-of-use tariff of {@code
   * NightlyBatchBenchmark} (valley 23-7 h at 0.32, peak 10-15 h and 18-21 h at 1.05, flat between
   * at 0.65 CNY/kWh, 40 CNY per kW a month, export at 0.35).
   */
  static final String TARIFF =
      """
      currency=CNY
      period.valley.price=0.32
      period.valley.hours=23-7
      period.peak.price=1.05
      period.peak.hours=10-15,18-21
      period.flat.price=0.65
      period.flat.hours=7-10,15-18,21-23
      demand_charge_per_kw_month=40
      export_price=0.35
      """;

  private GeneratedMeters() {}

  static Meter generate(
      String id, SplittableRandom random, ZoneId zone, int days, int forecastDays) {
    long start = java.time.LocalDate.of(2024, 1, 1).atStartOfDay(zone).toEpochSecond();
    double base = 2 + random.nextDouble() * 18;
    double daytime = base * (0.5 + random.nextDouble());
    double cooling = random.nextDouble() * 0.8;
    double heating = random.nextDouble() * 0.6;
    double mean = 8 + random.nextDouble() * 14;
    int n = days * 24;
    int f = forecastDays * 24;
    long[] hours = new long[n];
    double[] kwh = new double[n];
    double[] celsius = new double[n];
    long[] fh = new long[f];
    double[] fc = new double[f];
    for (int i = 0; i < n + f; i++) {
      long t = start + i * 3600L;
      int hour = Math.floorMod(i, 24);
      int dayOfWeek = Math.floorMod(i / 24, 7); // 2024-01-01 was a Monday
      double c =
          mean
              + 12 * Math.sin(2 * Math.PI * (i / 24.0 - 100) / 365)
              + 4 * Math.sin(2 * Math.PI * (hour - 9) / 24.0)
              + random.nextGaussian() * 1.5;
      c = Math.round(c * 10) / 10.0;
      if (i >= n) {
        fh[i - n] = t;
        fc[i - n] = c;
        continue;
      }
      boolean working = dayOfWeek < 5 && hour >= 8 && hour < 18;
      double load =
          base
              + (working ? daytime : 0)
              + cooling * Math.max(c - 18, 0)
              + heating * Math.max(12 - c, 0)
              + random.nextGaussian() * base * 0.05;
      hours[i] = t;
      celsius[i] = c;
      kwh[i] =
          i < n - 1 && random.nextDouble() < 0.01
              ? Double.NaN
              : Math.round(Math.max(load, 0) * 1000) / 1000.0;
    }
    return new Meter(id, hours, kwh, celsius, fh, fc);
  }

  /** The meter's rows of a readings file, {@code meter_id,timestamp_utc,kwh,temperature_c}. */
  static List<String> rows(Meter m) {
    List<String> rows = new ArrayList<>(m.hours().length + m.forecastHours().length);
    for (int i = 0; i < m.hours().length; i++) {
      rows.add(row(m.id(), m.hours()[i], m.kwh()[i], m.celsius()[i]));
    }
    for (int i = 0; i < m.forecastHours().length; i++) {
      rows.add(row(m.id(), m.forecastHours()[i], Double.NaN, m.forecastCelsius()[i]));
    }
    return rows;
  }

  static String row(String id, long hour, double kwh, double celsius) {
    return id
        + ","
        + Instant.ofEpochSecond(hour)
        + ","
        + (Double.isNaN(kwh) ? "" : Double.toString(kwh))
        + ","
        + celsius;
  }

  /** Writes the header and the rows. */
  static void write(Writer out, List<String> rows) throws IOException {
    BufferedWriter w = new BufferedWriter(out);
    w.write("meter_id,timestamp_utc,kwh,temperature_c\n");
    for (String r : rows) {
      w.write(r);
      w.write('\n');
    }
    w.flush();
  }

  /**
   * The meter as the embedded batch takes it: its history; the day-ahead forecast over the first 24
   * forecast hours and the month-ahead over all of them, from its own forecast hours, or from the
   * given ones after its history when it has none (null: no forecast).
   */
  static NightlyBatch.Meter embedded(
      Meter m, ZoneId zone, Tariff tariff, double gridFactor, HourlySeries given) {
    long[] fh = m.forecastHours();
    double[] fc = m.forecastCelsius();
    if (fh.length == 0 && given != null) {
      HourlySeries after = given.between(m.hours()[m.hours().length - 1] + 3600, Long.MAX_VALUE);
      fh = after.hourStarts();
      fc = after.values();
    }
    LoadData day = null;
    LoadData month = null;
    if (fh.length > 0) {
      double[] none = new double[fh.length];
      Arrays.fill(none, Double.NaN);
      month = LoadData.of(fh, none, fc, zone);
      int d = Math.min(24, fh.length);
      day = LoadData.of(Arrays.copyOf(fh, d), Arrays.copyOf(none, d), Arrays.copyOf(fc, d), zone);
    }
    return new NightlyBatch.Meter(
        m.id(),
        new Suggestions.Site(
            LoadData.of(m.hours(), m.kwh(), m.celsius(), zone),
            tariff,
            gridFactor,
            null,
            null,
            false),
        day,
        month);
  }
}
