package org.scopeplus.io.org;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scopeplus.core.activity.AcceptedDates;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;

/**
 * Reads intensity denominators: {@code year, metric, value, unit} with metric one of {@code
 * revenue}, {@code employees}, {@code floor_area}.
 */
public final class MetricsReader {

  public static final Set<String> METRICS = Set.of("revenue", "employees", "floor_area");

  public ReadResult<List<IntensityDenominator>> read(Path path) throws IOException {
    try (TableReader t = TableReader.open(path)) {
      return read(t);
    } catch (TableProblem e) {
      return ReadResult.failed(e.problem());
    }
  }

  private ReadResult<List<IntensityDenominator>> read(TableReader t) throws IOException {
    String file = t.name();
    HeaderIndex h =
        HeaderIndex.of(
            file, t.header(), List.of("year", "metric", "value", "unit"), List.of("notes"));
    if (!h.problems().isEmpty()) {
      return ReadResult.failed(h.tally());
    }
    ProblemTally problems = new ProblemTally();
    List<IntensityDenominator> out = new ArrayList<>();
    try {
      t.forEachRow(
          row -> {
            String metric = h.cell(row, "metric");
            if (!METRICS.contains(metric)) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "metric",
                      "metric '" + metric + "' is not one of revenue, employees, floor_area"));
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
            if (!(value > 0) || Double.isInfinite(value)) {
              problems.add(new Problem(file, row.number(), "value", "value must be positive"));
              return;
            }
            out.add(new IntensityDenominator(metric, value, h.cell(row, "unit"), year));
          });
    } catch (TableProblem e) {
      problems.add(e.problem());
    }
    return problems.isEmpty() ? ReadResult.of(out) : ReadResult.failed(problems);
  }
}
