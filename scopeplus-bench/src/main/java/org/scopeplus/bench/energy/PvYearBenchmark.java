package org.scopeplus.bench.energy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.scopeplus.energy.solar.PvSimulation;
import org.scopeplus.energy.solar.PvSystem;
import org.scopeplus.energy.solar.Transposition;
import org.scopeplus.energy.weather.WeatherFiles;
import org.scopeplus.energy.weather.WeatherYear;

/**
 * CPU time of one site-year of PV: SPA solar position, Perez transposition, SAPM cell temperature,
 * PVWatts DC and inverter for every hour of a weather file (the file is read once, outside the
 * timing). Prints the median and the best of the timed runs, in CPU-seconds of this thread.
 *
 * <p>Arguments: the weather file, [warm-up runs, default 30], [timed runs, default 50].
 */
public final class PvYearBenchmark {

  private PvYearBenchmark() {}

  public static void main(String[] args) throws Exception {
    WeatherYear weather = WeatherFiles.read(Path.of(args[0]), null);
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    PvSystem system =
        new PvSystem(
            Double.NaN,
            Double.NaN,
            4,
            30,
            180,
            14.08,
            4 / 1.2,
            -0.0047,
            PvSystem.TemperatureModel.SAPM_OPEN_RACK_GLASS_GLASS,
            Transposition.SkyModel.PEREZ,
            Double.NaN,
            67);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += PvSimulation.run(system, weather).acKwh();
    }
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = mx.getCurrentThreadCpuTime();
      sink += PvSimulation.run(system, weather).acKwh();
      seconds[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
    }
    Arrays.sort(seconds);
    System.out.printf(
        Locale.ROOT,
        "%s: %d hours; CPU seconds per site-year: median %.4f, best %.4f (%d runs); %.1f kWh%n",
        weather.site().name(),
        weather.size(),
        seconds[runs / 2],
        seconds[0],
        runs,
        sink / (warmup + runs));
  }
}
