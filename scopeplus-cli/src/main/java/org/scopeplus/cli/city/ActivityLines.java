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
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.city.CityActivityReader;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;

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
    CityActivityReader reader = new CityActivityReader(data);
    List<Problem> problems = new ArrayList<>();
    long[] count = {0};
    List<GpcActivity> activities = new ArrayList<>();
    for (Path p : files) {
      if (!Files.isRegularFile(p)) {
        problems.add(new Problem(p.toString(), 0, "", "no such file"));
        count[0]++;
        continue;
      }
      try (TableReader t = TableReader.open(p)) {
        ReadResult<List<GpcActivity>> r = reader.read(t);
        if (r.ok()) {
          activities.addAll(r.value());
        } else {
          problems.addAll(r.problems());
          count[0] += r.problemCount();
        }
      } catch (TableProblem e) {
        problems.add(e.problem());
        count[0]++;
      }
    }
    if (!problems.isEmpty()) {
      print(problems, count[0]);
      return null;
    }
    // each record goes to the inventory of its city and year; without a sheet, to the only one
    Map<CityInventory, List<GpcActivity>> routed = new LinkedHashMap<>();
    for (GpcActivity a : activities) {
      CityInventory target = sheet == null ? inventories.get(0) : null;
      for (CityInventory inv : inventories) {
        if (sheet != null
            && inv.city().equals(a.city())
            && inv.year() == a.record().period().start().getYear()) {
          target = inv;
        }
      }
      if (target == null) {
        problems.add(
            new Problem(
                a.record().source().file(),
                a.record().source().row(),
                ActivityColumns.ORG_UNIT,
                "the sheet "
                    + sheet.getFileName()
                    + " has no row for "
                    + a.city()
                    + " in "
                    + a.record().period().start().getYear()
                    + " to add record "
                    + a.record().id()
                    + " to; add the row (it may hold only city and year)"));
        continue;
      }
      routed.computeIfAbsent(target, k -> new ArrayList<>()).add(a);
    }
    CalculationEngine engine = data.engine(CalculationOptions.defaults());
    String source = sheet == null ? "the inventory" : sheet.getFileName().toString();
    List<CityInventory> out = new ArrayList<>();
    for (CityInventory inv : inventories) {
      List<GpcActivity> mine = routed.get(inv);
      if (mine == null) {
        out.add(inv);
        continue;
      }
      CalculatingGpcLines.Outcome outcome =
          CalculatingGpcLines.calculate(inv, source, mine, engine);
      if (outcome instanceof CalculatingGpcLines.Outcome.Calculated c) {
        out.add(c.inventory());
        calculated.put(c.inventory(), c.lines());
      } else if (outcome instanceof CalculatingGpcLines.Outcome.Refused r) {
        problems.addAll(r.problems());
      }
    }
    if (!problems.isEmpty()) {
      print(problems, problems.size());
      return null;
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
