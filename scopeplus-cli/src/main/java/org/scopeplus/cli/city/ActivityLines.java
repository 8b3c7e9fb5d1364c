package org.scopeplus.cli.city;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.activity.CalculatedLine;
import org.scopeplus.core.city.activity.CalculatingGpcLines;
import org.scopeplus.core.city.activity.GpcActivity;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.city.CityActivityReader;

/** The lines of {@code city inventory --activity}: read, calculated, merged and printed. */
final class ActivityLines {

  private ActivityLines() {}

  /**
   * Reads the activity files, calculates their lines into the inventory of their city and year and
   * returns the inventories with them; prints the problems and returns null when there are any.
   *
   * @param sheet the reporting sheet, or null for a calculated-only inventory
   * @param inventories the sheet's inventories, or the one empty inventory of --city and --year
   * @param files the activity files
   * @param calculated receives the calculated lines of each returned inventory
   */
  static List<CityInventory> merge(
      Path sheet,
      List<CityInventory> inventories,
      List<Path> files,
      Map<CityInventory, List<CalculatedLine>> calculated)
      throws IOException {
    ReferenceData data = BuiltInReferenceData.load();
    List<Problem> missing = new ArrayList<>();
    List<CityActivityReader.Source> sources = new ArrayList<>();
    for (Path p : files) {
      if (!Files.isRegularFile(p)) {
        missing.add(new Problem(p.toString(), 0, "", "no such file"));
      } else {
        sources.add(new CityActivityReader.Source(p.getFileName().toString(), p));
      }
    }
    if (!missing.isEmpty()) {
      print(missing, missing.size());
      return null;
    }
    ReadResult<List<GpcActivity>> read = new CityActivityReader(data).readAll(sources);
    if (!read.ok()) {
      print(read.problems(), read.problemCount());
      return null;
    }
    CalculationEngine engine = data.engine(CalculationOptions.defaults());
    CalculatingGpcLines.AllOutcome outcome =
        CalculatingGpcLines.calculateAll(
            inventories,
            sheet == null ? "the inventory" : sheet.getFileName().toString(),
            sheet == null ? CalculatingGpcLines.Routing.ONE : CalculatingGpcLines.Routing.SHEET,
            read.value(),
            engine);
    if (outcome instanceof CalculatingGpcLines.AllOutcome.Refused r) {
      print(r.problems(), r.problems().size());
      return null;
    }
    List<CityInventory> out = new ArrayList<>();
    for (CalculatingGpcLines.Outcome.Calculated c :
        ((CalculatingGpcLines.AllOutcome.Calculated) outcome).inventories()) {
      out.add(c.inventory());
      if (!c.lines().isEmpty()) {
        calculated.put(c.inventory(), c.lines());
      }
    }
    return out;
  }

  /** The calculated lines under an inventory's table, and their traces when asked. */
  static void table(PrintWriter out, List<CalculatedLine> lines, boolean trace) {
    if (lines.isEmpty()) {
      return;
    }
    out.println("calculated from activity data (location-based scope 2, AR5):");
    for (CalculatedLine l : lines) {
      long records = l.trace().stream().map(x -> x.record().id()).distinct().count();
      out.printf(
          "  %-8s %16s t CO2e from %d record%s%n",
          l.entry().line().reference(),
          CityInventoryCommand.tonnes(l.entry().co2eGrams()),
          records,
          records == 1 ? "" : "s");
      if (trace) {
        for (ResultLine r : l.trace()) {
          out.printf(
              "    %s (%s) %s %s: %s; factor %s%n",
              r.record().id(),
              r.record().source(),
              r.type().key(),
              r.gas().id(),
              r.formula(),
              factor(r));
        }
      }
    }
    out.println();
  }

  /** The calculated lines as JSON values; each with its trace when asked. */
  static List<Map<String, Object>> json(List<CalculatedLine> lines, boolean trace) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CalculatedLine l : lines) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("reference", l.entry().line().reference());
      m.put("grams", l.entry().co2eGrams());
      m.put("t", CityInventoryCommand.exact(l.entry().co2eGrams()));
      if (trace) {
        List<Map<String, Object>> t = new ArrayList<>();
        for (ResultLine r : l.trace()) {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("record", r.record().id());
          x.put("file", r.record().source().file());
          x.put("row", r.record().source().row());
          x.put("activityType", r.type().key());
          x.put("gas", r.gas().id());
          x.put("co2eGrams", r.co2eGrams());
          x.put("factor", r.factor() == null ? null : r.factor().id());
          x.put("source", r.factor() == null ? r.factorNote() : r.factor().citation().shortText());
          x.put("formula", r.formula());
          t.add(x);
        }
        m.put("trace", t);
      }
      out.add(m);
    }
    return out;
  }

  private static String factor(ResultLine r) {
    if (r.factor() == null) {
      return r.factorNote();
    }
    return r.factor().id() + " (" + r.factor().citation().shortText() + ")";
  }

  private static void print(List<Problem> problems, long count) {
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    err.printf(
        "The activity data was not calculated: %d problem%s.%n", count, count == 1 ? "" : "s");
    for (Problem p : problems) {
      err.println(p);
    }
    if (count > problems.size()) {
      err.printf("... and %d more.%n", count - problems.size());
    }
  }
}
