package org.scopeplus.io.org;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scopeplus.core.activity.AcceptedDates;
import org.scopeplus.core.indicator.IndicatorValue;
import org.scopeplus.core.indicator.Metric;
import org.scopeplus.core.indicator.OperationalIndicators;
import org.scopeplus.core.indicator.Powertrain;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.io.table.TableRow;

/**
 * Reads an inventory's metrics file: {@code year, metric, value, unit}, optionally {@code
 * org_unit}, {@code facility}, {@code month} and {@code notes}. Two sorts of metric:
 *
 * <ul>
 *   <li>intensity denominators for the whole inventory: {@code revenue}, {@code employees}, {@code
 *       floor_area};
 *   <li>operational metrics of an org unit (or one facility, or one month): {@code it_energy},
 *       {@code facility_energy} and {@code electricity} in kWh, MWh or GWh, {@code water} in m3 or
 *       L, fleet vehicles by powertrain ({@code vehicles_bev}, {@code vehicles_fcev}, {@code
 *       vehicles_phev}, {@code vehicles_hev}, {@code vehicles_ice}), and {@code
 *       waste_heat_recovered} in tce, kWh or GJ. They become indicator values in the metric's kept
 *       unit: PUE, WUE, the fleet-electrification share ({@link Powertrain}) and the avoided CO2 of
 *       recovered heat come from them.
 * </ul>
 */
public final class MetricsReader {

  public static final Set<String> METRICS = Set.of("revenue", "employees", "floor_area");

  /** What a metrics file holds. */
  public record Metrics(List<IntensityDenominator> denominators, List<IndicatorValue> indicators) {}

  /** The intensity denominators of the file; every row is checked, operational ones too. */
  public ReadResult<List<IntensityDenominator>> read(Path path) throws IOException {
    ReadResult<Metrics> all = readAll(path);
    return all.ok()
        ? ReadResult.of(all.value().denominators())
        : new ReadResult<>(null, all.problems(), all.problemCount());
  }

  /** The intensity denominators and the operational indicator values of the file. */
  public ReadResult<Metrics> readAll(Path path) throws IOException {
    try (TableReader t = TableReader.open(path)) {
      return read(t);
    } catch (TableProblem e) {
      return ReadResult.failed(e.problem());
    }
  }

  private record Key(String orgUnit, String facility, int year, int month, String metric) {}

  /** The operational metric, its unit conversion to the kept unit. */
  private record Operational(Metric metric, Map<String, Double> units) {}

  private static final Map<String, Operational> OPERATIONAL =
      Map.of(
          "it_energy",
          new Operational(Metric.IT_ENERGY, Map.of("kwh", 0.001, "mwh", 1.0, "gwh", 1000.0)),
          "facility_energy",
          new Operational(Metric.FACILITY_ENERGY, Map.of("kwh", 0.001, "mwh", 1.0, "gwh", 1000.0)),
          "electricity",
          new Operational(Metric.ELECTRICITY, Map.of("kwh", 0.001, "mwh", 1.0, "gwh", 1000.0)),
          "water",
          new Operational(Metric.WATER, Map.of("m3", 1.0, "l", 0.001)),
          "waste_heat_recovered",
          new Operational(
              Metric.HEAT_RECOVERED,
              Map.of(
                  "tce",
                  1.0,
                  "kwh",
                  OperationalIndicators.tceOfKwh(1),
                  "gj",
                  OperationalIndicators.tceOfGj(1))));

  private static String names() {
    List<String> all = new ArrayList<>(List.of("revenue", "employees", "floor_area"));
    all.addAll(
        List.of("it_energy", "facility_energy", "electricity", "water", "waste_heat_recovered"));
    for (Powertrain p : Powertrain.values()) {
      all.add(p.metric());
    }
    return String.join(", ", all);
  }

  private ReadResult<Metrics> read(TableReader t) throws IOException {
    String file = t.name();
    HeaderIndex h =
        HeaderIndex.of(
            file,
            t.header(),
            List.of("year", "metric", "value", "unit"),
            List.of("notes", "org_unit", "facility", "month"));
    if (!h.problems().isEmpty()) {
      return ReadResult.failed(h.tally());
    }
    ProblemTally problems = new ProblemTally();
    List<IntensityDenominator> out = new ArrayList<>();
    // per org unit, facility, year, month and metric: the value and the row it came from
    Map<Key, double[]> operational = new java.util.LinkedHashMap<>();
    Map<Key, Long> rowOf = new HashMap<>();
    try {
      t.forEachRow(
          row -> {
            String metric = h.cell(row, "metric").strip().toLowerCase(Locale.ROOT);
            Operational op = OPERATIONAL.get(metric);
            Optional<Powertrain> powertrain = Powertrain.ofMetric(metric);
            if (!METRICS.contains(metric) && op == null && powertrain.isEmpty()) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "metric",
                      "metric '" + metric + "' is not one of " + names()));
              return;
            }
            int year;
            double value;
            try {
              year = Integer.parseInt(h.cell(row, "year"));
            } catch (NumberFormatException e) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "year",
                      "year '" + h.cell(row, "year") + "' is not a year"));
              return;
            }
            if (!AcceptedDates.containsYear(year)) {
              problems.add(
                  new Problem(file, row.number(), "year", AcceptedDates.refusal("year", year)));
              return;
            }
            try {
              value = Double.parseDouble(h.cell(row, "value"));
            } catch (NumberFormatException e) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "value",
                      "value '" + h.cell(row, "value") + "' is not a number"));
              return;
            }
            if (METRICS.contains(metric)) {
              if (!(value > 0) || Double.isInfinite(value)) {
                problems.add(new Problem(file, row.number(), "value", "value must be positive"));
                return;
              }
              out.add(new IntensityDenominator(metric, value, h.cell(row, "unit"), year));
              return;
            }
            operational(
                file, h, row, metric, op, powertrain, year, value, problems, operational, rowOf);
          });
    } catch (TableProblem e) {
      problems.add(e.problem());
    }
    if (!problems.isEmpty()) {
      return ReadResult.failed(problems);
    }
    List<IndicatorValue> indicators = new ArrayList<>();
    Map<Key, double[]> fleets = new java.util.LinkedHashMap<>();
    operational.forEach(
        (k, v) -> {
          Optional<Powertrain> p = Powertrain.ofMetric(k.metric());
          if (p.isEmpty()) {
            Metric m = OPERATIONAL.get(k.metric()).metric();
            indicators.add(
                new IndicatorValue(k.orgUnit(), k.facility(), k.year(), k.month(), m, v[0]));
            return;
          }
          double[] fleet =
              fleets.computeIfAbsent(
                  new Key(k.orgUnit(), k.facility(), k.year(), k.month(), "fleet"),
                  x -> new double[2]);
          fleet[0] += v[0];
          if (p.get().electric()) {
            fleet[1] += v[0];
          }
        });
    fleets.forEach(
        (k, v) -> {
          indicators.add(
              new IndicatorValue(
                  k.orgUnit(), k.facility(), k.year(), k.month(), Metric.FLEET_VEHICLES, v[0]));
          indicators.add(
              new IndicatorValue(
                  k.orgUnit(), k.facility(), k.year(), k.month(), Metric.FLEET_ELECTRIC, v[1]));
        });
    return ReadResult.of(new Metrics(out, indicators));
  }

  /** One operational row: its org unit, facility, month and unit checked, its value converted. */
  private static void operational(
      String file,
      HeaderIndex h,
      TableRow row,
      String metric,
      Operational op,
      Optional<Powertrain> powertrain,
      int year,
      double value,
      ProblemTally problems,
      Map<Key, double[]> values,
      Map<Key, Long> rowOf) {
    String orgUnit = h.cell(row, "org_unit").strip();
    if (orgUnit.isEmpty()) {
      problems.add(
          new Problem(
              file, row.number(), "org_unit", metric + " belongs to an org unit: name it here"));
      return;
    }
    int month = 0;
    String m = h.cell(row, "month").strip();
    if (!m.isEmpty()) {
      try {
        month = Integer.parseInt(m);
      } catch (NumberFormatException e) {
        month = -1;
      }
      if (month < 1 || month > 12) {
        problems.add(
            new Problem(
                file, row.number(), "month", "month is 1 to 12, or empty for the year, not " + m));
        return;
      }
    }
    String unit = h.cell(row, "unit").strip();
    double converted;
    if (powertrain.isPresent()) {
      if (!unit.isEmpty() && !unit.equalsIgnoreCase("vehicles")) {
        problems.add(
            new Problem(file, row.number(), "unit", metric + " counts vehicles, not " + unit));
        return;
      }
      if (!(value >= 0) || value != Math.rint(value) || value > 1e9) {
        problems.add(
            new Problem(
                file,
                row.number(),
                "value",
                metric + " is a whole number of vehicles from 0 to 1,000,000,000, not " + value));
        return;
      }
      converted = value;
    } else {
      Double factor = op.units().get(unit.toLowerCase(Locale.ROOT));
      if (factor == null) {
        problems.add(
            new Problem(
                file,
                row.number(),
                "unit",
                metric
                    + " is given in "
                    + String.join(" or ", new java.util.TreeSet<>(op.units().keySet()))
                    + ", not '"
                    + unit
                    + "'"));
        return;
      }
      if (!(value >= 0) || value > 1e15) {
        problems.add(
            new Problem(
                file, row.number(), "value", metric + " is 0 to 1e15 " + unit + ", not " + value));
        return;
      }
      converted = value * factor;
    }
    Key key = new Key(orgUnit, h.cell(row, "facility").strip(), year, month, metric);
    Long before = rowOf.putIfAbsent(key, row.number());
    if (before != null) {
      problems.add(
          new Problem(
              file,
              row.number(),
              "metric",
              metric + " of this org unit, facility and period is given already on row " + before));
      return;
    }
    values.put(key, new double[] {converted});
  }
}
