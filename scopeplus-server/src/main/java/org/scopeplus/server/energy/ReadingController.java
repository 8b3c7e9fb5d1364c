package org.scopeplus.server.energy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.core.energy.IntervalReadings;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.core.energy.ReadingImport;
import org.scopeplus.core.energy.ReadingRow;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.quantity.UnitConversions;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.core.text.Sentence;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.ImportPermits;
import org.scopeplus.server.api.UploadFolder;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.energy.MeterDayStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A meter's interval readings: uploaded as a CSV or XLSX file with the columns {@code timestamp}
 * (each interval's start, with an offset, in UTC, or local time of the site) and {@code kwh} (a
 * heat meter's may be {@code gj}, turned into kWh), or as JSON; checked whole by {@link
 * ReadingImport} before anything is stored (all or nothing), and read back by UTC day range.
 */
@Tag(name = "Energy", description = "Sites, meters, PV systems, tariffs and interval readings")
@RestController
@RequestMapping("/api/v1/energy/meters/{id}/readings")
public class ReadingController {

  /** The most days one read answers. */
  static final int MAX_DAYS = 366;

  /** One reading in a JSON upload: kWh, or a heat meter's GJ (turned into kWh). */
  record ReadingBody(String timestamp, Double kwh, Double gj) {}

  /** A JSON upload. */
  record ReadingsBody(List<ReadingBody> readings) {}

  /** What an upload stored, with the gaps and spikes found (stored all the same). */
  public record Imported(
      String meterId, long readings, long gapIntervals, long spikes, List<Problem> findings) {}

  /** One stored reading. */
  record Reading(Instant start, double kwh) {}

  /**
   * The readings of a range of UTC days (shifted by the meter's phase: with phase 30 a day runs
   * from 00:30Z); intervals without a reading are left out.
   */
  record Readings(
      String meterId,
      int intervalMinutes,
      int phaseMinutes,
      LocalDate from,
      LocalDate to,
      List<Reading> readings) {}

  private final Database db;
  private final UploadFolder uploads;
  private final EnergyController assets;
  private final MeterDayStore days = new MeterDayStore();

  private final ImportPermits permits;

  ReadingController(
      Database db, UploadFolder uploads, EnergyController assets, ImportPermits permits) {
    this.db = db;
    this.uploads = uploads;
    this.assets = assets;
    this.permits = permits;
  }

  @Operation(
      summary = "Upload a meter's readings as CSV or XLSX (columns timestamp, kwh), all or nothing",
      description =
          "201 with the count and the gaps and spikes found (with their rows); 422 with every"
              + " problem (file, row, column) and nothing stored: unreadable, skipped or ambiguous"
              + " local times, timestamps off the meter's interval, duplicates, negative or"
              + " absurd readings. 429 with Retry-After and nothing stored when as many imports"
              + " (activity files, factor libraries, readings) run as the service allows, for the"
              + " tenant or in all (scopeplus.imports.max-concurrent and"
              + " max-concurrent-per-tenant).")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public Imported upload(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestPart("file") MultipartFile file) {
    Target t = target(caller, id);
    String name = fileName(file.getOriginalFilename());
    Path path = null;
    ImportPermits.Permit permit = permits.acquire(caller.tenantId());
    try {
      path = uploads.newFile();
      file.transferTo(path);
      List<ReadingRow> rows = new ArrayList<>();
      try (TableReader reader = TableReader.open(path, name)) {
        List<String> header = reader.header();
        int ts = column(header, "timestamp", "timestamp_utc", "time", "datetime");
        int kwh = column(header, "kwh", "value", "energy_kwh");
        // a heat meter may read GJ, as district heat is billed: turned into kWh on reading
        int gj = kwh < 0 && t.meter().carrier() == Meter.Carrier.HEAT ? column(header, "gj") : -1;
        if (ts < 0 || (kwh < 0 && gj < 0)) {
          throw withoutColumns(name, header, t.meter().carrier() == Meter.Carrier.HEAT);
        }
        int value = kwh >= 0 ? kwh : gj;
        double toKwh = kwh >= 0 ? 1 : GJ_TO_KWH;
        reader.forEachRow(
            r -> {
              if (rows.size() <= ReadingImport.MAX_READINGS) {
                String[] cells = r.cells();
                String read = value < cells.length ? cells[value] : "";
                rows.add(
                    new ReadingRow(
                        r.number(),
                        ts < cells.length ? cells[ts] : "",
                        toKwh == 1 ? read : kwhOf(read, toKwh)));
              }
            });
      } catch (TableProblem e) {
        throw unreadable("Readings Rejected", name, e.problem());
      }
      return store(caller, t, name, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the uploaded file", e);
    } finally {
      uploads.delete(path);
      permit.close();
    }
  }

  @Operation(
      summary = "Send a meter's readings as JSON ({readings: [{timestamp, kwh}]}), all or nothing",
      description =
          "A heat meter's reading may give gj instead of kwh (1 GJ = 277.78 kWh, converted by the"
              + " units library); one of kwh or gj per reading. 422 with every problem (row,"
              + " field) and nothing stored; 429 with Retry-After when as many imports run as the"
              + " service allows, as for a file.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Imported send(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody ReadingsBody body) {
    Target t = target(caller, id);
    if (body == null || body.readings() == null) {
      throw ApiProblem.badRequest("give {\"readings\": [{\"timestamp\": ..., \"kwh\": ...}]}");
    }
    ImportPermits.Permit permit = permits.acquire(caller.tenantId());
    try {
      return received(caller, t, body);
    } finally {
      permit.close();
    }
  }

  private Imported received(Caller caller, Target t, ReadingsBody body) {
    List<ReadingRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    boolean heat = t.meter().carrier() == Meter.Carrier.HEAT;
    int i = 0;
    for (ReadingBody r : body.readings()) {
      i++;
      String value = null;
      if (r != null && r.gj() != null) {
        if (r.kwh() != null) {
          problems.add(
              new Problem(
                  "readings",
                  i,
                  "gj",
                  "give kwh or gj, not both, for one reading",
                  Sentence.of("problem.reading.kwhAndGj")));
        } else if (!heat) {
          problems.add(
              new Problem(
                  "readings",
                  i,
                  "gj",
                  "only a heat meter reads GJ; give kwh for this meter",
                  Sentence.of("problem.reading.gjNotHeat")));
        } else {
          value = Double.toString(r.gj() * GJ_TO_KWH);
        }
      } else if (r != null && r.kwh() != null) {
        value = Double.toString(r.kwh());
      }
      rows.add(new ReadingRow(i, r == null ? null : r.timestamp(), value));
    }
    if (!problems.isEmpty()) {
      throw rejected(
          "readings",
          problems.subList(0, Math.min(problems.size(), ProblemTally.configuredLimit())),
          problems.size());
    }
    return store(caller, t, "readings", rows);
  }

  @Operation(
      summary = "Read a meter's readings of UTC days from..to (at most 366 days)",
      description =
          "Each reading by its interval's start in UTC. A meter with a phase (an hourly meter in"
              + " Asia/Kolkata has 30) has its days shifted by it: day D runs from D 00:30Z to"
              + " before D+1 00:30Z.")
  @GetMapping
  Readings read(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam String from,
      @RequestParam String to) {
    LocalDate f = day(from, "from");
    LocalDate u = day(to, "to");
    if (u.isBefore(f) || ChronoUnit.DAYS.between(f, u) >= MAX_DAYS) {
      throw ApiProblem.badRequest("to lies on or after from, at most " + MAX_DAYS + " days on");
    }
    return db.inTransaction(
        c -> {
          Meter m = assets.meter(c, caller, id).value();
          IntervalReadings r = days.read(c, caller.tenantId(), m, f, u);
          List<Reading> out = new ArrayList<>();
          for (Map.Entry<LocalDate, int[]> d : r.days().entrySet()) {
            int[] v = d.getValue();
            for (int s = 0; s < v.length; s++) {
              if (v[s] != IntervalReadings.MISSING) {
                out.add(new Reading(Instant.ofEpochSecond(r.start(d.getKey(), s)), v[s] / 1000.0));
              }
            }
          }
          return new Readings(m.id(), m.intervalMinutes(), m.phaseMinutes(), f, u, out);
        });
  }

  /** The meter and its site's zone, checked for writing. */
  private record Target(Meter meter, ZoneId zone) {}

  private Target target(Caller caller, String id) {
    return db.inTransaction(
        c -> {
          Meter m = assets.meter(c, caller, id).value();
          EnergySite s = assets.site(c, caller, m.siteId()).value();
          EnergyAccess.writesAt(caller, s);
          return new Target(m, s.zone());
        });
  }

  private Imported store(Caller caller, Target t, String name, List<ReadingRow> rows) {
    ReadingImport.Outcome o = ReadingImport.check(t.meter(), t.zone(), name, rows);
    if (o instanceof ReadingImport.Outcome.Refused r) {
      throw rejected(name, r.problems(), r.problemCount());
    }
    ReadingImport.Outcome.Accepted a = (ReadingImport.Outcome.Accepted) o;
    db.inTransaction(
        c -> {
          days.merge(
              c, caller.tenantId(), t.meter(), a.readings(), a.count(), name, caller.username());
          return null;
        });
    return new Imported(t.meter().id(), a.count(), a.gapIntervals(), a.spikes(), a.findings());
  }

  /**
   * The 422 problem of readings {@code name} with {@code count} problems (the first of them
   * listed), nothing stored; its detail with its code ({@code refusal.upload.problems}).
   */
  public static ApiProblem rejected(String name, List<Problem> problems, long count) {
    return ApiProblem.withProblems(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "Readings Rejected",
            name + " has " + count + " problem(s); nothing was stored",
            problems,
            count)
        .saying(Sentence.of("refusal.upload.problems", name, Long.toString(count)));
  }

  /**
   * The 422 problem of a readings file whose header names no timestamp or no kWh column (nor, for a
   * heat meter, a GJ one), each sentence with its code.
   */
  public static ApiProblem withoutColumns(String name, List<String> header, boolean heat) {
    return ApiProblem.withProblems(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "Readings Rejected",
            name + " needs the columns timestamp and kwh; nothing was stored",
            List.of(
                new Problem(
                    name,
                    1,
                    "",
                    "the header is "
                        + header
                        + "; write timestamp,kwh"
                        + (heat ? " or timestamp,gj" : ""),
                    Sentence.of(
                        heat ? "problem.reading.headerHeat" : "problem.reading.header",
                        header.toString()))),
            1)
        .saying(Sentence.of("refusal.upload.columns", name));
  }

  /**
   * The 422 problem {@code title} of an uploaded file {@code name} that cannot be read, with the
   * problem that stopped it; its detail with its code ({@code refusal.upload.unreadable}).
   */
  public static ApiProblem unreadable(String title, String name, Problem problem) {
    return ApiProblem.withProblems(
            HttpStatus.UNPROCESSABLE_CONTENT,
            title,
            name + " cannot be read; nothing was stored",
            List.of(problem),
            1)
        .saying(Sentence.of("refusal.upload.unreadable", name));
  }

  /** kWh a GJ: the units library's conversion (10^9 J / 3.6 x 10^6 J = 277.78 kWh). */
  static final double GJ_TO_KWH =
      UnitConversions.factor(UnitSymbols.of("GJ"), UnitSymbols.of("kWh"));

  /** A reading in another unit as kWh text; text that is not a number is left for the check. */
  private static String kwhOf(String text, double factor) {
    try {
      return Double.toString(Double.parseDouble(text.strip()) * factor);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static int column(List<String> header, String... names) {
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().toLowerCase(Locale.ROOT);
      for (String n : names) {
        if (h.equals(n)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static LocalDate day(String text, String field) {
    try {
      LocalDate d = LocalDate.parse(text == null ? "" : text.strip());
      if (d.getYear() < 1990 || d.getYear() > 2100) {
        throw ApiProblem.badRequest(field + " lies in the years 1990 to 2100");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(field + " is a day, e.g. 2024-01-31");
    }
  }

  private static String fileName(String original) {
    String n = original == null ? "" : original.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).strip();
    if (n.isEmpty() || n.equals(".") || n.equals("..")) {
      return "readings.csv";
    }
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }
}
