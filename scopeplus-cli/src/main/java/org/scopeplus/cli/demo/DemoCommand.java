package org.scopeplus.cli.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.scopeplus.cli.InventoryOutput;
import org.scopeplus.cli.OutputFormat;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.inventory.ConsolidationApproach;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoDataset;
import org.scopeplus.io.run.InventoryJob;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scopeplus demo}: the inventory of the shipped demo company (Kestrel Group, 2020 to 2025),
 * calculated and printed exactly as {@code scopeplus inventory} does for a user's own files.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Calculate the inventory of the demo company, " + DemoCompany.NAME + ".",
      "A fictional platform company whose 2020 inventory reproduces a published baseline."
    })
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--year", description = "Only this year (2020 to 2025); default: every year.")
  Integer year;

  @Option(
      names = "--format",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).",
      defaultValue = "TABLE")
  OutputFormat format;

  @Option(
      names = "--gwp",
      description = "GWP set: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "AR5")
  GwpSet gwp;

  @Option(
      names = "--consolidation",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "OPERATIONAL_CONTROL")
  ConsolidationApproach consolidation;

  @Option(names = "--trace", description = "Include every result line with its factor and formula.")
  boolean trace;

  @Option(
      names = "--export",
      paramLabel = "DIR",
      description = "Also copy the demo's activity, org and metrics files into DIR.")
  Path export;

  @Override
  public Integer call() throws IOException {
    if (year != null && (year < DemoCompany.FIRST_YEAR || year > DemoCompany.LAST_YEAR)) {
      System.err.printf(
          "The demo covers %d to %d; there is no %d.%n",
          DemoCompany.FIRST_YEAR, DemoCompany.LAST_YEAR, year);
      return 2;
    }
    Path dir = export != null ? export : Files.createTempDirectory("scopeplus-demo");
    try {
      DemoDataset.DemoFiles files = DemoDataset.extract(dir);
      InventoryRequest request =
          new InventoryRequest(
              List.of(files.activity()),
              List.of(),
              files.org(),
              files.metrics(),
              gwp,
              consolidation,
              year == null ? 0 : year,
              trace);
      InventoryOutcome outcome =
          new InventoryJob(BuiltInReferenceData.load()).run(request, b -> {});
      if (!outcome.ok()) {
        // the shipped data is part of the build: a problem here is a defect
        for (Problem p : outcome.problems()) {
          System.err.println(p);
        }
        throw new IllegalStateException("the demo data has problems");
      }
      try (OutputStream out = nonClosing(System.out)) {
        InventoryOutput.write(outcome.inventory(), trace ? outcome.lines() : null, format, out);
      }
      return 0;
    } finally {
      if (export == null) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  private static OutputStream nonClosing(PrintStream out) {
    return new java.io.FilterOutputStream(out) {
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
