package org.scopeplus.cli.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.instrument.RenewableShare;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoDataset;
import org.scopeplus.io.demo.DemoInstruments;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.io.run.ParallelInventoryJob;
import org.springframework.util.FileSystemUtils;

/**
 * The inventories of a set of activity files, one per year, calculated exactly as {@code scopeplus
 * inventory --year Y} calculates each; and, for the demo company, its renewable-electricity shares.
 *
 * @param inventories the inventory of each year that has activity data
 * @param renewable the renewable-electricity share by org unit and year
 */
record DemoYears(SortedMap<Integer, Inventory> inventories, RenewableShare renewable) {

  /** The demo company's inventories of 2020 to 2025. */
  static DemoYears demo() throws IOException {
    Path dir = Files.createTempDirectory("scopeplus-demo");
    try {
      DemoDataset.DemoFiles f = DemoDataset.extract(dir);
      // one registry gives the market-based Scope 2 of the inventories and the renewable share
      InstrumentRegistry registry = DemoInstruments.registry(f.activity());
      SortedMap<Integer, Inventory> years =
          calculate(
              List.of(f.activity()),
              f.org(),
              f.metrics(),
              DemoCompany.FIRST_YEAR,
              DemoCompany.LAST_YEAR,
              registry);
      return new DemoYears(years, registry.renewableShare());
    } finally {
      FileSystemUtils.deleteRecursively(dir);
    }
  }

  /**
   * The inventory of each year from {@code first} to {@code last} that has records.
   *
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException naming the problems when the input is refused
   */
  static SortedMap<Integer, Inventory> calculate(
      List<Path> activity, Path org, Path metrics, int first, int last) throws IOException {
    return calculate(activity, org, metrics, first, last, null);
  }

  /**
   * The same, with the allocations of an instrument registry (null: none) applied to market-based
   * Scope 2.
   */
  static SortedMap<Integer, Inventory> calculate(
      List<Path> activity, Path org, Path metrics, int first, int last, InstrumentRegistry registry)
      throws IOException {
    ParallelInventoryJob job =
        new ParallelInventoryJob(
            BuiltInReferenceData.load(), Math.max(1, Runtime.getRuntime().availableProcessors()));
    SortedMap<Integer, Inventory> out = new TreeMap<>();
    for (int year = first; year <= last; year++) {
      InventoryRequest request =
          new InventoryRequest(
              activity,
              List.of(),
              org,
              metrics,
              GwpSet.DEFAULT,
              ConsolidationApproach.OPERATIONAL_CONTROL,
              year,
              false);
      InventoryOutcome o =
          job.run(registry == null ? request : request.withClaims(registry.claims()), done -> {});
      if (!o.ok()) {
        StringBuilder b = new StringBuilder("No inventory for " + year + ": ");
        for (Problem p : o.problems()) {
          b.append(System.lineSeparator()).append(p);
        }
        throw new IllegalArgumentException(b.toString());
      }
      if (o.inventory().records() > 0) {
        out.put(year, o.inventory());
      }
    }
    return out;
  }
}
