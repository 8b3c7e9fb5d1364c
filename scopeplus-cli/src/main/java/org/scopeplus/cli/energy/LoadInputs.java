package org.scopeplus.cli.energy;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.scopeplus.energy.load.DataSufficiency;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.MeterFileException;
import org.scopeplus.energy.load.MeterFiles;
import org.scopeplus.energy.load.Predictions;
import org.scopeplus.energy.weather.WeatherFileException;
import org.scopeplus.energy.weather.WeatherFiles;
import org.scopeplus.energy.weather.WeatherYear;
import org.scopeplus.io.disclosure.ReportRefused;

/** What the load commands share: reading the files and periods, writing predictions. */
final class LoadInputs {

  private LoadInputs() {}

  /** A refusal of the user's input, printed as it is with exit code 2. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** A command's work: its exit code, or a refusal that {@link #refusing} reports. */
  @FunctionalInterface
  interface Work {
    int run() throws IOException;
  }

  /**
   * Runs an energy command's work and answers its exit code; the user's input that cannot be used
   * (a missing or unreadable file, a meter or weather file with a bad line, a refused option or
   * certificate) is one sentence on {@code err} and exit code 2.
   */
  static int refusing(PrintWriter err, Work work) {
    try {
      return work.run();
    } catch (NoSuchFileException e) {
      err.println("No such file: " + e.getFile());
      return 2;
    } catch (Refused
        | MeterFileException
        | WeatherFileException
        | ReportRefused
        | IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("Cannot read or write: " + e.getMessage());
      return 2;
    }
  }

  /**
   * Measured savings take only the CalTRACK regressions: ASHRAE Guideline 14's fractional savings
   * uncertainty is derived for a regression with p parameters, which a tree ensemble is not.
   */
  static HourlySeries meter(Path file, ZoneId zone) throws IOException {
    return MeterFiles.readEnergy(file, zone);
  }

  /**
   * Outdoor temperature from a temperature CSV ({@code dt,tempF}, {@code dt,tempC}, ...) or, when
   * the file has no such columns, from a TMY3, EPW or weather CSV file (hour ending → hour start).
   */
  static HourlySeries temperature(Path file, ZoneId zone) throws IOException {
    try {
      return MeterFiles.readTemperature(file, zone);
    } catch (MeterFileException e) {
      if (!e.getMessage().contains("expected a time column")) {
        throw e;
      }
    }
    WeatherYear w = WeatherFiles.read(file, null);
    long[] start = new long[w.size()];
    for (int i = 0; i < start.length; i++) {
      start[i] = w.hourEnd()[i] - 3600;
    }
    return new HourlySeries(start, w.airTemperature().clone());
  }

  /** A model name of the load commands: {@code hourly} or {@code daily}, else refused. */
  static String model(String name) {
    if (!name.equals("hourly") && !name.equals("daily")) {
      throw new Refused(
          "--model "
              + name
              + ": hourly or daily (Guideline 14's savings uncertainty is for these regressions)");
    }
    return name;
  }

  /**
   * CalTRACK's data sufficiency of a savings calculation's baseline and reporting periods: refused
   * with the disqualifications' sentence when either period is disqualified, else the warnings.
   */
  static List<DataSufficiency.Finding> sufficient(
      String model,
      HourlySeries kwh,
      HourlySeries temp,
      long[] b,
      long[] r,
      ZoneId z,
      String baseline,
      String reporting) {
    DataSufficiency base = DataSufficiency.baseline(kwh, temp, b[0], b[1], z, model);
    if (!base.sufficient()) {
      throw new Refused(base.refusal("baseline " + baseline));
    }
    DataSufficiency rep = DataSufficiency.reporting(temp, r[0], r[1], z);
    if (!rep.sufficient()) {
      throw new Refused(rep.refusal("reporting period " + reporting));
    }
    return base.warnings();
  }

  /** Prints each finding of CalTRACK's data sufficiency on a line of its own. */
  static void warn(PrintWriter print, String kind, List<DataSufficiency.Finding> findings) {
    for (DataSufficiency.Finding f : findings) {
      print.println(kind + " (CalTRACK data sufficiency): " + f.message());
    }
  }

  /** A period FROM/TO of dates (local midnight in the zone) or date-times with an offset. */
  static long[] period(String option, String text, ZoneId zone) {
    String[] parts = text.split("/", -1);
    if (parts.length != 2) {
      throw new Refused(option + " " + text + ": expected FROM/TO, e.g. 2016-01-01/2017-01-01");
    }
    long from = instant(option, parts[0].trim(), zone);
    long to = instant(option, parts[1].trim(), zone);
    if (to <= from) {
      throw new Refused(option + " " + text + ": the end must come after the start");
    }
    return new long[] {from, to};
  }

  private static long instant(String option, String text, ZoneId zone) {
    try {
      long t =
          text.length() == 10
              ? LocalDate.parse(text).atStartOfDay(zone).toEpochSecond()
              : OffsetDateTime.parse(text).toEpochSecond();
      int year = Instant.ofEpochSecond(t).atZone(zone).getYear();
      if (year < 1970 || year > 2200) {
        throw new Refused(option + " " + text + ": year " + year + " is outside 1970-2200");
      }
      return t;
    } catch (DateTimeException e) {
      throw new Refused(
          option + " '" + text + "' is not a date (2016-01-01) or a date-time with an offset");
    }
  }

  static void write(Path out, Predictions p) throws IOException {
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(writer)) {
      csv.writeRecord("timestamp_utc", "predicted_kwh");
      for (int i = 0; i < p.size(); i++) {
        if (Double.isNaN(p.predicted()[i])) {
          continue;
        }
        csv.writeRecord(
            Instant.ofEpochSecond(p.start()[i]).toString(),
            String.format(Locale.ROOT, "%.6f", p.predicted()[i]));
      }
    }
  }
}
