package org.scopeplus.cli.management;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scopeplus.core.indicator.IndicatorValue;
import org.scopeplus.core.indicator.OperationalIndicators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

  @Override
  public Integer call() throws IOException {
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

  private static String period(int year, int month) {
    return month == 0 ? Integer.toString(year) : String.format(Locale.ROOT, "%d-%02d", year, month);
  }
}
