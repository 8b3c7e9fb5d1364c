package org.scopeplus.cli.management;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scopeplus.cli.options.TableOrJson;
import org.scopeplus.core.indicator.IndicatorValue;
import org.scopeplus.core.indicator.Metric;
import org.scopeplus.core.indicator.OperationalIndicators;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoDataset;
import org.scopeplus.io.demo.DemoManagement;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus indicators (--demo | --data DIR)}: the operational indicator values of a
 * folder's {@code indicators.csv} and {@code metrics.csv}, with the PUE and WUE they give by
 * facility and period, the fleet-electrification share and the CO2 that recovered heat avoids
 * (reported outside the inventory, never netted).
 */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = {
      "Operational indicator values with their PUE, WUE, fleet share and avoided CO2.",
      "PUE = facility energy / IT energy, WUE = water (L) / IT energy (kWh), where both exist;",
      "recovered heat avoids 2.664 t CO2 per tce, reported outside the inventory."
    })
public final class IndicatorsCommand implements Callable<Integer> {

  @Option(names = "--demo", description = "The demo company, " + DemoCompany.NAME + ".")
  boolean demo;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "A folder with indicators.csv and/or metrics.csv (see docs/management.md).")
  Path data;

  @Option(names = "--year", description = "Only this year.")
  Integer year;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (default) or json (schema scopeplus.indicators/1).")
  TableOrJson format;

  @Override
  public Integer call() throws IOException {
    if (demo == (data != null)) {
      System.err.println("Give either --demo or --data DIR.");
      return 2;
    }
    List<IndicatorValue> values;
    if (demo) {
      Path dir = Files.createTempDirectory("scopeplus-demo");
      try {
        values = DemoManagement.indicators(DemoDataset.extract(dir).activity());
      } finally {
        FileSystemUtils.deleteRecursively(dir);
      }
    } else {
      try {
        if (!Files.isRegularFile(data.resolve(ManagementFolder.INDICATORS))
            && !Files.isRegularFile(data.resolve(ManagementFolder.METRICS))) {
          throw new ManagementFolder.Refused(
              ManagementFolder.INDICATORS, 0, "file", "missing in " + data + ", as is metrics.csv");
        }
        values = ManagementFolder.allIndicators(data);
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        return 2;
      }
    }
    if (year != null) {
      values = values.stream().filter(v -> v.year() == year).toList();
    }
    if (format == TableOrJson.json) {
      System.out.println(json(values));
      return 0;
    }
    System.out.printf(
        "%-28s %-12s %-8s %-22s %16s  %s%n",
        "org unit", "facility", "period", "metric", "value", "unit");
    for (IndicatorValue v : values) {
      System.out.printf(
          Locale.ROOT,
          "%-28s %-12s %-8s %-22s %16.3f  %s%n",
          v.orgUnit(),
          v.facility(),
          period(v.year(), v.month()),
          v.metric().label(),
          v.value(),
          v.metric().unit());
    }
    printSummary(values, Map.of(), Map.of(), System.out);
    return 0;
  }

  /**
   * Prints what the values give, each part only where the values hold it: PUE and WUE, the fleet
   * share, energy per floor area and per employee, and the CO2 recovered heat avoids; answers
   * whether anything was printed. {@code scopeplus inventory --metrics} prints the same.
   *
   * @param floorAreaM2 floor area by year, for energy per m2
   * @param employees employees by year, for energy per employee
   */
  public static boolean printSummary(
      List<IndicatorValue> values,
      Map<Integer, Double> floorAreaM2,
      Map<Integer, Double> employees,
      PrintStream out) {
    boolean any = false;
    var efficiency = OperationalIndicators.efficiency(values);
    if (!efficiency.isEmpty()) {
      any = true;
      out.println();
      out.printf("%-28s %-12s %-8s %8s %8s%n", "org unit", "facility", "period", "PUE", "WUE");
      for (var e : efficiency) {
        out.printf(
            Locale.ROOT,
            "%-28s %-12s %-8s %8.3f %8s%n",
            e.orgUnit(),
            e.facility(),
            period(e.year(), e.month()),
            e.pue(),
            e.wue() == null ? "" : String.format(Locale.ROOT, "%.3f", e.wue()));
      }
    }
    List<Map<String, Object>> fleet = fleet(values);
    if (!fleet.isEmpty()) {
      any = true;
      out.println();
      out.printf(
          "%-28s %-12s %-8s %10s %10s %8s%n",
          "org unit", "facility", "period", "vehicles", "electric", "share");
      for (Map<String, Object> f : fleet) {
        out.printf(
            Locale.ROOT,
            "%-28s %-12s %-8s %10.0f %10.0f %7.1f%%%n",
            f.get("orgUnit"),
            f.get("facility"),
            f.get("period"),
            f.get("vehicles"),
            f.get("electric"),
            100 * (Double) f.get("share"));
      }
    }
    List<Map<String, Object>> measures = measures(values);
    var energy = OperationalIndicators.energyIntensity(values, floorAreaM2, employees);
    if (!energy.isEmpty()) {
      any = true;
      out.println();
      out.printf("%-8s %16s %12s %16s%n", "year", "electricity MWh", "kWh/m2", "MWh/employee");
      for (var e : energy) {
        out.printf(
            Locale.ROOT,
            "%-8d %,16.3f %12s %16s%n",
            e.year(),
            e.electricityMwh(),
            e.kwhPerM2() == null ? "" : String.format(Locale.ROOT, "%.3f", e.kwhPerM2()),
            e.mwhPerEmployee() == null
                ? ""
                : String.format(Locale.ROOT, "%.4f", e.mwhPerEmployee()));
      }
    }
    if (!measures.isEmpty()) {
      any = true;
      out.println();
      out.println(
          "Energy-saving measures: avoided emissions, reported outside the inventory and never"
              + " netted from it");
      out.printf(
          "%-28s %-12s %-8s %16s %16s%n",
          "org unit", "facility", "period", "heat tce", "avoided t CO2");
      for (Map<String, Object> m : measures) {
        out.printf(
            Locale.ROOT,
            "%-28s %-12s %-8s %,16.3f %,16.3f%n",
            m.get("orgUnit"),
            m.get("facility"),
            m.get("period"),
            m.get("heatRecoveredTce"),
            m.get("avoidedTonnesCo2"));
      }
      out.println("  " + FACTOR);
    }
    return any;
  }

  /** How recovered heat becomes avoided CO2, stated with every such result. */
  static final String FACTOR =
      "recovered heat displaces coal-fired heat: "
          + OperationalIndicators.CO2_PER_TCE
          + " t CO2 per tce (Chinese default raw-coal parameters); heat in kWh or GJ is converted"
          + " at 29.3076 GJ per tce (GB/T 2589)";

  /** Each fleet's vehicles, electric vehicles (BEV and FCEV) and their share. */
  private static List<Map<String, Object>> fleet(List<IndicatorValue> values) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (var f : OperationalIndicators.fleetShares(values)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("orgUnit", f.orgUnit());
      row.put("facility", f.facility());
      row.put("period", period(f.year(), f.month()));
      row.put("vehicles", f.vehicles());
      row.put("electric", f.electric());
      row.put("share", f.share());
      out.add(row);
    }
    return out;
  }

  /** Each recovered-heat value with the CO2 it avoids. */
  private static List<Map<String, Object>> measures(List<IndicatorValue> values) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (IndicatorValue v : values) {
      if (v.metric() != Metric.HEAT_RECOVERED) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("orgUnit", v.orgUnit());
      row.put("facility", v.facility());
      row.put("period", period(v.year(), v.month()));
      row.put("heatRecoveredTce", v.value());
      row.put("avoidedTonnesCo2", OperationalIndicators.avoidedCo2Tonnes(v.value()));
      out.add(row);
    }
    return out;
  }

  /** The values and the PUE and WUE they give, as JSON; a yearly value has no month. */
  private static String json(List<IndicatorValue> values) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (IndicatorValue v : values) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("orgUnit", v.orgUnit());
      row.put("facility", v.facility());
      row.put("year", v.year());
      row.put("month", v.month() == 0 ? null : v.month());
      row.put("metric", v.metric().label());
      row.put("value", v.value());
      row.put("unit", v.metric().unit());
      rows.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("schema", "scopeplus.indicators/1");
    out.put("values", rows);
    out.putAll(summary(values, Map.of(), Map.of()));
    return JsonMapper.builder().build().writeValueAsString(out);
  }

  /**
   * What the values give, as JSON members: {@code efficiency} (PUE, WUE), {@code fleet}, {@code
   * energyIntensity} (kWh/m2, MWh/employee) and {@code avoidedEmissions}.
   */
  public static Map<String, Object> summary(
      List<IndicatorValue> values,
      Map<Integer, Double> floorAreaM2,
      Map<Integer, Double> employees) {
    List<Map<String, Object>> efficiency = new ArrayList<>();
    for (var e : OperationalIndicators.efficiency(values)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("orgUnit", e.orgUnit());
      row.put("facility", e.facility());
      row.put("year", e.year());
      row.put("month", e.month() == 0 ? null : e.month());
      row.put("pue", e.pue());
      row.put("wue", e.wue());
      efficiency.add(row);
    }
    List<Map<String, Object>> energy = new ArrayList<>();
    for (var e : OperationalIndicators.energyIntensity(values, floorAreaM2, employees)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("year", e.year());
      row.put("electricityMwh", e.electricityMwh());
      row.put("kwhPerM2", e.kwhPerM2());
      row.put("mwhPerEmployee", e.mwhPerEmployee());
      energy.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("efficiency", efficiency);
    out.put("fleet", fleet(values));
    out.put("energyIntensity", energy);
    Map<String, Object> avoided = new LinkedHashMap<>();
    avoided.put("reportedOutsideTheInventory", true);
    avoided.put("tonnesCo2PerTce", OperationalIndicators.CO2_PER_TCE);
    avoided.put("basis", FACTOR);
    avoided.put("measures", measures(values));
    out.put("avoidedEmissions", avoided);
    return out;
  }

  private static String period(int year, int month) {
    return month == 0 ? Integer.toString(year) : String.format(Locale.ROOT, "%d-%02d", year, month);
  }
}
