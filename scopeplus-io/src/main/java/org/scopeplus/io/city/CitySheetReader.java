package org.scopeplus.io.city;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcEntry;
import org.scopeplus.core.city.GpcFramework;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.city.NotationKey;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.io.table.TableRow;

/**
 * Reads a city reporting sheet (CSV or XLSX, {@link CitySheetColumns}) into inventories, all or
 * nothing: any bad cell gives problems naming file, row and column, and no inventory.
 */
public final class CitySheetReader {

  /** The most inventories (rows) one sheet may hold. */
  public static final int MAX_ROWS = 10_000;

  private static final int MAX_NUMBER_LENGTH = 40;

  /** Reads every row of the table. */
  public ReadResult<List<CityInventory>> read(TableReader table) throws IOException {
    String file = table.name();
    List<String> header;
    try {
      header = table.header();
    } catch (TableProblem p) {
      return ReadResult.failed(p.problem());
    }
    HeaderIndex index =
        HeaderIndex.of(
            file,
            header,
            List.of(CitySheetColumns.CITY, CitySheetColumns.YEAR),
            CitySheetColumns.optional());
    if (index.problemCount() > 0) {
      return ReadResult.failed(index.tally());
    }
    ProblemTally problems = new ProblemTally();
    List<CityInventory> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean[] tooMany = {false};
    try {
      table.forEachRow(
          row -> {
            if (row.number() - 1 > MAX_ROWS) {
              if (!tooMany[0]) {
                tooMany[0] = true;
                problems.add(
                    new Problem(
                        file,
                        row.number(),
                        "",
                        "a sheet holds at most "
                            + MAX_ROWS
                            + " inventories (rows); split the file"));
              }
              return;
            }
            readRow(file, index, row, problems, seen).ifPresent(out::add);
          });
    } catch (TableProblem p) {
      problems.add(p.problem());
    }
    if (!problems.isEmpty()) {
      return ReadResult.failed(problems);
    }
    if (out.isEmpty()) {
      return ReadResult.failed(
          new Problem(file, 0, "", "the sheet has a header but no city inventory rows"));
    }
    return ReadResult.of(List.copyOf(out));
  }

  private Optional<CityInventory> readRow(
      String file, HeaderIndex index, TableRow row, ProblemTally problems, Set<String> seen) {
    long before = problems.count();
    long n = row.number();
    String city = index.cell(row, CitySheetColumns.CITY);
    CityInventory.cityRefusal(city)
        .ifPresent(r -> problems.add(new Problem(file, n, CitySheetColumns.CITY, r)));
    String yearText = index.cell(row, CitySheetColumns.YEAR);
    int year = 0;
    try {
      year = Integer.parseInt(yearText);
      CityInventory.yearRefusal(year)
          .ifPresent(r -> problems.add(new Problem(file, n, CitySheetColumns.YEAR, r)));
    } catch (NumberFormatException e) {
      problems.add(
          new Problem(
              file, n, CitySheetColumns.YEAR, "year '" + yearText + "' is not a whole year"));
    }
    List<GpcEntry> entries = new ArrayList<>();
    for (GpcLine line : GpcFramework.lines()) {
      entry(file, index, row, line, problems).ifPresent(entries::add);
    }
    boolean named =
        CityInventory.cityRefusal(city).isEmpty() && CityInventory.yearRefusal(year).isEmpty();
    if (named && !seen.add(city.strip() + "\u0000" + year)) {
      problems.add(
          new Problem(file, n, "", "the sheet has two rows for " + city.strip() + " in " + year));
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    return Optional.of(CityInventory.of(city, year, entries));
  }

  private Optional<GpcEntry> entry(
      String file, HeaderIndex index, TableRow row, GpcLine line, ProblemTally problems) {
    long n = row.number();
    String column = line.reference();
    String value = index.cell(row, CitySheetColumns.key(column));
    String explanation = index.cell(row, CitySheetColumns.key(CitySheetColumns.explanation(line)));
    Map<GasGroup, String> gasCells = new EnumMap<>(GasGroup.class);
    for (GasGroup g : CitySheetColumns.GASES) {
      String c = index.cell(row, CitySheetColumns.key(CitySheetColumns.gas(line, g)));
      if (!c.isEmpty()) {
        gasCells.put(g, c);
      }
    }
    if (value.isEmpty()) {
      if (!explanation.isEmpty() || !gasCells.isEmpty()) {
        problems.add(
            new Problem(
                file,
                n,
                column,
                "the line is empty but its explanation or gases are filled; write the tonnes"
                    + " CO2e or a notation key (NO, IE, NE, C)"));
      }
      return Optional.empty();
    }
    Optional<NotationKey> key = NotationKey.parse(value);
    GpcEntry.Outcome outcome;
    if (key.isPresent()) {
      if (!gasCells.isEmpty()) {
        problems.add(
            new Problem(
                file,
                n,
                CitySheetColumns.gas(line, gasCells.keySet().iterator().next()),
                "a line marked " + key.get().name() + " has no gases to split"));
        return Optional.empty();
      }
      outcome = GpcEntry.keyed(line, key.get(), explanation);
      if (outcome instanceof GpcEntry.Outcome.Refused r) {
        problems.add(new Problem(file, n, CitySheetColumns.explanation(line), r.reason()));
        return Optional.empty();
      }
    } else {
      Optional<BigDecimal> tonnes = tonnes(value);
      if (tonnes.isEmpty()) {
        problems.add(
            new Problem(
                file,
                n,
                column,
                "'"
                    + shortened(value)
                    + "' is neither tonnes CO2e nor a notation key (NO, IE, NE, C)"));
        return Optional.empty();
      }
      Map<GasGroup, BigDecimal> gases = new EnumMap<>(GasGroup.class);
      for (Map.Entry<GasGroup, String> g : gasCells.entrySet()) {
        Optional<BigDecimal> t = tonnes(g.getValue());
        String gasColumn = CitySheetColumns.gas(line, g.getKey());
        if (t.isEmpty()) {
          problems.add(
              new Problem(
                  file, n, gasColumn, "'" + shortened(g.getValue()) + "' is not tonnes CO2e"));
          return Optional.empty();
        }
        gases.put(g.getKey(), t.get());
      }
      outcome = GpcEntry.estimated(line, tonnes.get(), gases);
      if (outcome instanceof GpcEntry.Outcome.Refused r) {
        problems.add(new Problem(file, n, column, r.reason()));
        return Optional.empty();
      }
    }
    return Optional.of(((GpcEntry.Outcome.Accepted) outcome).entry());
  }

  /** A plain decimal number, or empty; very long texts and huge exponents are not numbers here. */
  static Optional<BigDecimal> tonnes(String text) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      return Optional.empty();
    }
    try {
      BigDecimal d = new BigDecimal(text);
      // an exponent beyond a thousand is no amount of tonnes; within it, the core refuses what
      // is too large for a line and rounds what is too small to a gram
      if (Math.abs(d.scale()) > 1000) {
        return Optional.empty();
      }
      return Optional.of(d);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String shortened(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
