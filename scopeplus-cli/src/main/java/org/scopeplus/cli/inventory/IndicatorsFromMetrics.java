package org.scopeplus.cli.inventory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.cli.management.IndicatorsCommand;
import org.scopeplus.core.indicator.IndicatorValue;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.io.org.MetricsReader;
import org.scopeplus.io.run.InventoryRequest;

/**
 * The operational indicators an inventory's metrics file holds ({@code inventory --metrics FILE}):
 * PUE and WUE, the fleet-electrification share, energy per floor area and per employee, and the CO2
 * recovered heat avoids, worked out as {@code scopeplus indicators} works them out and printed
 * beside the inventory, outside its totals.
 */
final class IndicatorsFromMetrics {

  private final List<IndicatorValue> values;
  private final Map<Integer, Double> floorArea;
  private final Map<Integer, Double> employees;

  private IndicatorsFromMetrics(
      List<IndicatorValue> values, Map<Integer, Double> floorArea, Map<Integer, Double> employees) {
    this.values = values;
    this.floorArea = floorArea;
    this.employees = employees;
  }

  /**
   * The indicators of the request's metrics file (of its year, with {@code --year}), or null when
   * it has none to show. The run has read and checked the file already.
   */
  static IndicatorsFromMetrics of(InventoryRequest request) throws IOException {
    if (request.metricsFile() == null) {
      return null;
    }
    var read = new MetricsReader().readAll(request.metricsFile());
    if (!read.ok()) {
      return null;
    }
    int year = request.year();
    List<IndicatorValue> values =
        read.value().indicators().stream().filter(v -> year == 0 || v.year() == year).toList();
    Map<Integer, Double> floorArea = new HashMap<>();
    Map<Integer, Double> employees = new HashMap<>();
    for (IntensityDenominator d : read.value().denominators()) {
      if (year != 0 && d.year() != year) {
        continue;
      }
      if (d.metric().equals("floor_area")) {
        floorArea.put(d.year(), d.value());
      } else if (d.metric().equals("employees")) {
        employees.put(d.year(), d.value());
      }
    }
    IndicatorsFromMetrics i = new IndicatorsFromMetrics(values, floorArea, employees);
    return i.print(new PrintStream(OutputStream.nullOutputStream())) ? i : null;
  }

  private boolean print(PrintStream out) {
    return IndicatorsCommand.printSummary(values, floorArea, employees, out);
  }

  /** The indicators as the JSON member {@code operationalIndicators}. */
  Map<String, Object> json() {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("outsideTheInventoryTotals", true);
    out.putAll(IndicatorsCommand.summary(values, floorArea, employees));
    return out;
  }

  /** The indicators as a table section after the inventory's. */
  void table(OutputStream os) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
    p.println();
    p.println("Operational indicators (from the metrics file, outside the inventory's totals)");
    print(p);
    os.write(b.toByteArray());
    os.flush();
  }
}
