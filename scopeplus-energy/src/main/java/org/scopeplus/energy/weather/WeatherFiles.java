package org.scopeplus.energy.weather;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scopeplus.core.text.Sentence;

/**
 * Readers of hourly weather files: NREL's TMY3 CSV (S. Wilcox and W. Marion (2008), "Users Manual
 * for TMY3 Data Sets", NREL/TP-581-43156), EnergyPlus EPW (EnergyPlus "Auxiliary Programs", the
 * weather file format), and a plain CSV with named columns.
 */
public final class WeatherFiles {

  /** The most hours a file may hold (a leap year plus slack). */
  static final int MAX_HOURS = 8784 * 2;

  private WeatherFiles() {}

  /**
   * Reads a file, choosing the format by its first line: EPW ("LOCATION"), CSV ("time,") or TMY3.
   */
  public static WeatherYear read(Path file, Site siteForCsv) throws IOException {
    List<CsvRecord> records = records(file);
    if (records.isEmpty()) {
      throw new WeatherFileException(
          file.toString(), "the file is empty", Sentence.of("problem.weather.empty"));
    }
    String first = records.get(0).getField(0).trim().toUpperCase(Locale.ROOT);
    if (first.equals("LOCATION")) {
      return epw(file, records);
    }
    if (first.equals("TIME")) {
      if (siteForCsv == null) {
        throw new WeatherFileException(
            file + ": a plain CSV weather file carries no location; give latitude and longitude");
      }
      return csv(file, records, siteForCsv);
    }
    return tmy3(file, records);
  }

  /**
   * The precipitable water and broadband aerosol optical depth of each hour of a TMY3 file, row for
   * row with {@link #read}. Refused, naming the line, when the file is not TMY3, lacks the columns
   * "Pwat (cm)" or "AOD (unitless)", or an hour gives none: an AOD of 0 is no measurement (every
   * real atmosphere holds aerosols), as TMY3 files write it where the source had none.
   */
  public static Atmosphere atmosphere(Path file) throws IOException {
    List<CsvRecord> records = records(file);
    String first =
        records.isEmpty() ? "" : records.get(0).getField(0).trim().toUpperCase(Locale.ROOT);
    if (records.size() < 3 || first.equals("LOCATION") || first.equals("TIME")) {
      throw new WeatherFileException(
          file.toString(),
          "precipitable water and aerosol optical depth are read from a TMY3 file only",
          Sentence.of("problem.weather.atmosphereTmy3Only"));
    }
    List<String> names = records.get(1).getFields();
    int pwat = atmosphereColumn(file, names, "Pwat (cm)");
    int aod = atmosphereColumn(file, names, "AOD (unitless)");
    int n = records.size() - 2;
    double[] water = new double[n];
    double[] aerosol = new double[n];
    for (int i = 2; i < records.size(); i++) {
      CsvRecord r = records.get(i);
      int line = i + 1;
      water[i - 2] = number(file, line, "Pwat", field(r, pwat), 0, 10);
      aerosol[i - 2] = number(file, line, "AOD", field(r, aod), 0, 5);
      if (aerosol[i - 2] == 0) {
        throw new WeatherFileException(
            file + " line " + line,
            "AOD is 0: the file gives no aerosol optical depth for this hour",
            Sentence.of("problem.weather.noAerosol"));
      }
    }
    return new Atmosphere(water, aerosol);
  }

  private static int atmosphereColumn(Path file, List<String> names, String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new WeatherFileException(
          file + " line 2",
          "no column '" + name + "'",
          Sentence.of("problem.weather.noAtmosphereColumn", name));
    }
    return i;
  }

  /** The stream itself, or its gzip content when it starts with the gzip magic bytes. */
  private static java.io.InputStream unzipped(java.io.InputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b ? new java.util.zip.GZIPInputStream(in) : in;
  }

  private static List<CsvRecord> records(Path file) throws IOException {
    List<CsvRecord> out = new ArrayList<>();
    try (java.io.InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(file));
        Reader reader = new java.io.InputStreamReader(unzipped(raw), StandardCharsets.ISO_8859_1);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(reader)) {
      for (CsvRecord r : csv) {
        if (out.size() > MAX_HOURS + 16) {
          throw new WeatherFileException(
              file.toString(),
              "more than " + MAX_HOURS + " hours",
              Sentence.of("problem.weather.typicalTooLong", Integer.toString(MAX_HOURS)));
        }
        out.add(r);
      }
    }
    return out;
  }

  /** TMY3: line 1 the station, line 2 the column names, then one line per hour ending. */
  static WeatherYear tmy3(Path file, List<CsvRecord> records) {
    CsvRecord head = records.get(0);
    if (head.getFieldCount() < 7 || records.size() < 3) {
      throw new WeatherFileException(
          file + " line 1",
          "not a TMY3 header (USAF, name, state, TZ, latitude, longitude, elevation)",
          Sentence.of("problem.weather.notTmy3"));
    }
    Site site =
        new Site(
            head.getField(1).trim(),
            number(file, 1, "latitude", head.getField(4), -90, 90),
            number(file, 1, "longitude", head.getField(5), -180, 180),
            number(file, 1, "elevation", head.getField(6), -500, 9000),
            number(file, 1, "time zone", head.getField(3), -12, 14));
    List<String> names = records.get(1).getFields();
    int ghi = column(file, names, "GHI (W/m^2)");
    int dni = column(file, names, "DNI (W/m^2)");
    int dhi = column(file, names, "DHI (W/m^2)");
    int temp = column(file, names, "Dry-bulb (C)");
    int wind = column(file, names, "Wspd (m/s)");
    int pres = names.indexOf("Pressure (mbar)");
    int alb = names.indexOf("Alb (unitless)");
    ZoneOffset zone = ZoneOffset.ofTotalSeconds((int) Math.round(site.utcOffsetHours() * 3600));
    Columns c = new Columns(records.size() - 2);
    for (int i = 2; i < records.size(); i++) {
      CsvRecord r = records.get(i);
      int line = i + 1;
      String date = r.getField(0);
      String time = r.getFieldCount() > 1 ? r.getField(1) : "";
      long end;
      try {
        String[] d = date.split("/");
        String[] t = time.split(":");
        LocalDate day =
            LocalDate.of(Integer.parseInt(d[2]), Integer.parseInt(d[0]), Integer.parseInt(d[1]));
        int hour = Integer.parseInt(t[0]);
        if (hour < 1 || hour > 24) {
          throw new NumberFormatException();
        }
        end = day.atStartOfDay().plusHours(hour).toEpochSecond(zone);
      } catch (RuntimeException e) {
        throw new WeatherFileException(
            file + " line " + line,
            "date/time '" + date + " " + time + "' is not MM/DD/YYYY HH:MM",
            Sentence.of("problem.weather.notTmy3Time", date + " " + time));
      }
      c.add(
          end,
          number(file, line, "GHI", field(r, ghi), 0, 1500),
          number(file, line, "DNI", field(r, dni), 0, 1500),
          number(file, line, "DHI", field(r, dhi), 0, 1500),
          number(file, line, "Dry-bulb", field(r, temp), -90, 70),
          number(file, line, "Wspd", field(r, wind), 0, 120),
          pres < 0 ? Double.NaN : number(file, line, "Pressure", field(r, pres), 300, 1200),
          alb < 0 ? Double.NaN : optional(field(r, alb)));
    }
    return c.toYear(site);
  }

  /** EPW: eight header lines (the first LOCATION), then hourly lines (hour 1..24 ending). */
  static WeatherYear epw(Path file, List<CsvRecord> records) {
    CsvRecord loc = records.get(0);
    if (loc.getFieldCount() < 10 || records.size() < 9) {
      throw new WeatherFileException(
          file + " line 1",
          "the LOCATION line needs ten fields",
          Sentence.of("problem.weather.epwLocation"));
    }
    Site site =
        new Site(
            loc.getField(1).trim(),
            number(file, 1, "latitude", loc.getField(6), -90, 90),
            number(file, 1, "longitude", loc.getField(7), -180, 180),
            number(file, 1, "elevation", loc.getField(9), -500, 9000),
            number(file, 1, "time zone", loc.getField(8), -12, 14));
    ZoneOffset zone = ZoneOffset.ofTotalSeconds((int) Math.round(site.utcOffsetHours() * 3600));
    Columns c = new Columns(records.size() - 8);
    for (int i = 8; i < records.size(); i++) {
      CsvRecord r = records.get(i);
      int line = i + 1;
      if (r.getFieldCount() < 22) {
        throw new WeatherFileException(
            file + " line " + line,
            "fewer than 22 fields",
            Sentence.of("problem.weather.epwFields"));
      }
      long end;
      try {
        LocalDate day =
            LocalDate.of(
                Integer.parseInt(r.getField(0).trim()),
                Integer.parseInt(r.getField(1).trim()),
                Integer.parseInt(r.getField(2).trim()));
        int hour = Integer.parseInt(r.getField(3).trim());
        if (hour < 1 || hour > 24) {
          throw new NumberFormatException();
        }
        end = day.atStartOfDay().plusHours(hour).toEpochSecond(zone);
      } catch (RuntimeException e) {
        throw new WeatherFileException(
            file + " line " + line,
            "year, month, day, hour do not make a date",
            Sentence.of("problem.weather.epwDate"));
      }
      double albedo = r.getFieldCount() > 32 ? optional(r.getField(32)) : Double.NaN;
      c.add(
          end,
          number(file, line, "global horizontal", r.getField(13), 0, 1500),
          number(file, line, "direct normal", r.getField(14), 0, 1500),
          number(file, line, "diffuse horizontal", r.getField(15), 0, 1500),
          number(file, line, "dry bulb", r.getField(6), -90, 70),
          number(file, line, "wind speed", r.getField(21), 0, 120),
          number(file, line, "pressure", r.getField(9), 30000, 120000) / 100.0,
          albedo >= 0 && albedo <= 1 ? albedo : Double.NaN);
    }
    return c.toYear(site);
  }

  /**
   * Plain CSV: columns time (ISO-8601 with offset, the end of the hour), ghi, dni, dhi, temp_air
   * (°C), wind_speed (m/s); the site comes from elsewhere.
   */
  static WeatherYear csv(Path file, List<CsvRecord> records, Site site) {
    List<String> names = records.get(0).getFields().stream().map(String::trim).toList();
    int time = column(file, names, "time");
    int ghi = column(file, names, "ghi");
    int dni = column(file, names, "dni");
    int dhi = column(file, names, "dhi");
    int temp = column(file, names, "temp_air");
    int wind = column(file, names, "wind_speed");
    Columns c = new Columns(records.size() - 1);
    for (int i = 1; i < records.size(); i++) {
      CsvRecord r = records.get(i);
      int line = i + 1;
      long end;
      try {
        end = OffsetDateTime.parse(field(r, time).trim()).toEpochSecond();
      } catch (DateTimeParseException e) {
        throw new WeatherFileException(
            file + " line " + line + ": time '" + field(r, time) + "' is not ISO-8601 with offset");
      }
      c.add(
          end,
          number(file, line, "ghi", field(r, ghi), 0, 1500),
          number(file, line, "dni", field(r, dni), 0, 1500),
          number(file, line, "dhi", field(r, dhi), 0, 1500),
          number(file, line, "temp_air", field(r, temp), -90, 70),
          number(file, line, "wind_speed", field(r, wind), 0, 120),
          Double.NaN,
          Double.NaN);
    }
    return c.toYear(site);
  }

  private static String field(CsvRecord r, int i) {
    return i < r.getFieldCount() ? r.getField(i) : "";
  }

  private static int column(Path file, List<String> names, String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new WeatherFileException(file + ": no column '" + name + "'");
    }
    return i;
  }

  private static double optional(String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static double number(
      Path file, int line, String field, String text, double min, double max) {
    double v;
    try {
      v = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new WeatherFileException(
          file + " line " + line,
          field + " '" + text + "' is not a number",
          Sentence.of("problem.weather.fieldNotNumber", field, text));
    }
    if (!(v >= min && v <= max)) {
      throw new WeatherFileException(
          file + " line " + line,
          field + " " + v + " lies outside " + min + ".." + max,
          Sentence.of(
              "problem.weather.fieldOutside",
              field,
              Double.toString(v),
              Double.toString(min),
              Double.toString(max)));
    }
    return v;
  }

  private static final class Columns {
    final long[] end;
    final double[][] v;
    int n;

    Columns(int capacity) {
      end = new long[capacity];
      v = new double[7][capacity];
    }

    void add(long e, double... values) {
      end[n] = e;
      for (int k = 0; k < 7; k++) {
        v[k][n] = values[k];
      }
      n++;
    }

    WeatherYear toYear(Site site) {
      if (n == 0) {
        throw new WeatherFileException("the weather file has no hours");
      }
      return new WeatherYear(site, end, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
  }
}
