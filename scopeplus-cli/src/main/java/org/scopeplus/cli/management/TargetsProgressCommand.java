package org.scopeplus.cli.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.scopeplus.cli.options.TableOrJson;
import org.scopeplus.core.indicator.IndicatorValue;
import org.scopeplus.core.indicator.Metric;
import org.scopeplus.core.indicator.OperationalIndicators;
import org.scopeplus.core.instrument.InstrumentRegistry;
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

  @Option(names = "--demo", description = "The demo company, " + DemoCompany.NAME + ".")
  boolean demo;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = {
        "A folder with targets.csv, activity.csv, org.csv and optionally metrics.csv,",
        "indicators.csv, and instruments.csv with allocations.csv (see docs/management.md)."
      })
  Path data;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      description = {
        "With --data: an ecosystem state directory whose Scope 3+ ledger gives cumulative",
        "targets their actuals (net tonnes avoided per year, 2021-2035)."
      })
  Path state;

  @Option(
      names = "--year",
      description = "Use the actual years up to this one (default: all; with --data, up to now).")
  Integer year;

  @Option(
      names = "--format",
      description = "table or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  TableOrJson format;

  @Override
  public Integer call() throws IOException {
    if (demo == (data != null)) {
      System.err.println("Give either --demo or --data DIR.");
      return 2;
    }
    if (state != null && data == null) {
      System.err.println("--state goes with --data DIR.");
      return 2;
    }
    if (data != null) {
      return fromFolder();
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
    if (format == TableOrJson.json) {
      ProgressReport.json(outcomes, targets, upTo, System.out);
    } else {
      ProgressReport.table(outcomes, targets, upTo, System.out);
      demoBeside(years, upTo);
    }
    return 0;
  }

  /**
   * What the demo shows beside its targets: the data centres' PUE by year, the heat recovery
   * measure's avoided CO2 (outside the inventory) and the neutrality claim of the last year.
   */
  private static void demoBeside(DemoYears years, int upTo) {
    List<IndicatorValue> values = DemoManagement.indicators(years.renewable());
    System.out.println(
        "Beside the targets (scopeplus indicators --demo, scopeplus credits claim --demo)");
    StringBuilder pue = new StringBuilder("  data-centre PUE:");
    for (var e : OperationalIndicators.efficiency(values)) {
      if (e.year() <= upTo) {
        pue.append(String.format(java.util.Locale.ROOT, " %d %.2f", e.year(), e.pue()));
      }
    }
    System.out.println(pue);
    for (IndicatorValue v : values) {
      if (v.metric() == Metric.HEAT_RECOVERED && v.year() <= upTo) {
        System.out.printf(
            java.util.Locale.ROOT,
            "  heat recovered at %s in %d: %,.0f tce, %,.0f t CO2 avoided (outside the inventory,"
                + " never netted)%n",
            v.facility(),
            v.year(),
            v.value(),
            OperationalIndicators.avoidedCo2Tonnes(v.value()));
      }
    }
    if (upTo > DemoCompany.FIRST_YEAR) {
      var coverage = org.scopeplus.core.targets.Coverage.parse("1+2", "market").orElseThrow();
      var claim = CreditsClaimCommand.demoClaim(years, coverage, upTo);
      System.out.printf(
          "  neutrality claim %d, %s: carbon neutral %s, net zero %s%n",
          upTo,
          claim.scope(),
          claim.carbonNeutral() ? "holds" : "does not hold",
          claim.netZero() ? "holds" : "does not hold");
      for (String r : claim.reasons()) {
        System.out.println("    - " + r);
      }
    }
  }

  private int fromFolder() throws IOException {
    List<Target> targets;
    List<IndicatorValue> indicators;
    SortedMap<Integer, Inventory> inventories;
    InstrumentRegistry registry = null;
    int upTo;
    try {
      targets = ManagementFolder.targets(data);
      indicators = ManagementFolder.allIndicators(data);
      int first = targets.stream().mapToInt(Target::baseYear).min().orElseThrow();
      upTo =
          year != null
              ? year
              : Math.min(
                  java.time.Year.now(java.time.ZoneOffset.UTC).getValue(),
                  targets.stream().mapToInt(Target::targetYear).max().orElseThrow());
      if (upTo < first || upTo > Target.LAST_YEAR) {
        System.err.printf("--year %d lies before the first base year %d.%n", upTo, first);
        return 2;
      }
      // the folder's instruments.csv, read as 'inventory --instruments' reads it: the same
      // registry gives market-based Scope 2 and the renewable-electricity share
      if (Files.isRegularFile(data.resolve(InstrumentFolder.INSTRUMENTS))) {
        registry = InstrumentFolder.registry(data);
      }
      inventories = new TreeMap<>();
      if (targets.stream().anyMatch(Target::onInventory)) {
        Path activity = data.resolve(ManagementFolder.ACTIVITY);
        Path org = data.resolve(ManagementFolder.ORG);
        for (Path f : List.of(activity, org)) {
          if (!Files.isRegularFile(f)) {
            throw new ManagementFolder.Refused(
                f.getFileName().toString(),
                0,
                "file",
                "missing in " + data + "; absolute and intensity targets are measured on it");
          }
        }
        Path metrics = data.resolve(ManagementFolder.METRICS);
        inventories =
            DemoYears.calculate(
                List.of(activity),
                org,
                Files.isRegularFile(metrics) ? metrics : null,
                first,
                upTo,
                registry);
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    SortedMap<Integer, Double> scope3Plus = new TreeMap<>();
    if (state != null) {
      try {
        scope3Plus = org.scopeplus.cli.scope3plus.Scope3PlusYears.netTonnes(state);
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        return 2;
      }
    }
    List<ProgressOutcome> outcomes = new ArrayList<>();
    for (Target t : targets) {
      SortedMap<Integer, Double> actuals = folderActuals(t, inventories, indicators);
      if (t.kind() == org.scopeplus.core.targets.TargetKind.CUMULATIVE) {
        // the ledger's years win over indicators.csv's scope3plus_reductions
        actuals.putAll(scope3Plus);
      }
      if (t.kind() == org.scopeplus.core.targets.TargetKind.RENEWABLE_SHARE
          && t.basis() == org.scopeplus.core.targets.ShareBasis.HOURLY) {
        try {
          actuals = hourlyShare(data, t.orgUnit());
        } catch (IllegalArgumentException e) {
          System.err.println(e.getMessage());
          return 2;
        }
      } else if (t.kind() == org.scopeplus.core.targets.TargetKind.RENEWABLE_SHARE
          && registry != null) {
        // the registry's years win over indicators.csv's renewable_electricity
        actuals.putAll(registry.renewableShare().of(t.orgUnit()));
      }
      outcomes.add(TargetProgress.of(t, actuals, null, upTo));
    }
    if (format == TableOrJson.json) {
      ProgressReport.json(outcomes, targets, upTo, System.out);
    } else {
      ProgressReport.table(outcomes, targets, upTo, System.out);
    }
    return 0;
  }

  /**
   * The hourly-matched share of an org unit by year, from the folder's hourly.csv (the file of
   * {@code instruments share --hourly}): the consumption of the unit's facilities (those of
   * activity.csv's electricity in the unit or below it) met by supply of the same hour and market
   * boundary, over that consumption.
   */
  private static SortedMap<Integer, Double> hourlyShare(Path data, String orgUnit)
      throws IOException {
    Path file = data.resolve(ManagementFolder.HOURLY);
    if (!Files.isRegularFile(file)) {
      throw new ManagementFolder.Refused(
          ManagementFolder.HOURLY,
          0,
          "file",
          "missing in "
              + data
              + "; a renewable-share target on the hourly basis is measured on it");
    }
    java.util.Set<String> facilities = new java.util.HashSet<>();
    for (var line :
        InstrumentFolder.consumption(List.of(data.resolve(ManagementFolder.ACTIVITY)))) {
      if (line.orgUnit().equals(orgUnit) || line.orgUnit().startsWith(orgUnit + "/")) {
        facilities.add(line.facility());
      }
    }
    InstrumentFolder.Hours hours = InstrumentFolder.hourly(file);
    List<org.scopeplus.core.instrument.HourlyMatching.Hour> used =
        hours.consumption().stream().filter(h -> facilities.contains(h.name())).toList();
    SortedMap<Integer, Double> out = new TreeMap<>();
    org.scopeplus.core.instrument.HourlyMatching.score(used, hours.supply())
        .forEach(
            (y, s) -> {
              if (s.hourlyShare() != null) {
                out.put(y, s.hourlyShare());
              }
            });
    return out;
  }

  /**
   * A target's actual values from a folder: the inventories for absolute and intensity targets,
   * else the org unit's annual indicators (as the service reads them).
   */
  static SortedMap<Integer, Double> folderActuals(
      Target t, SortedMap<Integer, Inventory> inventories, List<IndicatorValue> indicators) {
    return switch (t.kind()) {
      case ABSOLUTE, INTENSITY -> inventoryActuals(t, inventories);
      case CUMULATIVE -> annual(indicators, t.orgUnit(), Metric.SCOPE3PLUS_REDUCTIONS, null);
      case RENEWABLE_SHARE ->
          annual(indicators, t.orgUnit(), Metric.RENEWABLE_ELECTRICITY, Metric.ELECTRICITY);
      case FLEET_ELECTRIFICATION ->
          annual(indicators, t.orgUnit(), Metric.FLEET_ELECTRIC, Metric.FLEET_VEHICLES);
    };
  }

  /**
   * Each year's annual value of {@code metric}, divided by {@code over}'s when given and above 0.
   */
  private static SortedMap<Integer, Double> annual(
      List<IndicatorValue> values, String orgUnit, Metric metric, Metric over) {
    SortedMap<Integer, Double> out = new TreeMap<>();
    for (IndicatorValue v : values) {
      if (v.metric() != metric
          || v.month() != 0
          || !v.facility().isEmpty()
          || !v.orgUnit().equals(orgUnit)) {
        continue;
      }
      if (over == null) {
        out.put(v.year(), v.value());
        continue;
      }
      OperationalIndicators.annual(values, orgUnit, v.year(), over)
          .filter(d -> d > 0)
          .ifPresent(d -> out.put(v.year(), v.value() / d));
    }
    return out;
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
