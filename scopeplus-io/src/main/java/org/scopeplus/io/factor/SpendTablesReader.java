package org.scopeplus.io.factor;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.core.spend.ExchangeRates;
import org.scopeplus.core.spend.PriceIndices;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.io.table.TableRow;

/**
 * Reads the two user-replaceable spend tables (docs/spend-currencies.md):
 *
 * <ul>
 *   <li>exchange rates: {@code currency,year,rate,quote,source} (+ optional columns), {@code quote}
 *       {@code units_per_usd} or {@code usd_per_unit}, one annual average per currency and year;
 *   <li>price indices: {@code currency,year,index,series} (+ optional columns), the series that
 *       deflates amounts of that currency, one value per currency and year.
 * </ul>
 *
 * A problem names the file, row and column; a table with any problem is refused whole.
 */
public final class SpendTablesReader {

  /** Years a rate or index may describe. */
  static final int FIRST_YEAR = 1950;

  static final int LAST_YEAR = 2100;

  /** Reads an exchange-rate table named {@code name} (its name and version in traces). */
  public ReadResult<ExchangeRates> readRates(String file, InputStream in, String name)
      throws IOException {
    ProblemTally problems = new ProblemTally();
    Map<String, Map<Integer, Double>> perUsd = new HashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    try (TableReader t = TableReader.csv(file, in)) {
      List<String> header = t.header();
      if (!require(
          file, header, List.of("currency", "year", "rate", "quote", "source"), problems)) {
        return ReadResult.failed(problems);
      }
      int cCur = header.indexOf("currency");
      int cYear = header.indexOf("year");
      int cRate = header.indexOf("rate");
      int cQuote = header.indexOf("quote");
      int cSource = header.indexOf("source");
      t.forEachRow(
          (TableRow row) -> {
            String currency = currency(file, row, cell(row, cCur), problems);
            int year = year(file, row, cell(row, cYear), problems);
            double rate = positive(file, row, "rate", cell(row, cRate), problems);
            String quote = cell(row, cQuote);
            if (!quote.equals("units_per_usd") && !quote.equals("usd_per_unit")) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "quote",
                      "quote '" + quote + "' is not units_per_usd or usd_per_unit"));
              return;
            }
            if (currency == null || year == 0 || Double.isNaN(rate)) {
              return;
            }
            double value = quote.equals("units_per_usd") ? rate : 1.0 / rate;
            if (perUsd.computeIfAbsent(currency, c -> new HashMap<>()).putIfAbsent(year, value)
                != null) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "year",
                      "a second " + currency + " rate for " + year + "; give one annual average"));
            }
            sources.putIfAbsent(currency, cell(row, cSource));
          });
    }
    return problems.isEmpty()
        ? ReadResult.of(new ExchangeRates(name, perUsd, sources))
        : ReadResult.failed(problems);
  }

  /** Reads a price-index table named {@code name}. */
  public ReadResult<PriceIndices> readIndices(String file, InputStream in, String name)
      throws IOException {
    ProblemTally problems = new ProblemTally();
    Map<String, Map<Integer, Double>> values = new HashMap<>();
    Map<String, String> series = new LinkedHashMap<>();
    try (TableReader t = TableReader.csv(file, in)) {
      List<String> header = t.header();
      if (!require(file, header, List.of("currency", "year", "index", "series"), problems)) {
        return ReadResult.failed(problems);
      }
      int cCur = header.indexOf("currency");
      int cYear = header.indexOf("year");
      int cIndex = header.indexOf("index");
      int cSeries = header.indexOf("series");
      t.forEachRow(
          (TableRow row) -> {
            String currency = currency(file, row, cell(row, cCur), problems);
            int year = year(file, row, cell(row, cYear), problems);
            double v = positive(file, row, "index", cell(row, cIndex), problems);
            String s = cell(row, cSeries);
            if (currency == null || year == 0 || Double.isNaN(v)) {
              return;
            }
            String known = series.putIfAbsent(currency, s);
            if (known != null && !known.equals(s)) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "series",
                      "series '"
                          + s
                          + "' differs from the "
                          + currency
                          + " series above ('"
                          + known
                          + "'); one currency is deflated by one series"));
              return;
            }
            if (values.computeIfAbsent(currency, c -> new HashMap<>()).putIfAbsent(year, v)
                != null) {
              problems.add(
                  new Problem(
                      file,
                      row.number(),
                      "year",
                      "a second " + currency + " index for " + year + "; give one annual value"));
            }
          });
    }
    return problems.isEmpty()
        ? ReadResult.of(new PriceIndices(name, values, series))
        : ReadResult.failed(problems);
  }

  private static boolean require(
      String file, List<String> header, List<String> columns, ProblemTally problems) {
    boolean ok = true;
    for (String c : columns) {
      if (!header.contains(c)) {
        problems.add(new Problem(file, 1, c, "missing column '" + c + "'"));
        ok = false;
      }
    }
    return ok;
  }

  private static String cell(TableRow row, int i) {
    return i < row.cells().length && row.cells()[i] != null ? row.cells()[i].strip() : "";
  }

  private static String currency(String file, TableRow row, String text, ProblemTally problems) {
    String c = text.toUpperCase(java.util.Locale.ROOT);
    var unit = UnitSymbols.parse(c);
    if (unit.isEmpty() || unit.get().kind() != QuantityKind.SPEND || c.length() != 3) {
      problems.add(
          new Problem(
              file,
              row.number(),
              "currency",
              "'" + text + "' is not an ISO 4217 currency code (e.g. CNY, USD, EUR)"));
      return null;
    }
    return unit.get().symbol();
  }

  private static int year(String file, TableRow row, String text, ProblemTally problems) {
    int y;
    try {
      y = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      y = 0;
    }
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      problems.add(
          new Problem(
              file,
              row.number(),
              "year",
              "year '" + text + "' is not a year from " + FIRST_YEAR + " to " + LAST_YEAR));
      return 0;
    }
    return y;
  }

  private static double positive(
      String file, TableRow row, String column, String text, ProblemTally problems) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    // a rate or index beyond 1e9 (or below 1e-9) is no published annual average
    if (!(v >= 1e-9 && v <= 1e9)) {
      problems.add(
          new Problem(
              file,
              row.number(),
              column,
              column
                  + " '"
                  + text
                  + "' is not a positive number between 0.000000001 and 1000000000"));
      return Double.NaN;
    }
    return v;
  }
}
