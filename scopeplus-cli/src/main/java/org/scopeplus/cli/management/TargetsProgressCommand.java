package org.scopeplus.cli.management;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.targets.ProgressOutcome;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetProgress;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoManagement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scopeplus targets progress --demo}: each target of the demo company against its pathway,
 * with the actual values from the demo's inventories of 2020 to 2025.
 */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = {
      "Each target's pathway, actuals, gap, projection to the target year and verdict.",
      "The emissions are the inventories of each year, calculated as 'scopeplus inventory' does."
    })
public final class TargetsProgressCommand implements Callable<Integer> {

  @Option(
      names = "--demo",
      required = true,
      description = "The demo company, " + DemoCompany.NAME + ".")
  boolean demo;

  @Option(names = "--year", description = "Use the actual years up to this one (default: all).")
  Integer year;

  @Option(
      names = "--format",
      description = "table or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  String format;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("table") && !format.equals("json")) {
      System.err.println("--format is table or json, not " + format);
      return 2;
    }
    int upTo = year == null ? DemoCompany.LAST_YEAR : year;
    if (upTo < DemoCompany.FIRST_YEAR || upTo > DemoCompany.LAST_YEAR) {
      System.err.printf(
          "The demo covers %d to %d; there is no %d.%n",
          DemoCompany.FIRST_YEAR, DemoCompany.LAST_YEAR, upTo);
      return 2;
    }
    DemoYears years = DemoYears.demo();
    List<Target> targets = DemoManagement.targets();
    List<ProgressOutcome> outcomes = new ArrayList<>();
    for (Target t : targets) {
      outcomes.add(TargetProgress.of(t, demoActuals(t, years), null, upTo));
    }
    if (format.equals("json")) {
      ProgressReport.json(outcomes, targets, upTo, System.out);
    } else {
      ProgressReport.table(outcomes, targets, upTo, System.out);
    }
    return 0;
  }

  /** The demo's actual values of a target, per year. */
  static SortedMap<Integer, Double> demoActuals(Target t, DemoYears years) {
    return switch (t.kind()) {
      case ABSOLUTE, INTENSITY -> inventoryActuals(t, years.inventories());
      case CUMULATIVE -> DemoManagement.scope3PlusReductions();
      case RENEWABLE_SHARE -> years.renewable().of(t.orgUnit());
      case FLEET_ELECTRIFICATION -> DemoManagement.fleetElectricShare();
    };
  }

  /**
   * An absolute or intensity target's value in each year's inventory: the totals of its org unit,
   * and for an intensity the year's metric from the metrics file.
   */
  static SortedMap<Integer, Double> inventoryActuals(
      Target t, SortedMap<Integer, Inventory> inventories) {
    SortedMap<Integer, Double> out = new TreeMap<>();
    for (var e : inventories.entrySet()) {
      Totals totals = e.getValue().byOrgUnit().get(t.orgUnit());
      if (totals == null) {
        continue;
      }
      double denominator = 1;
      if (t.kind() == org.scopeplus.core.targets.TargetKind.INTENSITY) {
        Double d = null;
        for (IntensityDenominator m : e.getValue().intensityDenominators()) {
          if (m.metric().equals(t.denominator()) && m.year() == e.getKey()) {
            d = m.value();
          }
        }
        if (d == null) {
          continue;
        }
        denominator = d;
      }
      out.put(e.getKey(), t.emissionValue(totals, denominator));
    }
    return out;
  }
}
