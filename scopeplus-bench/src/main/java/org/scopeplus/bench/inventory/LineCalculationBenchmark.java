package org.scopeplus.bench.inventory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.LinePlan;
import org.scopeplus.core.inventory.InventoryAccumulator;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.activity.ActivityRowParser;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.ActivityGenerator;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableReader;

/**
 * The per-record calculation path, on 4,096 generated records of the demo's mix: the general engine
 * ({@link CalculationEngine#calculate} into an {@link InventoryAccumulator}, as {@code
 * InventoryJob} does it) against the resolved {@link LinePlan} the parallel job applies to each
 * record once its kind has been seen.
 *
 * <p>Run: {@code java -cp ... org.openjdk.jmh.Main LineCalculationBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LineCalculationBenchmark {

  private ActivityRecord[] records;
  private LinePlan[] plans;
  private int[] signs;
  private CalculationEngine engine;
  private InventoryAccumulator accumulator;
  private int next;

  @Setup
  public void setUp() throws IOException {
    ReferenceData reference = BuiltInReferenceData.load();
    engine = reference.engine(CalculationOptions.defaults());
    java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
    ActivityGenerator.ofDemo().write(4_096, 7, csv);
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
    records = rows.toArray(new ActivityRecord[0]);
    plans = new LinePlan[records.length];
    signs = new int[records.length];
    for (int i = 0; i < records.length; i++) {
      ActivityRecord r = records[i];
      ActivityType type = reference.catalog().type(r.activityType()).orElseThrow();
      plans[i] = engine.plan(type, r.unit(), r.region(), r.period(), r.substance(), r.instrument());
      signs[i] = type.sign();
    }
    accumulator = new InventoryAccumulator();
  }

  /** One record through the general engine, its lines added up. */
  @Benchmark
  public Object engineRecord() {
    int i = next++ & (records.length - 1);
    return engine.calculate(records[i], accumulator);
  }

  /** One record through its resolved plan: each line's grams, rounded once. */
  @Benchmark
  public long planRecord() {
    int i = next++ & (records.length - 1);
    LinePlan p = plans[i];
    double q = records[i].quantity();
    double share = signs[i] * 1.0 * 1.0;
    long sum = 0;
    for (int l = 0; l < p.lineCount(); l++) {
      double kg = p.kilograms(l, q, share);
      sum += p.co2eGrams(l, kg) + LinePlan.gasGrams(kg);
    }
    return sum;
  }
}
