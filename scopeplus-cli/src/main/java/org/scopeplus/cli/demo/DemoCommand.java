package org.scopeplus.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scopeplus.cli.inventory.CalculationOptions;
import org.scopeplus.cli.inventory.InventoryCommand;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoDataset;
import org.scopeplus.io.demo.DemoInstruments;
import org.scopeplus.io.run.InventoryRequest;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  /** The folder of {@code --export DIR} that holds the demo's instrument registry. */
  static final String INSTRUMENTS = "instruments";

  @Option(names = "--year", description = "Only this year (2020 to 2025); default: every year.")
  Integer year;

  @Mixin CalculationOptions calculation;

  @Option(names = "--trace", description = "Include every result line with its factor and formula.")
  boolean trace;

  @Option(
      names = "--export",
      paramLabel = "DIR",
      description =
          "Also copy the demo's activity, org and metrics files into DIR, and its instrument"
              + " registry into DIR/instruments (for inventory --instruments).")
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
      // the certificates and PPAs are the registry's entries: market-based Scope 2 applies its
      // allocations, as a user's run with --instruments does
      InstrumentRegistry registry = DemoInstruments.registry(files.activity());
      if (export != null) {
        DemoInstruments.write(registry, export.resolve(INSTRUMENTS));
      }
      InventoryRequest request =
          calculation
              .request(List.of(files.activity()), List.of(), files.org(), files.metrics(), year)
              .withClaims(registry.claims());
      return InventoryCommand.calculate(
          request, trace, calculation.format(), null, false, calculation.sources());
    } finally {
      if (export == null) {
        FileSystemUtils.deleteRecursively(dir);
      }
    }
  }
}
