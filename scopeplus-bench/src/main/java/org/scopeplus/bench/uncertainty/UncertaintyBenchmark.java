package org.scopeplus.bench.uncertainty;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.quality.DataQualityScoring;
import org.scopeplus.core.uncertainty.AssessingUncertainty;
import org.scopeplus.core.uncertainty.ErrorPropagation;
import org.scopeplus.core.uncertainty.Interval;
import org.scopeplus.core.uncertainty.MonteCarlo;
import org.scopeplus.core.uncertainty.UncertainLine;
import org.scopeplus.core.uncertainty.UncertaintyOverrides;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.activity.ActivityRowParser;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.ActivityGenerator;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableReader;

/**
 * Monte Carlo (IPCC Approach 2) and error propagation (Approach 1) on the lines of generated demo
 * records, by the engine, with the default uncertainties: one warm-up run, then timed runs; prints
 * the wall time of each, the median, and the two approaches' total interval side by side.
 *
 * <p>Run: {@code java -cp ... org.scopeplus.bench.uncertainty.UncertaintyBenchmark [LINES
 * [ITERATIONS [RUNS]]]} (defaults 100000, 10000, 5); the parallelism is the JVM's processors.
 */
public final class UncertaintyBenchmark {

  private UncertaintyBenchmark() {}

  public static void main(String[] args) throws IOException {
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<UncertainLine> assessed = lines(lines);
    System.out.printf(
        Locale.ROOT,
        "%d lines, %d iterations, %d processors%n",
        assessed.size(),
        iterations,
        Runtime.getRuntime().availableProcessors());
    long t0 = System.nanoTime();
    List<Interval> one = ErrorPropagation.intervals(assessed);
    System.out.printf(Locale.ROOT, "approach 1: %.3f s%n", (System.nanoTime() - t0) / 1e9);
    List<Interval> two = MonteCarlo.intervals(assessed, 1, iterations);
    System.out.printf(Locale.ROOT, "warm-up done%n");
    double[] seconds = new double[runs];
    for (int r = 0; r < runs; r++) {
      long cpu = processCpuNanos();
      long s = System.nanoTime();
      two = MonteCarlo.intervals(assessed, 1 + r, iterations);
      seconds[r] = (System.nanoTime() - s) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "approach 2 run %d: %.3f s wall, %.3f s CPU%n",
          r + 1,
          seconds[r],
          (processCpuNanos() - cpu) / 1e9);
    }
    Arrays.sort(seconds);
    System.out.printf(
        Locale.ROOT,
        "approach 2 median %.3f s (min %.3f, max %.3f)%n",
        seconds[runs / 2],
        seconds[0],
        seconds[runs - 1]);
    Interval a = one.get(0);
    Interval b = two.get(0);
    System.out.printf(
        Locale.ROOT,
        "%s: %.1f t; approach 1 -%.2f%% +%.2f%%; approach 2 -%.2f%% +%.2f%%%n",
        a.cell(),
        a.centralGrams() / 1e6,
        a.minusPercent(),
        a.plusPercent(),
        b.minusPercent(),
        b.plusPercent());
  }

  /** CPU time of the whole process so far, all threads: wall time misleads on a busy machine. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The first {@code count} lines the engine makes of generated demo records (seed 42). */
  static List<UncertainLine> lines(int count) throws IOException {
    ReferenceData reference = BuiltInReferenceData.load();
    CalculationEngine engine = reference.engine(CalculationOptions.defaults());
    AssessingUncertainty assessment =
        new AssessingUncertainty(
            UncertaintyOverrides.NONE, new DataQualityScoring(reference.regions()));
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    ActivityGenerator.ofDemo().write(count, 42, csv);
    ActivityRowParser parser =
        new ActivityRowParser(reference.catalog(), reference.regions(), reference.gwps());
    List<ActivityRecord> rows = new ArrayList<>();
    try (TableReader table =
        TableReader.csv("bench.csv", new ByteArrayInputStream(csv.toByteArray()))) {
      HeaderIndex h =
          HeaderIndex.of(
              "bench.csv", table.header(), ActivityColumns.REQUIRED, ActivityColumns.OPTIONAL);
      List<Problem> problems = new ArrayList<>();
      table.forEachRow(r -> rows.add(parser.parse("bench.csv", h, r, problems)));
      if (!problems.isEmpty()) {
        throw new IllegalStateException(problems.toString());
      }
    }
    for (ActivityRecord r : rows) {
      engine.calculate(r, assessment);
    }
    List<UncertainLine> all = assessment.lines();
    if (all.size() < count) {
      throw new IllegalStateException(count + " records made only " + all.size() + " lines");
    }
    return all.subList(0, count);
  }
}
