package org.scopeplus.cli.management;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.Consumption;
import org.scopeplus.core.instrument.HourlyMatching;
import org.scopeplus.core.instrument.Instrument;
import org.scopeplus.core.instrument.InstrumentKind;
import org.scopeplus.core.instrument.InstrumentOutcome;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.instrument.Kwh;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.activity.ActivityRowParser;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.table.CsvFormat;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;

/**
 * A folder's instrument registry, laid out as docs/management.md describes: {@code instruments.csv}
 * (the certificates and contracts), {@code activity.csv} (the electricity each facility consumed,
 * month by month, in the inventory's format) and optionally {@code allocations.csv} (explicit
 * claims; without it the registry's documented first-fit rule allocates). Everything goes through
 * the registry's own rules, so a MWh or serial claimed twice, or an instrument outside its market
 * or vintage, is refused with the registry's reason and the file, row and column it came from.
 */
public final class InstrumentFolder {

  static final String INSTRUMENTS = "instruments.csv";
  static final String ALLOCATIONS = "allocations.csv";

  /** The activity type whose records are electricity consumed. */
  static final String ELECTRICITY = "s2.electricity";

  private InstrumentFolder() {}

  /** The registry of the folder, with the allocations of allocations.csv or by first fit. */
  static InstrumentRegistry registry(Path dir) throws IOException {
    Path activity = dir.resolve(ManagementFolder.ACTIVITY);
    if (!Files.isRegularFile(activity)) {
      throw new ManagementFolder.Refused(ManagementFolder.ACTIVITY, 0, "file", "missing in " + dir);
    }
    return registry(dir, List.of(activity));
  }

  /**
   * The registry of the folder's instruments.csv and allocations.csv (by first fit without it) over
   * the electricity of {@code activity}, the files an inventory calculates: their records of
   * {@value #ELECTRICITY} are the consumption lines, so the run's market-based Scope 2 covers
   * exactly what the registry allocated to them.
   *
   * @throws IllegalArgumentException naming the file, row and column of what is refused
   */
  public static InstrumentRegistry registry(Path dir, List<Path> activity) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new ManagementFolder.Refused(
          dir.toString(), 0, "folder", "is not a folder with instruments.csv");
    }
    InstrumentRegistry r = new InstrumentRegistry(List.of(), List.of(), List.of());
    for (Consumption c : consumption(activity)) {
      r = done(r.consume(c), "activity", 0, "quantity");
    }
    for (Cells row : rows(dir, INSTRUMENTS, true)) {
      r = done(r.register(instrument(row)), row.file, row.row, "id");
    }
    if (r.instruments().isEmpty()) {
      throw new ManagementFolder.Refused(INSTRUMENTS, 1, "header", "the file holds no instrument");
    }
    List<Cells> allocations = rows(dir, ALLOCATIONS, false);
    if (allocations.isEmpty()) {
      return r.firstFit();
    }
    for (Cells row : allocations) {
      Allocation a =
          new Allocation(
              row.required("instrument_id"),
              row.required("facility"),
              row.month("month"),
              row.mwh("mwh"));
      r = done(r.allocate(a), row.file, row.row, "mwh");
    }
    return r;
  }

  /** The hours of an hourly file: consumption and supply. */
  record Hours(List<HourlyMatching.Hour> consumption, List<HourlyMatching.Hour> supply) {}

  /**
   * An hourly file: {@code hour, side, name, region, kwh}, where {@code hour} is the start of a
   * local clock hour ({@code 2025-06-01T13:00}), {@code side} is {@code consumption} (a facility in
   * its grid region) or {@code supply} (a certificate's or a generator's hour, for its market
   * boundary), and {@code kwh} is rounded once to whole kWh ({@link Kwh#ofRecord}).
   *
   * @throws IllegalArgumentException naming the file, row and column of what is refused
   */
  static Hours hourly(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    List<HourlyMatching.Hour> used = new ArrayList<>();
    List<HourlyMatching.Hour> supply = new ArrayList<>();
    for (Cells row : rows(dir, file.getFileName().toString(), true)) {
      String side = row.required("side").toLowerCase(Locale.ROOT);
      if (!side.equals("consumption") && !side.equals("supply")) {
        throw row.refused("side", "is consumption or supply, not " + side);
      }
      java.time.LocalDateTime hour;
      String h = row.required("hour");
      try {
        hour = java.time.LocalDateTime.parse(h);
      } catch (DateTimeParseException e) {
        throw row.refused("hour", "'" + h + "' is not an hour such as 2025-06-01T13:00");
      }
      if (hour.getYear() < 1990 || hour.getYear() > 2100) {
        throw row.refused("hour", h + " is not between 1990 and 2100");
      }
      if (hour.getMinute() != 0 || hour.getSecond() != 0 || hour.getNano() != 0) {
        throw row.refused("hour", h + " is not the start of an hour");
      }
      String k = row.required("kwh");
      BigDecimal kwh;
      try {
        kwh = new BigDecimal(k);
      } catch (NumberFormatException e) {
        throw row.refused("kwh", "'" + k + "' is not a number of kWh");
      }
      if (kwh.signum() < 0 || kwh.compareTo(BigDecimal.valueOf(Kwh.MAX)) > 0) {
        throw row.refused("kwh", "is 0 to 100 TWh (" + Kwh.MAX + " kWh), not " + k);
      }
      HourlyMatching.Hour one =
          new HourlyMatching.Hour(
              row.required("name"), row.required("region"), hour, Kwh.ofRecord(kwh));
      (side.equals("consumption") ? used : supply).add(one);
    }
    if (used.isEmpty()) {
      throw new ManagementFolder.Refused(
          file.getFileName().toString(), 1, "side", "the file holds no consumption");
    }
    return new Hours(used, supply);
  }

  private static Instrument instrument(Cells row) {
    InstrumentKind kind =
        InstrumentKind.parse(row.cell("kind"))
            .orElseThrow(
                () ->
                    row.refused(
                        "kind",
                        "is gec, green-power-contract, i-rec, rec, go, ppa-physical, ppa-virtual,"
                            + " supplier-green-tariff or on-site-generation"));
    String rate = row.cell("kg_co2e_per_mwh");
    double kgPerMwh = rate.isEmpty() ? 0 : row.number("kg_co2e_per_mwh");
    String block = row.cell("serial_block");
    long first = block.isEmpty() ? 0 : row.whole("serial_first");
    long last = block.isEmpty() ? 0 : row.whole("serial_last");
    Instrument i =
        new Instrument(
            row.required("id"),
            kind,
            block,
            first,
            last,
            row.mwh("mwh"),
            row.cell("technology"),
            row.month("generated_from"),
            row.month("generated_to"),
            row.required("market"),
            row.cell("registry"),
            kgPerMwh);
    Optional<String> why = i.refusal();
    if (why.isPresent()) {
      throw row.refused("id", why.get());
    }
    return i;
  }

  /**
   * The electricity of the activity files as one line per facility and month: records of {@value
   * #ELECTRICITY} for one calendar month each, in kWh, MWh or GWh, added up per facility and month
   * over all the files (a facility's month in two grid regions or org units is refused).
   */
  static List<Consumption> consumption(List<Path> files) throws IOException {
    ReferenceData reference = BuiltInReferenceData.load();
    ActivityRowParser parser =
        new ActivityRowParser(reference.catalog(), reference.regions(), reference.gwps());
    Map<String, Consumption> lines = new LinkedHashMap<>();
    Map<String, String> rowOf = new HashMap<>();
    for (Path file : files) {
      consumption(file, parser, lines, rowOf);
    }
    if (lines.isEmpty()) {
      throw new ManagementFolder.Refused(
          files.get(0).getFileName().toString(),
          1,
          "activity_type",
          "the file holds no " + ELECTRICITY + " record");
    }
    return List.copyOf(lines.values());
  }

  private static void consumption(
      Path file,
      ActivityRowParser parser,
      Map<String, Consumption> lines,
      Map<String, String> rowOf)
      throws IOException {
    String name = file.getFileName().toString();
    try (TableReader t = TableReader.open(file)) {
      HeaderIndex h =
          HeaderIndex.of(name, t.header(), ActivityColumns.REQUIRED, ActivityColumns.OPTIONAL);
      if (!h.problems().isEmpty()) {
        Problem p = h.problems().get(0);
        throw new ManagementFolder.Refused(name, p.row(), p.column(), p.message());
      }
      List<Problem> problems = new ArrayList<>();
      t.forEachRow(
          row -> {
            ActivityRecord r = parser.parse(name, h, row, problems);
            if (!problems.isEmpty()) {
              Problem p = problems.get(0);
              throw new ManagementFolder.Refused(name, p.row(), p.column(), p.message());
            }
            if (r == null || !r.activityType().equals(ELECTRICITY)) {
              return;
            }
            YearMonth month = YearMonth.from(r.period().start());
            if (!r.period().start().equals(month.atDay(1))
                || !r.period().end().equals(month.atEndOfMonth())) {
              throw new ManagementFolder.Refused(
                  name,
                  row.number(),
                  "period",
                  "instruments are allocated to a facility's month: give electricity by calendar"
                      + " month (e.g. 2025-03), not "
                      + r.period().label());
            }
            if (r.facility().isEmpty()) {
              throw new ManagementFolder.Refused(
                  name, row.number(), "facility", "electricity needs its facility");
            }
            long kwh = kwh(r, name, row.number());
            String key = r.facility() + " " + month;
            Consumption before = lines.get(key);
            if (before != null
                && (!before.region().equals(r.region()) || !before.orgUnit().equals(r.orgUnit()))) {
              throw new ManagementFolder.Refused(
                  name,
                  row.number(),
                  "region",
                  r.facility()
                      + " in "
                      + month
                      + " is in "
                      + before.orgUnit()
                      + ", "
                      + before.region()
                      + " on "
                      + rowOf.get(key)
                      + "; one facility's month has one org unit and grid region");
            }
            long sum = before == null ? kwh : Math.addExact(before.kwh(), kwh);
            if (sum > Kwh.MAX) {
              throw new ManagementFolder.Refused(
                  name,
                  row.number(),
                  "quantity",
                  r.facility() + " in " + month + " adds up to more than 100 TWh");
            }
            rowOf.putIfAbsent(key, name + " row " + row.number());
            lines.put(
                key,
                new Consumption(
                    r.orgUnit(), r.facility(), month, r.region(), sum, null, null, 0.0));
          });
    } catch (TableProblem e) {
      Problem p = e.problem();
      throw new ManagementFolder.Refused(name, p.row(), p.column(), p.message());
    }
  }

  private static long kwh(ActivityRecord r, String file, long row) {
    String unit = r.unit().symbol();
    BigDecimal q = BigDecimal.valueOf(r.quantity());
    BigDecimal k =
        switch (unit) {
          case "kWh" -> q;
          case "MWh" -> q.movePointRight(3);
          case "GWh" -> q.movePointRight(6);
          default ->
              throw new ManagementFolder.Refused(
                  file,
                  row,
                  "unit",
                  "electricity for instruments is in kWh, MWh or GWh, not " + unit);
        };
    if (k.compareTo(BigDecimal.valueOf(Kwh.MAX)) > 0) {
      throw new ManagementFolder.Refused(file, row, "quantity", "one record is at most 100 TWh");
    }
    return Kwh.ofRecord(k);
  }

  private static <T> InstrumentRegistry done(
      InstrumentOutcome<T> o, String file, long row, String column) {
    if (o instanceof InstrumentOutcome.Refused<T> refused) {
      throw new ManagementFolder.Refused(file, row, column, refused.reason());
    }
    return ((InstrumentOutcome.Done<T>) o).registry();
  }

  /** One data row of a small CSV file; row numbers count the header as row 1. */
  private record Cells(String file, long row, Map<String, Integer> header, CsvRecord record) {

    String cell(String column) {
      Integer i = header.get(column);
      if (i == null || i >= record.getFieldCount()) {
        return "";
      }
      return record.getField(i).strip();
    }

    String required(String column) {
      String c = cell(column);
      if (c.isEmpty()) {
        throw refused(column, "is empty");
      }
      return c;
    }

    ManagementFolder.Refused refused(String column, String why) {
      return new ManagementFolder.Refused(file, row, column, why);
    }

    double number(String column) {
      String c = cell(column);
      try {
        double d = Double.parseDouble(c);
        Optional<String> why = Kwh.rateRefusal(column, d);
        if (why.isPresent()) {
          throw refused(column, why.get());
        }
        return d;
      } catch (NumberFormatException e) {
        throw refused(column, "'" + c + "' is not a number");
      }
    }

    long whole(String column) {
      String c = cell(column);
      try {
        return Long.parseLong(c);
      } catch (NumberFormatException e) {
        throw refused(column, "'" + c + "' is not a whole number");
      }
    }

    long mwh(String column) {
      String c = cell(column);
      BigDecimal d;
      try {
        d = new BigDecimal(c);
      } catch (NumberFormatException e) {
        throw refused(column, "'" + c + "' is not a number of MWh");
      }
      Optional<String> why = Kwh.refusal(column, d);
      if (why.isPresent()) {
        throw refused(column, why.get());
      }
      return Kwh.ofMwh(d);
    }

    YearMonth month(String column) {
      String c = cell(column);
      try {
        YearMonth m = YearMonth.parse(c);
        if (m.getYear() < 1990 || m.getYear() > 2100) {
          throw refused(column, c + " is not a month between 1990 and 2100");
        }
        return m;
      } catch (DateTimeParseException e) {
        throw refused(column, "'" + c + "' is not a month such as 2025-03");
      }
    }
  }

  private static List<Cells> rows(Path dir, String name, boolean required) throws IOException {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      if (required) {
        throw new ManagementFolder.Refused(name, 0, "file", "missing in " + dir);
      }
      return List.of();
    }
    List<Cells> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        CsvReader<CsvRecord> reader = CsvFormat.reader(name, in)) {
      Map<String, Integer> header = null;
      List<String> headerCells = List.of();
      long row = 0;
      for (CsvRecord rec : reader) {
        row++;
        if (header == null) {
          header = new HashMap<>();
          headerCells = rec.getFields();
          for (int i = 0; i < rec.getFieldCount(); i++) {
            header.put(rec.getField(i).strip().toLowerCase(Locale.ROOT), i);
          }
          continue;
        }
        var problem = CsvFormat.cellProblem(name, row, headerCells, rec);
        if (problem != null) {
          throw new ManagementFolder.Refused(name, row, problem.column(), problem.message());
        }
        if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
          continue;
        }
        if (row > 100_001) {
          throw new ManagementFolder.Refused(name, row, "row", "at most 100,000 rows are read");
        }
        out.add(new Cells(name, row, header, rec));
      }
    }
    return out;
  }
}
