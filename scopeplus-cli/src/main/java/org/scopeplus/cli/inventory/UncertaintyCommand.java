package org.scopeplus.cli.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.scopeplus.core.quality.DataQualityScoring;
import org.scopeplus.core.uncertainty.AssessingUncertainty;
import org.scopeplus.core.uncertainty.MonteCarlo;
import org.scopeplus.core.uncertainty.UncertaintyOverrides;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.ParallelInventoryJob;
import org.scopeplus.io.uncertainty.UncertaintyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scopeplus uncertainty FILES...}: calculates the inventory, then the 95% interval of each
 * total by IPCC Approach 1 and Approach 2 and the data-quality scores (docs/uncertainty.md). Exit
 * code 0; 1 with the input's problems; 2 for unusable options.
 */
@Command(
    name = "uncertainty",
    mixinStandardHelpOptions = true,
    description =
        "Calculate an inventory's 95% uncertainty intervals (IPCC Approach 1 and 2) and data quality.")
public final class UncertaintyCommand implements Callable<Integer> {

  @Mixin ActivityInputs inputs;

  @Mixin CalculationOptions calculation;

  @Option(
      names = "--approach",
      description = "1 (error propagation), 2 (Monte Carlo) or both (default: ${DEFAULT-VALUE}).",
      defaultValue = "both")
  String approach;

  @Option(
      names = "--seed",
      description = "Seed of the Monte Carlo draws (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  @Option(
      names = "--iterations",
      description = "Monte Carlo iterations, 100 to 1000000 (default: ${DEFAULT-VALUE}).",
      defaultValue = "10000")
  int iterations;

  @Option(
      names = "--activity-uncertainty",
      paramLabel = "TYPE=PERCENT[:DIST]",
      description =
          "Your own activity-data uncertainty for an activity type, e.g. s2.electricity=1.5 or"
              + " s3.cat6.air=10:lognormal (repeatable).")
  List<String> activityOverrides = new ArrayList<>();

  @Option(
      names = "--factor-uncertainty",
      paramLabel = "FACTOR=PERCENT[:DIST]",
      description = "Your own uncertainty for a factor id (repeatable).")
  List<String> factorOverrides = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path out;

  @Option(names = "--no-progress", description = "Do not show a progress bar.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    if (inputs.refusesYear()) {
      return 2;
    }
    boolean one = approach.equals("1") || approach.equalsIgnoreCase("both");
    boolean two = approach.equals("2") || approach.equalsIgnoreCase("both");
    if (!one && !two) {
      System.err.println("--approach is 1, 2 or both, not '" + approach + "'.");
      return 2;
    }
    if (two && (iterations < MonteCarlo.MIN_ITERATIONS || iterations > MonteCarlo.MAX_ITERATIONS)) {
      System.err.printf(
          "--iterations must be %d to %d, not %d.%n",
          MonteCarlo.MIN_ITERATIONS, MonteCarlo.MAX_ITERATIONS, iterations);
      return 2;
    }
    if (calculation.format() == OutputFormat.CSV) {
      System.err.println("--format is table or json for uncertainty.");
      return 2;
    }
    UncertaintyOverrides overrides = UncertaintyOverrides.NONE;
    for (String text : activityOverrides) {
      UncertaintyOverrides.Entry e = UncertaintyOverrides.parse(text);
      if (e instanceof UncertaintyOverrides.Refused r) {
        System.err.println("--activity-uncertainty: " + r.reason() + ".");
        return 2;
      }
      UncertaintyOverrides.Accepted a = (UncertaintyOverrides.Accepted) e;
      overrides = overrides.withActivityType(a.key(), a.uncertainty());
    }
    for (String text : factorOverrides) {
      UncertaintyOverrides.Entry e = UncertaintyOverrides.parse(text);
      if (e instanceof UncertaintyOverrides.Refused r) {
        System.err.println("--factor-uncertainty: " + r.reason() + ".");
        return 2;
      }
      UncertaintyOverrides.Accepted a = (UncertaintyOverrides.Accepted) e;
      overrides = overrides.withFactor(a.key(), a.uncertainty());
    }
    CompletableFuture<ReferenceData> reference =
        CompletableFuture.supplyAsync(BuiltInReferenceData::load);
    ParallelInventoryJob job =
        new ParallelInventoryJob(
            reference::join, Math.max(1, Runtime.getRuntime().availableProcessors()));
    AssessingUncertainty assessment =
        new AssessingUncertainty(overrides, new DataQualityScoring(reference.join().regions()));
    InventoryOutcome outcome;
    try (Progress bar = Progress.forFiles(inputs.files, !noProgress)) {
      outcome = job.run(inputs.request(calculation, null), bar::update, assessment);
    }
    if (!outcome.ok()) {
      return InventoryCommand.reportProblems(outcome);
    }
    UncertaintyReport report =
        new UncertaintyReport(
            assessment.lines().size(),
            one ? assessment.approach1() : null,
            two ? assessment.approach2(seed, iterations) : null,
            seed,
            two ? iterations : 0,
            assessment.quality());
    try (OutputStream os =
        out == null ? InventoryCommand.nonClosing(System.out) : Files.newOutputStream(out)) {
      if (calculation.format() == OutputFormat.JSON) {
        report.writeJson(os);
      } else {
        report.writeTable(os);
      }
    }
    return 0;
  }
}
