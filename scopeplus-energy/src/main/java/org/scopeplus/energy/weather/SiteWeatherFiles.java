package org.scopeplus.energy.weather;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scopeplus.core.energy.WeatherHours;
import org.scopeplus.core.text.Sentence;

/**
 * Reads a site's weather for the service ({@link WeatherHours}): a TMY3 or EPW file as a typical
 * year ({@link WeatherFiles}), or a CSV of observations or forecasts: column {@code time} (ISO-8601
 * with offset, the end of the hour, as {@code energy pv} reads it) and {@code temp_air}, with any
 * of {@code ghi}, {@code dni}, {@code dhi}, {@code wind_speed}, {@code cloud_cover} (%, empty cells
 * allowed). The whole file is checked before anything is returned; a problem names the file, the
 * line and the column.
 */
public final class SiteWeatherFiles {

  private SiteWeatherFiles() {}

  /** Reads a weather file, choosing the format by its first field (docs/energy.md). */
  public static WeatherHours read(Path file, String name) throws IOException {
    String first = firstField(file);
    if (first.isEmpty()) {
      throw new WeatherFileException(
          name, "the file is empty", Sentence.of("problem.weather.empty"));
    }
    if (first.equals("time")) {
      return observations(file, name);
    }
    WeatherYear y;
    try {
      y = WeatherFiles.read(file, null);
    } catch (WeatherFileException e) {
      throw e.naming(file.toString(), name);
    }
    return typical(y);
  }

  /** Whether the file is a CSV of observations or forecasts (its first field is {@code time}). */
  public static boolean isObservations(Path file) throws IOException {
    return firstField(file).equals("time");
  }

  /**
   * The file's first field, lower case, from its first bytes (a TMY3 file may be gzipped or
   * Latin-1, which only {@link WeatherFiles} decodes): a UTF-8 byte-order mark and quotes dropped.
   */
  private static String firstField(Path file) throws IOException {
    byte[] head = new byte[256];
    int n;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    if (text.startsWith("\u00ef\u00bb\u00bf")) {
      text = text.substring(3);
    }
    int end = 0;
    while (end < text.length() && ",\r\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(0, end).replace("\"", "").strip().toLowerCase(Locale.ROOT);
  }

  /** A typical year from a TMY3 or EPW reading (hour ending → hour beginning). */
  static WeatherHours typical(WeatherYear y) {
    int n = y.size();
    long[] start = new long[n];
    double[] cloud = new double[n];
    Arrays.fill(cloud, Double.NaN);
    for (int i = 0; i < n; i++) {
      start[i] = y.hourEnd()[i] - 3600;
    }
    return new WeatherHours(
        true,
        (int) Math.round(y.site().utcOffsetHours() * 3600),
        start,
        y.airTemperature().clone(),
        y.ghi().clone(),
        y.dni().clone(),
        y.dhi().clone(),
        y.windSpeed().clone(),
        cloud);
  }

  private static CsvReader<CsvRecord> reader(Path file) throws IOException {
    Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    return CsvReader.builder()
        .allowExtraFields(true)
        .allowMissingFields(true)
        .skipEmptyLines(true)
        .ofCsvRecord(r);
  }

  private static WeatherHours observations(Path file, String name) throws IOException {
    try (CsvReader<CsvRecord> csv = reader(file)) {
      var it = csv.iterator();
      List<String> header =
          it.next().getFields().stream()
              .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
              .toList();
      int time = header.indexOf("time");
      int temp = header.indexOf("temp_air");
      if (temp < 0) {
        throw new WeatherFileException(
            name + " line 1",
            "no column 'temp_air'; the columns are " + header,
            Sentence.of("problem.weather.noTemperature", header.toString()));
      }
      int[] cols = {
        temp,
        header.indexOf("ghi"),
        header.indexOf("dni"),
        header.indexOf("dhi"),
        header.indexOf("wind_speed"),
        header.indexOf("cloud_cover")
      };
      String[] names = {"temp_air", "ghi", "dni", "dhi", "wind_speed", "cloud_cover"};
      double[] min = {-90, 0, 0, 0, 0, 0};
      double[] max = {70, 1500, 1500, 1500, 120, 100};
      long[] start = new long[1024];
      double[][] v = new double[6][1024];
      int n = 0;
      Set<Long> seen = new HashSet<>();
      while (it.hasNext()) {
        CsvRecord r = it.next();
        long line = r.getStartingLineNumber();
        if (n >= WeatherHours.MAX_HOURS) {
          throw new WeatherFileException(
              name + " line " + line,
              "more than " + WeatherHours.MAX_HOURS + " hours in one file",
              Sentence.of(
                  "problem.weather.tooManyHours", Integer.toString(WeatherHours.MAX_HOURS)));
        }
        String t = field(r, time).strip();
        long end;
        try {
          OffsetDateTime odt = OffsetDateTime.parse(t);
          if (odt.getMinute() != 0 || odt.getSecond() != 0 || odt.getNano() != 0) {
            throw new WeatherFileException(
                name + " line " + line + ", time",
                "'" + t + "' is not on the hour",
                Sentence.of("problem.weather.notOnTheHour", t));
          }
          if (odt.getYear() < 1970 || odt.getYear() > 2200) {
            throw new WeatherFileException(
                name + " line " + line + ", time",
                "year " + odt.getYear() + " is outside 1970-2200",
                Sentence.of("problem.weather.yearOutside", Integer.toString(odt.getYear())));
          }
          end = odt.toEpochSecond();
        } catch (DateTimeException e) {
          throw new WeatherFileException(
              name + " line " + line + ", time",
              "'" + t + "' is not an ISO-8601 time with offset, e.g. 2024-06-01T13:00+08:00",
              Sentence.of("problem.weather.notTime", t));
        }
        if (!seen.add(end)) {
          throw new WeatherFileException(
              name + " line " + line + ", time",
              "the hour ending " + t + " is given twice",
              Sentence.of("problem.weather.hourTwice", t));
        }
        if (n == start.length) {
          start = Arrays.copyOf(start, n * 2);
          for (int k = 0; k < 6; k++) {
            v[k] = Arrays.copyOf(v[k], n * 2);
          }
        }
        start[n] = end - 3600;
        for (int k = 0; k < 6; k++) {
          String cell = cols[k] < 0 ? "" : field(r, cols[k]).strip();
          if (cell.isEmpty()) {
            if (k == 0) {
              throw new WeatherFileException(
                  name + " line " + line + ", temp_air",
                  "empty; every hour needs a temperature",
                  Sentence.of("problem.weather.noTemperatureThisHour"));
            }
            v[k][n] = Double.NaN;
            continue;
          }
          double x;
          try {
            x = Double.parseDouble(cell);
          } catch (NumberFormatException e) {
            throw new WeatherFileException(
                name + " line " + line + ", " + names[k],
                "'" + cell + "' is not a number",
                Sentence.of("problem.weather.notNumber", cell));
          }
          if (!(x >= min[k] && x <= max[k])) {
            throw new WeatherFileException(
                name + " line " + line + ", " + names[k],
                cell + " lies outside " + (long) min[k] + " to " + (long) max[k],
                Sentence.of(
                    "problem.weather.outside",
                    cell,
                    Long.toString((long) min[k]),
                    Long.toString((long) max[k])));
          }
          v[k][n] = x;
        }
        n++;
      }
      if (n == 0) {
        throw new WeatherFileException(
            name, "no hours after the header", Sentence.of("problem.weather.noHours"));
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      final long[] s = start;
      Arrays.sort(order, (a, b) -> Long.compare(s[a], s[b]));
      long[] os = new long[n];
      double[][] ov = new double[6][n];
      for (int i = 0; i < n; i++) {
        os[i] = s[order[i]];
        for (int k = 0; k < 6; k++) {
          ov[k][i] = v[k][order[i]];
        }
      }
      return new WeatherHours(false, 0, os, ov[0], ov[1], ov[2], ov[3], ov[4], ov[5]);
    }
  }

  private static String field(CsvRecord r, int i) {
    return i >= 0 && i < r.getFieldCount() ? r.getField(i) : "";
  }
}
