package org.scopeplus.core.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.LineSink;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.inventory.InputDigest;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.inventory.InventoryAccumulator;
import org.scopeplus.core.inventory.RunManifest;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;

/**
 * One calculation run: its source hands it the activity records in order, input by input, with the
 * problems it found in reading them; the run calculates each record with the {@link
 * CalculationEngine}, adds its lines up with exact sums, hands them to the sink while there is no
 * problem, and ends in an {@link InventoryRunOutcome}. All or nothing: with any problem, from the
 * source, the engine or the sums, there is no inventory, only the problems in the order they were
 * found. Not thread-safe: one source feeds it.
 *
 * <p>A source that has already summed records of one kind through the engine's own {@link
 * org.scopeplus.core.calculation.LinePlan}s (the parallel file job) hands the sums over with {@link
 * #addSums} and {@link #addSummedLine} instead of the records, and the digests of its inputs with
 * {@link #addInput}.
 */
public final class InventoryRun {

  private static final LineSink NOWHERE = line -> {};

  private final CalculationEngine engine;
  private final ProblemTally problems;
  private final InventoryAccumulator accumulator = new InventoryAccumulator();
  private final LineSink keep;
  private final List<InputDigest> inputs = new ArrayList<>();
  private long inputRecords;

  /**
   * A run with the default limit of listed problems.
   *
   * @param lines receives every result line in order while the run has no problem, or null
   */
  public InventoryRun(CalculationEngine engine, LineSink lines) {
    this(engine, lines, new ProblemTally());
  }

  /**
   * @param lines receives every result line in order while the run has no problem, or null
   * @param problems where the run's problems are listed (its limit applies)
   */
  public InventoryRun(CalculationEngine engine, LineSink lines, ProblemTally problems) {
    this.engine = engine;
    this.problems = problems;
    this.keep =
        lines == null
            ? accumulator
            : line -> {
              accumulator.accept(line);
              lines.accept(line);
            };
  }

  /** Runs the whole stream as one input and finishes the run. */
  public static InventoryRunOutcome of(
      CalculationEngine engine,
      Iterable<ActivityRecord> records,
      String inputName,
      String inputSha256,
      Function<List<InputDigest>, RunManifest> manifest) {
    InventoryRun run = new InventoryRun(engine, null);
    for (ActivityRecord r : records) {
      run.calculate(r);
    }
    run.endInput(inputName, inputSha256);
    return run.finish(manifest, List.of());
  }

  /**
   * Calculates one record of the current input. Its lines go to the sums and the sink only while
   * the run has no problem; once it has, records are still calculated, to list their problems.
   */
  public void calculate(ActivityRecord record) {
    boolean clean = problems.isEmpty();
    CalculationOutcome outcome = engine.calculate(record, clean ? keep : NOWHERE);
    if (outcome instanceof CalculationOutcome.Refused refused) {
      problems.add(refused.problem());
      return;
    }
    accumulator.countRecord();
    inputRecords++;
    if (clean && accumulator.overflowed()) {
      // this record's lines took the sums beyond a long: it is named, the run stops
      problems.add(accumulator.overflow().orElseThrow());
    }
  }

  /** A problem the source found (a row that does not read, a duplicate id): no inventory. */
  public void refuse(Problem problem) {
    problems.add(problem);
  }

  /** Problems the source found, in their order. */
  public void refuseAll(Collection<Problem> found) {
    problems.addAll(found);
  }

  /** The first problems the source found and how many it found in all. */
  public void refuseAll(Collection<Problem> first, long count) {
    problems.addAll(first, count);
  }

  /** Problems the source found, with how many there were beyond those listed. */
  public void refuseAll(ProblemTally found) {
    problems.addAll(found);
  }

  /** True once the run has a problem: it will give no inventory. */
  public boolean refused() {
    return !problems.isEmpty();
  }

  /** Ends the current input: its digest, with the records calculated since the last one ended. */
  public void endInput(String name, String sha256) {
    inputs.add(new InputDigest(name, sha256, inputRecords));
    inputRecords = 0;
  }

  /** An input whose records the source counted itself (it summed them through plans). */
  public void addInput(InputDigest input) {
    inputs.add(input);
  }

  /** Sums of records calculated one by one elsewhere (on another thread) with the same engine. */
  public void addSums(InventoryAccumulator partial) {
    accumulator.merge(partial);
  }

  /**
   * A line carrying the summed grams of {@code records} records of one kind, each of which makes
   * the line once, computed by the engine's {@link org.scopeplus.core.calculation.LinePlan}.
   */
  public void addSummedLine(ResultLine line, long records) {
    accumulator.acceptSummed(line, records);
  }

  /** Counts records calculated through plans, whose lines came summed. */
  public void countRecords(long records) {
    accumulator.countRecords(records);
  }

  /** True when the sums left the range of {@code long}. */
  public boolean overflowed() {
    return accumulator.overflowed();
  }

  /**
   * The outcome: the problems when there are any (the sums' overflow included), else the inventory
   * with the manifest made from the inputs' digests.
   */
  public InventoryRunOutcome finish(
      Function<List<InputDigest>, RunManifest> manifest, List<IntensityDenominator> denominators) {
    if (problems.isEmpty() && accumulator.overflowed()) {
      problems.add(accumulator.overflow().orElseThrow());
    }
    if (!problems.isEmpty()) {
      return new InventoryRunOutcome.Refused(problems.listed(), problems.count());
    }
    return new InventoryRunOutcome.Calculated(
        accumulator.toInventory(manifest.apply(List.copyOf(inputs)), denominators));
  }
}
