package org.scopeplus.bench.energy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.scopeplus.energy.batch.NightlyBatch;
import org.scopeplus.energy.load.Accuracy;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.suggest.Tariff;
import org.scopeplus.energy.weather.WeatherFiles;
import org.scopeplus.energy.weather.WeatherYear;

/**
 * The nightly batch ({@link NightlyBatch#run}) over generated meters, one at a time: each meter is
 * generated when the batch asks for it (a year of hours for the history and the month after it, as
 * {@link LoadYearBenchmark} makes them), fitted (CalTRACK hourly and daily), forecast a day ahead
 * and a month ahead, and given its suggestions; its result is summarised and dropped. Prints the
 * CPU-seconds of this thread per meter for the fit and forecasts (median, 99th percentile, worst,
 * mean), the mean for the suggestions, the CPU-seconds spent generating, the wall time, and the
 * heap: the highest heap in use seen after a meter (sampled every 100 meters) and the sum of the
 * heap pools' peaks (an upper bound).
 *
 * <p>Arguments: [meters, default 100000], [warm-up meters, default 200], [seed, default 42],
 * [weather file for the PV suggestion, default none].
 */
public final class NightlyBatchBenchmark {

  private NightlyBatchBenchmark() {}

  /** A Chinese-style time-of-use tariff: valley 23-7 h, peak 10-15 h and 18-21 h, flat between. */
  static Tariff tariff() {
    String[] period = new String[24];
    double[] price = new double[24];
    for (int h = 0; h < 24; h++) {
      boolean valley = h >= 23 || h < 7;
      boolean peak = (h >= 10 && h < 15) || (h >= 18 && h < 21);
      period[h] = valley ? "valley" : peak ? "peak" : "flat";
      price[h] = valley ? 0.32 : peak ? 1.05 : 0.65;
    }
    return Tariff.everyDay("CNY", period, price, 40, 0.35);
  }

  /** Meters generated on demand from one seeded stream. */
  static Iterator<NightlyBatch.Meter> meters(
      int count, SplittableRandom random, ZoneId zone, Tariff tariff, WeatherYear weather) {
    return new Iterator<>() {
      int k = 0;

      @Override
      public boolean hasNext() {
        return k < count;
      }

      @Override
      public NightlyBatch.Meter next() {
        if (k >= count) {
          throw new NoSuchElementException();
        }
        LoadYearBenchmark.Meter m = LoadYearBenchmark.generate(random, zone);
        LoadData month = m.next();
        LoadData day =
            LoadData.of(
                Arrays.copyOf(month.hourStarts(), 24),
                Arrays.copyOf(month.kwh(), 24),
                Arrays.copyOf(month.temperatureC(), 24),
                zone);
        return new NightlyBatch.Meter(
            "meter-" + k++,
            new Suggestions.Site(m.train(), tariff, 0.5366, weather, null, false),
            day,
            month);
      }
    };
  }

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    WeatherYear weather = args.length > 3 ? WeatherFiles.read(Path.of(args[3]), null) : null;
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Tariff tariff = tariff();
    Suggestions.Options options = Suggestions.Options.defaults();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Runtime rt = Runtime.getRuntime();

    // Warm-up on meters of another seed, so the timed meters are the same whatever the warm-up.
    NightlyBatch.run(
        meters(warmup, new SplittableRandom(seed + 1), zone, tariff, weather), options, r -> {});
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }

    double[] fit = new double[count];
    double[] suggest = new double[1];
    long[] counts = new long[3]; // results, refusals, suggestions
    double[] cv = new double[2]; // sum and count of month-ahead daily CV(RMSE)
    long[] heap = new long[1];
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long ok =
        NightlyBatch.run(
            meters(count, new SplittableRandom(seed), zone, tariff, weather),
            options,
            r -> {
              int i = (int) counts[0]++;
              fit[i] = r.timing().fitAndForecastNanos() / 1e9;
              suggest[0] += r.timing().suggestionsNanos() / 1e9;
              if (r.refused() != null) {
                counts[1]++;
                return;
              }
              counts[2] += r.suggestions().size();
              double c = Accuracy.of(r.monthAhead(), 0).cvRmse();
              if (Double.isFinite(c)) {
                cv[0] += c;
                cv[1]++;
              }
              if (i % 100 == 0) {
                heap[0] = Math.max(heap[0], rt.totalMemory() - rt.freeMemory());
              }
              if ((i + 1) % 1_000 == 0) {
                double done = 0;
                for (int j = 0; j <= i; j++) {
                  done += fit[j];
                }
                System.err.printf(
                    Locale.ROOT,
                    "%d meters, %.0f s wall, fit + forecasts mean %.4f CPU-s, suggestions mean"
                        + " %.4f CPU-s, heap in use at most %.0f MB%n",
                    i + 1,
                    (System.nanoTime() - wall0) / 1e9,
                    done / (i + 1),
                    suggest[0] / (i + 1),
                    heap[0] / 1048576.0);
              }
            },
            mx::getCurrentThreadCpuTime);
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    long poolPeaks = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        poolPeaks += pool.getPeakUsage().getUsed();
      }
    }
    double fitSum = Arrays.stream(fit).sum();
    Arrays.sort(fit);
    System.out.printf(
        Locale.ROOT,
        "%d generated meters (seed %d, %s PV suggestion), %d fitted, %d refused, %.1f suggestions a"
            + " meter; fit + day-ahead + month-ahead CPU-s per meter-year: median %.4f, p99 %.4f,"
            + " worst %.4f, mean %.4f; suggestions mean %.4f; generating %.4f; thread CPU %.0f s;"
            + " wall %.0f s; heap in use at most %.0f MB (sum of pool peaks %.0f MB, max heap %.0f"
            + " MB); mean month-ahead daily CV(RMSE) %.1f %%%n",
        count,
        seed,
        weather == null ? "no" : "with",
        ok,
        counts[1],
        counts[2] / (double) Math.max(ok, 1),
        fit[count / 2],
        fit[(int) Math.min(count - 1, Math.round(count * 0.99))],
        fit[count - 1],
        fitSum / count,
        suggest[0] / count,
        (cpu - fitSum - suggest[0]) / count,
        cpu,
        wall,
        heap[0] / 1048576.0,
        poolPeaks / 1048576.0,
        rt.maxMemory() / 1048576.0,
        cv[1] > 0 ? cv[0] / cv[1] * 100 : Double.NaN);
  }
}
