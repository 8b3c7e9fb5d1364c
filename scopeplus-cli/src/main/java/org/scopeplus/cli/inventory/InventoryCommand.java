package org.scopeplus.cli.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.scopeplus.cli.management.InstrumentFolder;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.io.run.ParallelInventoryJob;
import org.scopeplus.io.table.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scopeplus inventory FILES...}: calculates a greenhouse-gas inventory from activity files.
 * Exit code 0 with the inventory; 1 with the list of problems and no inventory.
 */
@Command(
    name = "inventory",
    mixinStandardHelpOptions = true,
    description = "Calculate a Scope 1, 2 and 3 inventory from activity data (CSV or XLSX).")
public final class InventoryCommand implements Callable<Integer> {

  /** Exit code when the input has problems. */
  public static final int EXIT_PROBLEMS = 1;

  @Mixin ActivityInputs inputs;

  @Mixin CalculationOptions calculation;

  @Option(
      names = "--metrics",
      paramLabel = "FILE",
      description = "Revenue, employees and floor area per year, for intensities.")
  Path metrics;

  @Option(
      names = "--footprints",
      paramLabel = "FILE",
      description =
          "Suppliers' product footprints (a PACT v3 JSON document): a category 1 or 2 record"
              + " naming a supplier_product_id takes its footprint instead of the average factor.")
  Path footprints;

  @Option(
      names = "--instruments",
      paramLabel = "DIR",
      description = {
        "A folder with instruments.csv and optionally allocations.csv (see docs/management.md):",
        "market-based Scope 2 applies the certificates and contracts the registry allocates to",
        "the electricity of FILES, and a record's own instrument column claims nothing."
      })
  Path instruments;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path out;

  @Option(
      names = "--trace",
      description =
          "Include every result line: record, factor, citation, GWP and formula (with --format csv: the trace lines only).")
  boolean trace;

  @Option(names = "--no-progress", description = "Do not show a progress bar.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    if (inputs.refusesYear()) {
      return 2;
    }
    InventoryRequest request = inputs.request(calculation, metrics);
    if (instruments != null) {
      InstrumentRegistry registry;
      try {
        registry = InstrumentFolder.registry(instruments, request.activityFiles());
      } catch (IllegalArgumentException e) {
        System.err.println("No inventory was produced: the instrument registry refuses its input.");
        System.err.println(e.getMessage());
        return EXIT_PROBLEMS;
      }
      request = request.withClaims(registry.claims());
    } else {
      warnOfInstrumentColumn(request.activityFiles());
    }
    return calculate(
        footprints == null ? request : request.withFootprints(footprints),
        trace,
        calculation.format(),
        out,
        !noProgress,
        calculation.sources());
  }

  /**
   * Calculates the inventory of {@code request} and writes it in {@code format} to {@code out}
   * (null: standard output), streaming the trace when asked (so {@code request} need not keep
   * lines); every command that calculates an inventory prints it through here. Returns 0, or {@link
   * #EXIT_PROBLEMS} with the problems on standard error and no output.
   */
  public static int calculate(
      InventoryRequest request,
      boolean trace,
      OutputFormat format,
      Path out,
      boolean progress,
      boolean sources)
      throws IOException {
    // the reference data loads while the job reads the headers and cuts the files
    CompletableFuture<ReferenceData> reference =
        CompletableFuture.supplyAsync(BuiltInReferenceData::load);
    ParallelInventoryJob job =
        new ParallelInventoryJob(
            reference::join, Math.max(1, Runtime.getRuntime().availableProcessors()));
    List<Path> files = request.activityFiles();
    if (trace) {
      try (StreamedTrace lines = StreamedTrace.open(format, out, sources)) {
        InventoryOutcome outcome;
        try (Progress bar = Progress.forFiles(files, progress)) {
          outcome = job.run(request, bar::update, lines);
        }
        if (!outcome.ok()) {
          return reportProblems(outcome);
        }
        if (noRecordIn(request, outcome)) {
          return EXIT_PROBLEMS;
        }
        lines.finish(outcome.inventory(), out, System.out);
      }
      return 0;
    }
    InventoryOutcome outcome;
    try (Progress bar = Progress.forFiles(files, progress)) {
      outcome = job.run(request, bar::update);
    }
    if (!outcome.ok()) {
      return reportProblems(outcome);
    }
    if (noRecordIn(request, outcome)) {
      return EXIT_PROBLEMS;
    }
    IndicatorsFromMetrics indicators =
        format == OutputFormat.CSV ? null : IndicatorsFromMetrics.of(request);
    try (OutputStream os = out == null ? nonClosing(System.out) : Files.newOutputStream(out)) {
      if (indicators != null && format == OutputFormat.JSON) {
        InventoryOutput.writeJson(
            outcome.inventory(), "operationalIndicators", indicators.json(), os);
      } else {
        InventoryOutput.write(outcome.inventory(), null, format, os, sources);
        if (indicators != null) {
          indicators.table(os);
        }
      }
    }
    return 0;
  }

  /**
   * Says on standard error that an activity file's {@code instrument} column is the legacy path: a
   * record naming an instrument there is counted at zero market-based emissions on its word alone,
   * with nothing to stop one certificate being named on two records. Only the header is read.
   */
  static void warnOfInstrumentColumn(List<Path> files) {
    for (Path f : files) {
      try (TableReader t = TableReader.open(f)) {
        for (String column : t.header()) {
          if (column.strip().equalsIgnoreCase("instrument")) {
            System.err.printf(
                "note: %s has an instrument column, the legacy path: a record naming a"
                    + " certificate there counts at zero market-based emissions on its word alone,"
                    + " and nothing stops one certificate being named twice. Give --instruments DIR"
                    + " to claim certificates through the registry (docs/management.md).%n",
                f.getFileName());
            return;
          }
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable file is reported by the run itself, with its row and column
        return;
      }
    }
  }

  /**
   * True, with a sentence on standard error, when {@code --year} was given and no record's period
   * starts in it: an empty inventory would look like a year without emissions.
   */
  private static boolean noRecordIn(InventoryRequest request, InventoryOutcome outcome) {
    if (request.year() == 0 || outcome.inventory().records() > 0) {
      return false;
    }
    System.err.printf(
        "no record's period starts in %d: nothing to calculate for --year %d (check the year, or"
            + " leave --year out to calculate every record)%n",
        request.year(), request.year());
    return true;
  }

  static int reportProblems(InventoryOutcome outcome) {
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    err.printf(
        "No inventory was produced: %d problem%s in the input.%n",
        outcome.problemCount(), outcome.problemCount() == 1 ? "" : "s");
    for (Problem p : outcome.problems()) {
      err.println(p);
    }
    if (outcome.problemCount() > outcome.problems().size()) {
      err.printf("... and %d more.%n", outcome.problemCount() - outcome.problems().size());
    }
    return EXIT_PROBLEMS;
  }

  static OutputStream nonClosing(OutputStream os) {
    return new java.io.FilterOutputStream(os) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
