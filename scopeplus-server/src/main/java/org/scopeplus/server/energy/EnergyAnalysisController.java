package org.scopeplus.server.energy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.core.energy.WeatherHours;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.energy.weather.SiteWeatherFiles;
import org.scopeplus.energy.weather.WeatherFileException;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.UploadFolder;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.energy.SiteWeatherStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A site's weather (TMY3, EPW, or a CSV of observations and forecasts), and a meter's baseline,
 * forecast, measured savings and suggestions, and a PV system's expected generation with its
 * performance ratio by day. Every role of the tenant reads; weather is written as the site is.
 */
@Tag(name = "Energy", description = "Sites, meters, PV systems, tariffs and interval readings")
@RestController
@RequestMapping("/api/v1/energy")
public class EnergyAnalysisController {

  /** The largest weather file taken: a year of EPW is about 1.6 MB, three years of CSV less. */
  static final long MAX_WEATHER_BYTES = 20L * 1024 * 1024;

  /** What a weather upload stored. */
  public record WeatherImported(
      String siteId, boolean typical, long hours, Instant firstHour, Instant lastHour) {}

  /** What a site's weather holds. */
  record WeatherSummary(
      String siteId, long observedDays, LocalDate firstDay, LocalDate lastDay, long typicalDays) {}

  private final Database db;
  private final UploadFolder uploads;
  private final EnergyController assets;
  private final MeterAnalysis analysis;
  private final SiteWeatherStore weather = new SiteWeatherStore();

  EnergyAnalysisController(
      Database db, UploadFolder uploads, EnergyController assets, MeterAnalysis analysis) {
    this.db = db;
    this.uploads = uploads;
    this.assets = assets;
    this.analysis = analysis;
  }

  @Operation(
      summary = "Upload a site's weather: TMY3 or EPW (a typical year) or a CSV of observations",
      description =
          "CSV columns: time (ISO-8601 with offset, end of the hour), temp_air, and any of ghi,"
              + " dni, dhi, wind_speed, cloud_cover. Checked whole before anything is stored; 422"
              + " names the file, line and column. A typical year replaces the previous one;"
              + " observations merge over the stored hours.")
  @PostMapping(value = "/sites/{id}/weather", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public WeatherImported uploadWeather(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestPart("file") MultipartFile file) {
    EnergySite site = db.inTransaction(c -> assets.site(c, caller, id).value());
    EnergyAccess.writesAt(caller, site);
    if (file.getSize() > MAX_WEATHER_BYTES) {
      throw new ApiProblem(
          HttpStatus.CONTENT_TOO_LARGE,
          "Weather Too Large",
          "a weather file has at most " + MAX_WEATHER_BYTES / (1024 * 1024) + " MB",
          Map.of());
    }
    String name = fileName(file.getOriginalFilename());
    Path path = null;
    try {
      path = uploads.newFile();
      file.transferTo(path);
      WeatherHours w;
      try {
        w = SiteWeatherFiles.read(path, name);
      } catch (WeatherFileException e) {
        throw ReadingController.unreadable("Weather Rejected", name, problem(name, e));
      }
      WeatherHours kept = w;
      db.inTransaction(
          c -> {
            weather.store(
                c, caller.tenantId(), site.id(), site.name(), kept, name, caller.username());
            return null;
          });
      return new WeatherImported(
          site.id(),
          w.typical(),
          w.size(),
          Instant.ofEpochSecond(w.hourStart()[0]),
          Instant.ofEpochSecond(w.hourStart()[w.size() - 1]));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the uploaded file", e);
    } finally {
      uploads.delete(path);
    }
  }

  private static final Pattern LOCATED = Pattern.compile(" line (\\d+)(?:, ([a-z_]+))?:");

  /**
   * The reader's refusal as a problem with its line and column; a coded refusal's message is its
   * sentence without the place (which the problem's file, row and column give), with its code.
   */
  public static Problem problem(String name, WeatherFileException e) {
    Matcher m = LOCATED.matcher(e.getMessage());
    long line = 0;
    String column = "";
    if (m.find()) {
      line = Long.parseLong(m.group(1));
      column = m.group(2) == null ? "" : m.group(2);
    }
    return e.sentence() == null
        ? new Problem(name, line, column, e.getMessage())
        : new Problem(name, line, column, e.detail(), e.sentence());
  }

  @Operation(summary = "Read what weather a site holds (observed days, typical year)")
  @GetMapping("/sites/{id}/weather")
  WeatherSummary weather(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return db.inTransaction(
        c -> {
          EnergySite s = assets.site(c, caller, id).value();
          SiteWeatherStore.Summary w = weather.summary(c, caller.tenantId(), s.id());
          return new WeatherSummary(
              s.id(), w.actualDays(), w.firstDay(), w.lastDay(), w.typicalDays());
        });
  }

  @Operation(
      summary =
          "Fit a meter's baseline (CalTRACK hourly or daily) with ASHRAE Guideline 14 figures",
      description =
          "train=FROM/TO local dates, end excluded, at most three years (default: the latest"
              + " year of readings); model hourly (default) or daily. Gives CV(RMSE), NMBE and MAE"
              + " with Guideline 14's limits and whether they are met, and the fitted points.")
  @GetMapping("/meters/{id}/baseline")
  MeterAnalysis.Baseline baseline(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) String train,
      @RequestParam(required = false) String model) {
    return analysis.baseline(caller, id, train, model);
  }

  @Operation(
      summary = "Forecast a meter's load day-ahead (days=1) or month-ahead (days=31)",
      description =
          "Fitted on the latest year of readings; predicts from the end of the readings with the"
              + " site's forecast or typical-year temperatures. Model hourly (default for 1 day) or"
              + " daily (default for 31).")
  @GetMapping("/meters/{id}/forecast")
  MeterAnalysis.Forecast forecast(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(defaultValue = "1") int days,
      @RequestParam(required = false) String model) {
    return analysis.forecast(caller, id, days, model);
  }

  @Operation(
      summary = "Measured savings (IPMVP Option C) in kWh, cost and CO2 with the FSU at 90 %",
      description =
          "baseline=FROM/TO and reporting=FROM/TO (local dates, end excluded, each at most three"
              + " years, reporting after baseline). Cost by the site's tariff; CO2 with the"
              + " location-based grid factor of the site's region as the inventory engine resolves"
              + " it (year rule), flagged secondary where the factor is.")
  @GetMapping("/meters/{id}/savings")
  MeterAnalysis.Savings savings(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) String baseline,
      @RequestParam(required = false) String reporting,
      @RequestParam(required = false) String model) {
    return analysis.savings(caller, id, baseline, reporting, model);
  }

  @Operation(
      summary = "Energy-saving suggestions for a meter, ranked, with kWh, cost and CO2 a year",
      description =
          "Over the latest year of readings, with the site's tariff, weather and grid factor;"
              + " each suggestion in English and Chinese (lang en or zh-CN picks text).")
  @GetMapping("/meters/{id}/suggestions")
  MeterAnalysis.SuggestionList suggestions(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(defaultValue = "en") String lang) {
    Locale locale =
        switch (lang.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
          case "en" -> Locale.ENGLISH;
          case "zh-cn", "zh" -> Locale.SIMPLIFIED_CHINESE;
          default -> throw ApiProblem.badRequest("lang is en or zh-CN");
        };
    return analysis.suggestions(caller, id, locale);
  }

  @Operation(
      summary = "A PV system's expected generation by day against its meter, with the PR",
      description =
          "from and to are local dates (end excluded, at most three years). PVWatts on the site's"
              + " weather (observations with irradiance, else the typical year). Days below 80 %"
              + " of expected (and expecting at least 0.5 kWh per kWp) are flagged.")
  @GetMapping("/pv/{id}/expected")
  MeterAnalysis.PvExpected pvExpected(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String meter) {
    return analysis.pvExpected(caller, id, from, to, meter);
  }

  private static String fileName(String original) {
    String n = original == null ? "" : original.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).strip();
    if (n.isEmpty() || n.equals(".") || n.equals("..")) {
      return "weather.csv";
    }
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }
}
