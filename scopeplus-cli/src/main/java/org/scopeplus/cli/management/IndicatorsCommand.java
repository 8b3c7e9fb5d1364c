package org.scopeplus.cli.management;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scopeplus.core.indicator.IndicatorValue;
import org.scopeplus.core.indicator.OperationalIndicators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus indicators --data DIR}: the operational indicator values of a folder's {@code
 * indicators.csv}, with the PUE and WUE they give by facility and period.
 */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = {
      "Operational indicator values of a folder's indicators.csv, with their PUE and WUE.",
      "PUE = facility energy / IT energy, WUE = water (L) / IT energy (kWh), where both exist."
    })
public final class IndicatorsCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "A folder with indicators.csv (see docs/management.md).")
  Path data;

  @Option(names = "--year", description = "Only this year.")
  Integer year;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (default) or json (schema scopeplus.indicators/1).")
  String format;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("table") && !format.equals("json")) {
      System.err.println("--format is table or json, not " + format);
      return 2;
    }
    List<IndicatorValue> values;
    try {
      values = ManagementFolder.indicators(data);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    if (year != null) {
      values = values.stream().filter(v -> v.year() == year).toList();
    }
    if (format.equals("json")) {
      System.out.println(json(values));
      return 0;
    }
    System.out.printf(
        "%-24s %-12s %-8s %-22s %16s  %s%n",
        "org unit", "facility", "period", "metric", "value", "unit");
    for (IndicatorValue v : values) {
      System.out.printf(
          Locale.ROOT,
          "%-24s %-12s %-8s %-22s %16.3f  %s%n",
          v.orgUnit(),
          v.facility(),
          period(v.year(), v.month()),
          v.metric().label(),
          v.value(),
          v.metric().unit());
    }
    var efficiency = OperationalIndicators.efficiency(values);
    if (!efficiency.isEmpty()) {
      System.out.println();
      System.out.printf(
          "%-24s %-12s %-8s %8s %8s%n", "org unit", "facility", "period", "PUE", "WUE");
      for (var e : efficiency) {
        System.out.printf(
            Locale.ROOT,
            "%-24s %-12s %-8s %8.3f %8s%n",
            e.orgUnit(),
            e.facility(),
            period(e.year(), e.month()),
            e.pue(),
            e.wue() == null ? "" : String.format(Locale.ROOT, "%.3f", e.wue()));
      }
    }
    return 0;
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
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("schema", "scopeplus.indicators/1");
    out.put("values", rows);
    out.put("efficiency", efficiency);
    return JsonMapper.builder().build().writeValueAsString(out);
  }

  private static String period(int year, int month) {
    return month == 0 ? Integer.toString(year) : String.format(Locale.ROOT, "%d-%02d", year, month);
  }
}
