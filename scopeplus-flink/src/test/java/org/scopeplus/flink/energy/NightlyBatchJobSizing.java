package org.scopeplus.flink.energy;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.scopeplus.energy.batch.NightlyBatch;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.suggest.Tariff;

/**
 * Sizing of the nightly energy batch on Flink: generates {@code METERS} meters ({@link
 * GeneratedMeters}, seed 42, Asia/Shanghai, a year of hours and 31 forecast days each) into one
 * readings file under {@code DIR} (on the first run), then runs the job on a local mini cluster of
 * {@code SLOTS} slots at parallelism {@code SLOTS} into a discarding sink, and the embedded batch
 * over the same meters in this thread, and prints CPU-seconds per meter of both (the job's is the
 * whole process's CPU during the job: reading, sorting by meter, assembling, fitting), the wall
 * time and the input's bytes and rows per meter. Arguments: METERS SLOTS DIR. The benchmarks module
 * may not depend on the Flink job (DESIGN.md), so this entry lives with the job's tests;
 * BENCHMARKS.md has the command.
 */
public final class NightlyBatchJobSizing {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final double GRID = 0.5366;

  private NightlyBatchJobSizing() {}

  /** The meters, generated one at a time as they are asked for, in order, from one random. */
  private static Iterator<GeneratedMeters.Meter> meters(int count) {
    SplittableRandom random = new SplittableRandom(42);
    return IntStream.range(0, count)
        .mapToObj(k -> GeneratedMeters.generate("meter-" + k, random, ZONE, 365, 31))
        .iterator();
  }

  /** Runs the measurement. */
  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(args[0]);
    int slots = Integer.parseInt(args[1]);
    Path dir = Files.createDirectories(Path.of(args[2]));
    Path input = dir.resolve("readings-" + count + ".csv");
    long rows = 0;
    if (!Files.exists(input)) {
      try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
        w.write("meter_id,timestamp_utc,kwh,temperature_c\n");
        for (Iterator<GeneratedMeters.Meter> it = meters(count); it.hasNext(); ) {
          for (String r : GeneratedMeters.rows(it.next())) {
            w.write(r);
            w.write('\n');
          }
        }
      }
    }
    try (var lines = Files.lines(input)) {
      rows = lines.count() - 1;
    }
    Path tariffFile = dir.resolve("tariff.properties");
    Files.writeString(tariffFile, GeneratedMeters.TARIFF);
    Tariff tariff = Tariff.read(tariffFile);
    NightlySettings settings = NightlySettings.of(ZONE, tariff, GRID, null);

    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(slots, new Configuration());
    NightlyBatchJob.build(env, List.of(input.toString()), settings)
        .sinkTo(new DiscardingSink<>())
        .name("discard");
    long cpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    env.execute("nightly energy batch sizing");
    double jobCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    double jobWall = (System.nanoTime() - wall0) / 1e9;

    var mx = ManagementFactory.getThreadMXBean();
    long t0 = mx.getCurrentThreadCpuTime();
    long[] refused = {0};
    SplittableRandom random = new SplittableRandom(42);
    long[] generating = {0};
    Iterator<NightlyBatch.Meter> embedded =
        IntStream.range(0, count)
            .mapToObj(
                k -> {
                  long g = mx.getCurrentThreadCpuTime();
                  NightlyBatch.Meter m =
                      GeneratedMeters.embedded(
                          GeneratedMeters.generate("meter-" + k, random, ZONE, 365, 31),
                          ZONE,
                          tariff,
                          GRID,
                          null);
                  generating[0] += mx.getCurrentThreadCpuTime() - g;
                  return m;
                })
            .iterator();
    long ok =
        NightlyBatch.run(
            embedded,
            Suggestions.Options.defaults(),
            r -> refused[0] += r.refused() == null ? 0 : 1);
    double embeddedCpu = (mx.getCurrentThreadCpuTime() - t0 - generating[0]) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%,d meters (%,d fitted, %d refused), %d slot(s), %,d rows (%,.0f a meter), %,d bytes"
            + " (%,.0f a meter): job %.1f s wall, %.1f CPU-s (whole process), %.4f CPU-s a meter;"
            + " embedded batch %.4f CPU-s a meter (this thread, generating excluded)%n",
        count,
        ok,
        refused[0],
        slots,
        rows,
        rows / (double) count,
        Files.size(input),
        Files.size(input) / (double) count,
        jobWall,
        jobCpu,
        jobCpu / count,
        embeddedCpu / count);
  }
}
