package org.scopeplus.bench.energy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.scopeplus.energy.load.Accuracy;
import org.scopeplus.energy.load.Backtest;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.LoadModel;
import org.scopeplus.energy.load.Predictions;

/**
 * CPU time to fit a load model on a meter-year of hourly data (8,760 hours) and forecast the next
 * 31 days, over generated meters (each its own time-of-week profile, base load, heating and cooling
 * slopes and balance points, noise and a seasonal temperature year; seeded). Generation is outside
 * the timing. Prints the median and the best CPU-seconds of this thread per meter, and the mean
 * month-ahead CV(RMSE) as a check that the fits are real.
 *
 * <p>Arguments: [model hourly|daily, default hourly], [meters, default 200], [warm-up meters,
 * default 30], [seed, default 42].
 */
public final class LoadYearBenchmark {

  private LoadYearBenchmark() {}

  static final long START = 1_609_718_400L; // 2021-01-04T00:00Z, a Monday
  static final int YEAR = 8760;
  static final int MONTH = 31 * 24;

  /** A generated meter: a year of training hours and the month after it. */
  record Meter(LoadData train, LoadData next) {}

  static Meter generate(SplittableRandom r, ZoneId zone) {
    int n = YEAR + MONTH;
    long[] h = new long[n];
    double[] kwh = new double[n];
    double[] t = new double[n];
    double[] profile = new double[168];
    double base = 0.5 + r.nextDouble() * 20;
    int open = 6 + r.nextInt(4);
    int close = 16 + r.nextInt(6);
    int days = 5 + r.nextInt(2);
    for (int k = 0; k < 168; k++) {
      boolean working = k / 24 < days && k % 24 >= open && k % 24 < close;
      profile[k] = base * (working ? 1.5 + r.nextDouble() : 0.4 + 0.2 * r.nextDouble());
    }
    double heat = r.nextDouble() * 0.05 * base;
    double cool = r.nextDouble() * 0.08 * base;
    double heatBalance = 8 + r.nextDouble() * 8;
    double coolBalance = 18 + r.nextDouble() * 6;
    double mean = 5 + r.nextDouble() * 15;
    double swing = 5 + r.nextDouble() * 12;
    for (int i = 0; i < n; i++) {
      h[i] = START + i * 3600L;
      double c =
          mean
              - swing * Math.cos(2 * Math.PI * i / YEAR)
              + 4 * Math.sin(2 * Math.PI * (i % 24 - 9) / 24)
              + 2 * r.nextGaussian();
      t[i] = c;
      double load =
          profile[i % 168]
              + heat * Math.max(heatBalance - c, 0)
              + cool * Math.max(c - coolBalance, 0);
      kwh[i] = Math.max(0, load * (1 + 0.1 * r.nextGaussian()));
    }
    long[] h1 = Arrays.copyOfRange(h, 0, YEAR);
    long[] h2 = Arrays.copyOfRange(h, YEAR, n);
    return new Meter(
        LoadData.of(h1, Arrays.copyOfRange(kwh, 0, YEAR), Arrays.copyOfRange(t, 0, YEAR), zone),
        LoadData.of(h2, Arrays.copyOfRange(kwh, YEAR, n), Arrays.copyOfRange(t, YEAR, n), zone));
  }

  public static void main(String[] args) {
    String model = args.length > 0 ? args[0] : "hourly";
    int meters = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    SplittableRandom random = new SplittableRandom(seed);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double sink = 0;
    for (int i = 0; i < warmup; i++) {
      Meter m = generate(random, zone);
      sink += Backtest.fit(model, m.train()).predict(m.next()).predicted()[0];
    }
    double[] seconds = new double[meters];
    double cv = 0;
    for (int i = 0; i < meters; i++) {
      Meter m = generate(random, zone);
      long t0 = mx.getCurrentThreadCpuTime();
      LoadModel fitted = Backtest.fit(model, m.train());
      Predictions p = fitted.predict(m.next());
      seconds[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
      cv += Accuracy.of(p, 0).cvRmse();
      sink += p.predicted()[0];
    }
    Arrays.sort(seconds);
    System.out.printf(
        Locale.ROOT,
        "%s model: %d generated meters (seed %d); CPU seconds per meter-year fit + 31-day forecast:"
            + " median %.4f, best %.4f, worst %.4f; mean month-ahead CV(RMSE) %.1f %% (%.1f)%n",
        model,
        meters,
        seed,
        seconds[meters / 2],
        seconds[0],
        seconds[meters - 1],
        cv / meters * 100,
        sink > 0 ? 1.0 : 0.0);
  }
}
