package org.scopeplus.io.city.monitor;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scopeplus.core.city.monitor.DailyProxy;
import org.scopeplus.core.city.monitor.MonitoredSector;
import org.scopeplus.core.problem.Problem;

/**
 * Reads daily activity proxies from CSV with the header {@code date,sector,value}: an ISO date
 * (years 1900 to 2200), a sector code ({@link MonitoredSector#codes()}) and the proxy's value that
 * day (a number from 0 to 1e15). All or nothing: any problem refuses the file, each naming its row
 * (the header is row 1) and column; the same sector and day twice is a problem.
 */
public final class ProxyFile {

  public static final int MAX_ROWS = 200_000;
  private static final int MAX_PROBLEMS = 100;

  private ProxyFile() {}

  public static ProxiesRead read(String file, Reader reader) {
    List<Problem> problems = new ArrayList<>();
    List<DailyProxy> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
      long row = 1;
      for (NamedCsvRecord r : csv) {
        row++;
        if (row - 1 > MAX_ROWS) {
          return new ProxiesRead.Refused(
              List.of(
                  new Problem(file, row, "", "more than " + MAX_ROWS + " rows; split the file")));
        }
        if (row == 2 && !r.getHeader().containsAll(List.of("date", "sector", "value"))) {
          return new ProxiesRead.Refused(
              List.of(new Problem(file, 1, "", "the header must name date, sector and value")));
        }
        String date = r.getField("date").strip();
        String sector = r.getField("sector");
        String value = r.getField("value").strip();
        LocalDate day = null;
        try {
          day = LocalDate.parse(date);
          if (day.getYear() < 1900 || day.getYear() > 2200) {
            problems.add(new Problem(file, row, "date", "the year must lie between 1900 and 2200"));
            day = null;
          }
        } catch (DateTimeParseException e) {
          problems.add(
              new Problem(file, row, "date", "'" + date + "' is not a date like 2024-03-01"));
        }
        Optional<MonitoredSector> s = MonitoredSector.parse(sector);
        if (s.isEmpty()) {
          problems.add(
              new Problem(
                  file,
                  row,
                  "sector",
                  "'" + sector + "' is not one of " + MonitoredSector.codes()));
        }
        double v = Double.NaN;
        try {
          v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
          // reported below
        }
        if (!(v >= 0 && v <= 1e15)) {
          problems.add(
              new Problem(file, row, "value", "'" + value + "' is not a number from 0 to 1e15"));
        }
        if (day != null && s.isPresent() && v >= 0 && v <= 1e15) {
          if (!seen.add(day + "|" + s.get())) {
            problems.add(
                new Problem(file, row, "date", s.get().code() + " already has a value on " + day));
          } else {
            out.add(new DailyProxy(day, s.get(), v));
          }
        }
        if (problems.size() >= MAX_PROBLEMS) {
          break;
        }
      }
      if (row == 1) {
        problems.add(new Problem(file, 0, "", "the file has no rows"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (de.siegmar.fastcsv.reader.CsvParseException | IllegalArgumentException e) {
      problems.add(
          new Problem(file, 0, "", "this is not CSV with date,sector,value: " + e.getMessage()));
    }
    return problems.isEmpty() ? new ProxiesRead.Read(out) : new ProxiesRead.Refused(problems);
  }
}
