package org.scopeplus.core.city.activity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.Grams;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcEntry;
import org.scopeplus.core.city.GpcFramework;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.problem.Problem;

/**
 * Calculates GPC lines from a city's activity records with the company engine, unchanged, and adds
 * them to the lines a reporting sheet enters as values.
 *
 * <p>Each record is calculated by {@link CalculationEngine#calculate}; its result lines are summed
 * per GPC line by exact integer addition ({@link Math#addExact}) into a {@link GpcEntry.Estimated}.
 * What is summed: the lines that count in the scopes, that is not biogenic CO2 (reported outside
 * the scopes, as in the company inventory), and of scope 2 the location-based line only: the GPC's
 * scope 2 is the grid's average factor (GPC v1.1, chapter 6, grid-supplied energy). Refused, each
 * with the record's file and row: a record of another city or year than the inventory's, an
 * activity type the line does not take ({@link GpcLineSources}), a line the sheet already gives as
 * a value or marks with a notation key, a record the engine refuses, and a line whose sum leaves
 * the bounds of a line (more than 2^53 g, or negative anywhere but V.2).
 */
public final class CalculatingGpcLines {

  /** The column of an activity file naming the GPC line. */
  public static final String GPC_REFERENCE = "gpc_reference";

  private CalculatingGpcLines() {}

  /** What calculating gave: the inventory with its calculated lines, or every problem found. */
  public sealed interface Outcome {
    /**
     * The inventory: the sheet's lines and the calculated ones.
     *
     * @param inventory the merged inventory
     * @param lines the calculated lines, in the framework's order
     */
    record Calculated(CityInventory inventory, List<CalculatedLine> lines) implements Outcome {
      public Calculated {
        lines = List.copyOf(lines);
      }
    }

    /** Nothing was calculated; the problems name file, row and column. */
    record Refused(List<Problem> problems) implements Outcome {
      public Refused {
        problems = List.copyOf(problems);
      }
    }
  }

  /** How the records of {@link #calculateAll} find the inventory of their city and year. */
  public enum Routing {
    /**
     * Every record goes to the one inventory given (a calculated-only inventory of a chosen city
     * and year); a record of another city or year is refused by {@link #calculate}.
     */
    ONE,
    /**
     * Each record goes to the reporting sheet's inventory of its city and year; a record whose city
     * and year have no row in the sheet is refused.
     */
    SHEET,
    /**
     * Each record goes to the inventory of its city and year, an empty one opened when none is
     * given (activity data without a sheet).
     */
    OPEN
  }

  /** What calculating several inventories gave: all of them, or every problem found. */
  public sealed interface AllOutcome {
    /**
     * Every inventory with its calculated lines (none for an inventory without records), the given
     * ones first in their order, then the opened ones in the order of their first record.
     */
    record Calculated(List<Outcome.Calculated> inventories) implements AllOutcome {
      public Calculated {
        inventories = List.copyOf(inventories);
      }
    }

    /** Nothing was calculated; the problems name file, row and column. */
    record Refused(List<Problem> problems) implements AllOutcome {
      public Refused {
        problems = List.copyOf(problems);
      }
    }
  }

  /**
   * Routes each activity record to the inventory of its city and year (the year its period starts
   * in) and calculates each inventory's records onto it with {@link #calculate}; all or nothing.
   * The command line and the service both calculate through here, so a file gives the same lines on
   * either path.
   *
   * @param bases the reporting sheet's inventories, the one inventory of {@link Routing#ONE}, or
   *     none with {@link Routing#OPEN}
   * @param baseSource the sheet's file name, or a description of the base without a sheet
   * @param routing how records find their inventory
   * @param activities the activity records of every file
   * @param engine the engine, with the factor library and GWP set of the run
   */
  public static AllOutcome calculateAll(
      List<CityInventory> bases,
      String baseSource,
      Routing routing,
      List<GpcActivity> activities,
      CalculationEngine engine) {
    if (routing == Routing.ONE && bases.size() != 1) {
      throw new IllegalArgumentException("Routing.ONE takes exactly one inventory");
    }
    List<CityInventory> inventories = new ArrayList<>(bases);
    Map<String, CityInventory> byKey = new LinkedHashMap<>();
    for (CityInventory inv : bases) {
      byKey.put(key(inv.city(), inv.year()), inv);
    }
    List<Problem> problems = new ArrayList<>();
    Map<CityInventory, List<GpcActivity>> routed = new LinkedHashMap<>();
    for (GpcActivity a : activities) {
      ActivityRecord r = a.record();
      int year = r.period().start().getYear();
      CityInventory target = routing == Routing.ONE ? bases.get(0) : byKey.get(key(a.city(), year));
      if (target == null && routing == Routing.OPEN) {
        Optional<String> refusal = CityInventory.yearRefusal(year);
        if (refusal.isPresent()) {
          problems.add(new Problem(r.source().file(), r.source().row(), "period", refusal.get()));
          continue;
        }
        Optional<String> city = CityInventory.cityRefusal(a.city());
        if (city.isPresent()) {
          problems.add(new Problem(r.source().file(), r.source().row(), "org_unit", city.get()));
          continue;
        }
        target = CityInventory.of(a.city(), year, List.of());
        byKey.put(key(a.city(), year), target);
        inventories.add(target);
      }
      if (target == null) {
        problems.add(
            new Problem(
                r.source().file(),
                r.source().row(),
                "org_unit",
                "the sheet "
                    + baseSource
                    + " has no row for "
                    + a.city()
                    + " in "
                    + year
                    + " to add record "
                    + r.id()
                    + " to; add the row (it may hold only city and year)"));
        continue;
      }
      routed.computeIfAbsent(target, k -> new ArrayList<>()).add(a);
    }
    List<Outcome.Calculated> out = new ArrayList<>();
    for (CityInventory inv : inventories) {
      List<GpcActivity> mine = routed.get(inv);
      if (mine == null) {
        out.add(new Outcome.Calculated(inv, List.of()));
        continue;
      }
      Outcome o = calculate(inv, baseSource, mine, engine);
      if (o instanceof Outcome.Calculated c) {
        out.add(c);
      } else if (o instanceof Outcome.Refused refused) {
        problems.addAll(refused.problems());
      }
    }
    if (!problems.isEmpty()) {
      return new AllOutcome.Refused(problems);
    }
    return new AllOutcome.Calculated(out);
  }

  private static String key(String city, int year) {
    return year + ":" + city;
  }

  /**
   * Calculates the activities onto the inventory.
   *
   * @param base the inventory of the reporting sheet, or an empty one of the city and year
   * @param baseSource where the base comes from, e.g. the sheet's file name, for the refusal of a
   *     line given both ways
   * @param activities the city's activity records of the year
   * @param engine the engine, with the factor library and GWP set of the run
   */
  public static Outcome calculate(
      CityInventory base,
      String baseSource,
      List<GpcActivity> activities,
      CalculationEngine engine) {
    List<Problem> problems = new ArrayList<>();
    Map<GpcLine, List<ResultLine>> traces = new LinkedHashMap<>();
    Map<GpcLine, ActivityRecord> lastRecord = new LinkedHashMap<>();
    for (GpcActivity a : activities) {
      ActivityRecord r = a.record();
      String file = r.source().file();
      long row = r.source().row();
      int before = problems.size();
      if (!a.city().equals(base.city())) {
        problems.add(
            new Problem(
                file,
                row,
                "org_unit",
                "record "
                    + r.id()
                    + " is of "
                    + a.city()
                    + ", but the inventory is of "
                    + base.city()
                    + "; the org_unit of a city activity record names its city"));
      }
      if (r.period().start().getYear() != base.year()
          || r.period().end().getYear() != base.year()) {
        problems.add(
            new Problem(
                file,
                row,
                "period",
                "period "
                    + r.period().label()
                    + " reaches outside the inventory year "
                    + base.year()
                    + "; split the record at the turn of the year"));
      }
      ActivityType type = engine.catalog().type(r.activityType()).orElseThrow();
      GpcLineSources.refusal(type, a.line())
          .ifPresent(reason -> problems.add(new Problem(file, row, GPC_REFERENCE, reason)));
      base.entry(a.line())
          .ifPresent(
              e ->
                  problems.add(
                      new Problem(file, row, GPC_REFERENCE, givenTwice(base, baseSource, e))));
      if (problems.size() > before) {
        continue;
      }
      List<ResultLine> made = new ArrayList<>(4);
      CalculationOutcome outcome = engine.calculate(r, made::add);
      if (outcome instanceof CalculationOutcome.Refused refused) {
        problems.add(refused.problem());
        continue;
      }
      List<ResultLine> trace = traces.computeIfAbsent(a.line(), l -> new ArrayList<>());
      for (ResultLine l : made) {
        if (!l.biogenic() && l.method() != Scope2Method.MARKET) {
          trace.add(l);
        }
      }
      lastRecord.put(a.line(), r);
    }
    List<CalculatedLine> calculated = new ArrayList<>();
    for (GpcLine line : GpcFramework.lines()) {
      List<ResultLine> trace = traces.get(line);
      if (trace == null) {
        continue;
      }
      ActivityRecord last = lastRecord.get(line);
      Problem where = new Problem(last.source().file(), last.source().row(), GPC_REFERENCE, "-");
      sum(line, trace, where, problems).ifPresent(calculated::add);
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused(problems);
    }
    List<GpcEntry> entries = new ArrayList<>(base.entries().values());
    for (CalculatedLine c : calculated) {
      entries.add(c.entry());
    }
    return new Outcome.Calculated(CityInventory.of(base.city(), base.year(), entries), calculated);
  }

  /**
   * The exact sum of a line's result lines, or a problem at {@code where} when it is out of bounds.
   */
  private static java.util.Optional<CalculatedLine> sum(
      GpcLine line, List<ResultLine> trace, Problem where, List<Problem> problems) {
    long total = 0;
    Map<GasGroup, Long> gases = new EnumMap<>(GasGroup.class);
    boolean split = true;
    try {
      for (ResultLine l : trace) {
        total = Math.addExact(total, l.co2eGrams());
        GasGroup g = l.gas().group();
        if (g == GasGroup.UNSPECIATED || g == GasGroup.MONTREAL_MEMO) {
          split = false;
        } else {
          gases.merge(g, l.co2eGrams(), Math::addExact);
        }
      }
    } catch (ArithmeticException e) {
      problems.add(at(where, "the records of " + line.reference() + " add up past 2^63 g"));
      return java.util.Optional.empty();
    }
    if (Math.abs(total) > Grams.MAX_LINE) {
      problems.add(
          at(
              where,
              "the records of "
                  + line.reference()
                  + " add up to "
                  + total
                  + " g CO2e, beyond the "
                  + Grams.MAX_LINE
                  + " g (about 9.0 Gt) one line may hold; check the quantities and their units"));
      return java.util.Optional.empty();
    }
    if (total < 0 && !line.mayBeNegative()) {
      problems.add(
          at(
              where,
              "the records of "
                  + line.reference()
                  + " add up to "
                  + total
                  + " g CO2e, less than nothing; only V.2 (land) may be net negative"));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new CalculatedLine(new GpcEntry.Estimated(line, total, split ? gases : Map.of()), trace));
  }

  private static Problem at(Problem where, String message) {
    return new Problem(where.file(), where.row(), where.column(), message);
  }

  private static String givenTwice(CityInventory base, String baseSource, GpcEntry e) {
    String how =
        e instanceof GpcEntry.Keyed k
            ? "marked " + k.key().name() + " (" + k.key().meaning() + ")"
            : "given as a value";
    return e.line().reference()
        + " is "
        + how
        + " in "
        + baseSource
        + " for "
        + base.city()
        + " "
        + base.year()
        + "; a line is either entered or calculated, not both: empty the line in the sheet or"
        + " leave this record out";
  }
}
