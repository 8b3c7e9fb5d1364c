package org.scopeplus.flink.energy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.scopeplus.energy.suggest.Tariff;
import org.scopeplus.energy.weather.WeatherFiles;
import org.scopeplus.energy.weather.WeatherYear;

/**
 * Reads the meters file of the Flink batch: each meter's own time zone, tariff and grid factor.
 * UTF-8 CSV, header row first, columns found by name in any order: {@code meter_id}, {@code
 * time_zone} (an IANA zone such as {@code Europe/Berlin}), {@code tariff} (a tariff file in the
 * format of {@link Tariff#read}, its path relative to the meters file's folder) and {@code
 * grid_factor} (kg CO2 per kWh, 0 to 5), and optionally {@code weather} (a TMY3 or EPW file with
 * irradiance for the PV suggestion, relative likewise). An empty cell takes the run's own value; a
 * meter not listed takes all of the run's. Each tariff file is read once, however many meters name
 * it. A row that breaks a rule stops the job before it starts, naming file, row and column: the
 * sites are the job's settings, not a meter's data.
 */
final class MeterSitesFile {

  static final List<String> COLUMNS = List.of("meter_id", "time_zone", "tariff", "grid_factor");

  /** At most this many meters in the file (they ship to every task: about 100 bytes each). */
  static final int MAX_METERS = 2_000_000;

  private MeterSitesFile() {}

  /** The meters of the file, each with its site completed from the run's settings. */
  static Map<String, NightlySettings.MeterSite> read(Path file, NightlySettings run)
      throws IOException {
    Map<String, NightlySettings.MeterSite> out = new HashMap<>();
    Map<Path, Tariff> tariffs = new HashMap<>();
    Map<Path, WeatherYear> weathers = new HashMap<>();
    Path folder = file.toAbsolutePath().getParent();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv =
            CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(r)) {
      Iterator<CsvRecord> rows = csv.iterator();
      if (!rows.hasNext()) {
        throw new IllegalArgumentException(file + ": empty; expected " + String.join(",", COLUMNS));
      }
      CsvRecord head = rows.next();
      int[] column = ReadingsFormat.columns(file.toString(), head, COLUMNS);
      int weatherColumn = -1;
      for (int i = 0; i < head.getFieldCount(); i++) {
        if (head.getField(i).trim().equalsIgnoreCase("weather")) {
          weatherColumn = i;
        }
      }
      while (rows.hasNext()) {
        CsvRecord row = rows.next();
        if (row.getFieldCount() == 1 && row.getField(0).isBlank()) {
          continue;
        }
        long line = row.getStartingLineNumber();
        String id = field(row, column[0]);
        if (id.isEmpty()) {
          throw problem(file, line, "meter_id", "no meter");
        }
        if (out.size() >= MAX_METERS) {
          throw problem(
              file, line, "meter_id", "more than " + MAX_METERS + " meters; split the run");
        }
        String zone = field(row, column[1]);
        if (zone.isEmpty()) {
          zone = run.zone();
        } else {
          try {
            zone = ZoneId.of(zone).getId();
          } catch (DateTimeException e) {
            throw problem(file, line, "time_zone", "'" + zone + "' is not a time zone");
          }
        }
        String tariffName = field(row, column[2]);
        Tariff tariff = run.tariff();
        if (!tariffName.isEmpty()) {
          Path p = folder.resolve(tariffName).normalize();
          tariff = tariffs.get(p);
          if (tariff == null) {
            try {
              tariff = Tariff.read(p);
            } catch (IOException | IllegalArgumentException e) {
              throw problem(file, line, "tariff", e.getMessage());
            }
            tariffs.put(p, tariff);
          }
        }
        double grid = run.gridFactorKgPerKwh();
        String g = field(row, column[3]);
        if (!g.isEmpty()) {
          try {
            grid = Double.parseDouble(g);
          } catch (NumberFormatException e) {
            throw problem(file, line, "grid_factor", "'" + g + "' is not a number");
          }
          if (!(grid >= 0 && grid <= 5)) {
            throw problem(file, line, "grid_factor", g + " kg CO2/kWh: expected 0 to 5");
          }
        }
        WeatherYear weather = run.weather();
        String weatherName = weatherColumn < 0 ? "" : field(row, weatherColumn);
        if (!weatherName.isEmpty()) {
          Path p = folder.resolve(weatherName).normalize();
          weather = weathers.get(p);
          if (weather == null) {
            try {
              weather = WeatherFiles.read(p, null);
            } catch (IOException | RuntimeException e) {
              throw problem(file, line, "weather", e.getMessage());
            }
            weathers.put(p, weather);
          }
        }
        if (out.put(id, new NightlySettings.MeterSite(zone, tariff, grid, weather)) != null) {
          throw problem(file, line, "meter_id", "meter " + id + " is listed twice");
        }
      }
    }
    return out;
  }

  private static String field(CsvRecord r, int c) {
    return c < r.getFieldCount() ? r.getField(c).trim() : "";
  }

  private static IllegalArgumentException problem(
      Path file, long line, String column, String what) {
    return new IllegalArgumentException(file + ", row " + line + ", " + column + ": " + what);
  }
}
