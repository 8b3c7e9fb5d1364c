package org.scopeplus.server.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.text.Sentence;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.energy.EnergyAnalysisController;
import org.scopeplus.server.energy.EnergyController;
import org.scopeplus.server.energy.ReadingController;
import org.scopeplus.server.security.Caller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The energy page's forms: add a site, add a meter, a PV system or a tariff (with its holidays) to
 * a site, upload a meter's readings and a site's weather. Each form goes through the same operation
 * as the API (its checks, roles, org units and audit entry), then back to the page with what was
 * stored, or with the refusal and its located problems (file, row, column) when nothing was stored.
 */
@ConsoleController
class EnergyDataPage {

  /** What a form stored, as a sentence of the page's language. */
  record Done(String text) {}

  /**
   * What a form had refused: which form (in the page's language), the service's sentence (with its
   * code where it has one), and the located problems with their full count.
   */
  record Refused(
      String form, String detail, Sentence said, List<Problem> problems, long problemCount) {}

  private final MessageSource messages;
  private final EnergyController assets;
  private final ReadingController readings;
  private final EnergyAnalysisController weather;

  EnergyDataPage(
      EnergyController assets,
      ReadingController readings,
      EnergyAnalysisController weather,
      MessageSource messages) {
    this.messages = messages;
    this.assets = assets;
    this.readings = readings;
    this.weather = weather;
  }

  @PostMapping("/energy/sites")
  String addSite(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String orgUnit,
      @RequestParam(defaultValue = "") String timeZone,
      @RequestParam(defaultValue = "") String latitude,
      @RequestParam(defaultValue = "") String longitude,
      @RequestParam(defaultValue = "") String region,
      RedirectAttributes flash) {
    ConsoleAccess.writer(caller);
    return answer(
        flash,
        "energy.form.site",
        () -> {
          var kept =
              assets.addSite(
                  caller, siteBody(name, orgUnit, timeZone, latitude, longitude, region));
          return done("energy.form.siteAdded", kept.value().name());
        });
  }

  @PostMapping("/energy/sites/{id}/meters")
  String addMeter(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String carrier,
      @RequestParam(defaultValue = "import") String direction,
      @RequestParam(defaultValue = "60") String intervalMinutes,
      RedirectAttributes flash) {
    ConsoleAccess.writer(caller);
    return answer(
        flash,
        "energy.form.meter",
        () -> {
          var kept =
              assets.addMeter(caller, id, meterBody(name, carrier, direction, intervalMinutes));
          return done("energy.form.meterAdded", kept.value().name());
        });
  }

  @PostMapping("/energy/sites/{id}/pv-systems")
  String addPv(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String dcKw,
      @RequestParam(defaultValue = "") String tilt,
      @RequestParam(defaultValue = "") String azimuth,
      @RequestParam(defaultValue = "") String lossesPercent,
      @RequestParam(defaultValue = "") String inverterAcKw,
      @RequestParam(defaultValue = "") String temperatureModel,
      RedirectAttributes flash) {
    ConsoleAccess.writer(caller);
    return answer(
        flash,
        "energy.form.pv",
        () -> {
          var kept =
              assets.addPv(
                  caller,
                  id,
                  pvBody(name, dcKw, tilt, azimuth, lossesPercent, inverterAcKw, temperatureModel));
          return done("energy.form.pvAdded", kept.value().name());
        });
  }

  /** The time-of-use rows the tariff form offers. */
  static final int TARIFF_ROWS = 6;

  /** The time-of-use rows a tariff form may send: as many as a tariff holds. */
  static final int MAX_PERIOD_ROWS = 48;

  /** A tariff from the form, as {@link #tariffBody} reads it. */
  @PostMapping("/energy/sites/{id}/tariffs")
  String addTariff(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      RedirectAttributes flash) {
    ConsoleAccess.writer(caller);
    return answer(
        flash,
        "energy.form.tariff",
        () -> {
          var kept = assets.addTariff(caller, id, tariffBody(form));
          return done(
              "energy.form.tariffAdded",
              kept.value().name(),
              kept.value().periods().size(),
              kept.value().holidays().size(),
              kept.value().workdays().size());
        });
  }

  /** A site as the site forms give it, with its degrees read. */
  static EnergyController.SiteBody siteBody(
      String name,
      String orgUnit,
      String timeZone,
      String latitude,
      String longitude,
      String region) {
    return new EnergyController.SiteBody(
        name,
        orgUnit,
        timeZone,
        degrees(latitude, "latitude"),
        degrees(longitude, "longitude"),
        region);
  }

  /** A meter as the meter forms give it; an interval not a whole number is a 400. */
  static EnergyController.MeterBody meterBody(
      String name, String carrier, String direction, String intervalMinutes) {
    Integer minutes;
    try {
      minutes = Integer.valueOf(intervalMinutes.strip());
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("intervalMinutes is 15, 30 or 60");
    }
    return new EnergyController.MeterBody(name, carrier, direction, minutes);
  }

  /** A PV system as the PV forms give it: a blank field takes the API's default. */
  static EnergyController.PvBody pvBody(
      String name,
      String dcKw,
      String tilt,
      String azimuth,
      String lossesPercent,
      String inverterAcKw,
      String temperatureModel) {
    return new EnergyController.PvBody(
        name.isBlank() ? null : name,
        number(dcKw, "dcKw", "50"),
        number(tilt, "tilt", "25"),
        number(azimuth, "azimuth", "180"),
        number(lossesPercent, "lossesPercent", "14.08"),
        number(inverterAcKw, "inverterAcKw", "40"),
        temperatureModel.isBlank() ? null : temperatureModel);
  }

  /**
   * A tariff as the tariff forms give it: name, currency, demand charge, holidays and make-up
   * working days (dates separated by commas, spaces or lines) and period rows {@code label0, days0,
   * start0, end0, price0, ...} up to {@link #MAX_PERIOD_ROWS}; a row left wholly blank is no
   * period.
   */
  static EnergyController.TariffBody tariffBody(Map<String, String> form) {
    List<EnergyController.PeriodBody> periods = new ArrayList<>();
    for (int i = 0; i < MAX_PERIOD_ROWS; i++) {
      String label = field(form, "label" + i);
      String start = field(form, "start" + i);
      String end = field(form, "end" + i);
      String price = field(form, "price" + i);
      if (label.isBlank() && start.isBlank() && end.isBlank() && price.isBlank()) {
        continue;
      }
      String row = "period " + (i + 1) + ": ";
      if (start.isBlank() || end.isBlank() || price.isBlank()) {
        throw ApiProblem.badRequest(row + "give its start, end and price");
      }
      periods.add(
          new EnergyController.PeriodBody(
              label.isBlank() ? null : label,
              field(form, "days" + i).isBlank() ? "all" : field(form, "days" + i),
              start,
              end,
              number(price, row + "price", "0.85")));
    }
    return new EnergyController.TariffBody(
        field(form, "name").isBlank() ? null : field(form, "name"),
        field(form, "currency").isBlank() ? null : field(form, "currency"),
        number(field(form, "demandCharge"), "demandChargePerKwMonth", "40"),
        periods,
        dates(field(form, "holidays")),
        dates(field(form, "workdays")));
  }

  /** Dates typed in a text area, separated by commas, semicolons, spaces or lines. */
  private static List<String> dates(String text) {
    return text.isBlank() ? List.of() : List.of(text.strip().split("[,;\\s]+"));
  }

  @PostMapping("/energy/readings")
  String uploadReadings(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String meter,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes flash) {
    ConsoleAccess.writer(caller);
    return answer(
        flash,
        "energy.form.readings",
        () -> {
          ReadingController.Imported i = readings.upload(caller, meter, file);
          if (!i.findings().isEmpty()) {
            flash.addFlashAttribute("energyFindings", List.copyOf(i.findings()));
          }
          return done(
              "energy.form.readingsStored",
              Long.toString(i.readings()),
              Long.toString(i.gapIntervals()),
              Long.toString(i.spikes()));
        });
  }

  @PostMapping("/energy/sites/{id}/weather")
  String uploadWeather(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes flash) {
    ConsoleAccess.writer(caller);
    return answer(
        flash,
        "energy.form.weather",
        () -> {
          EnergyAnalysisController.WeatherImported w = weather.uploadWeather(caller, id, file);
          return done(
              w.typical() ? "energy.form.weatherTypical" : "energy.form.weatherObserved",
              Long.toString(w.hours()),
              w.firstHour().toString(),
              w.lastHour().toString());
        });
  }

  /** What a form does, answering what it stored or throwing the service's refusal. */
  private interface Work {
    Done run();
  }

  private Done done(String key, Object... args) {
    return new Done(messages.getMessage(key, args, LocaleContextHolder.getLocale()));
  }

  /**
   * Runs a form's work and returns to the energy page. A refusal of the caller's role or org unit
   * is a 403 page and an id of no site or meter of the tenant a 404 page, as elsewhere in the
   * console; any other refusal is shown on the page with its located problems.
   */
  private String answer(RedirectAttributes flash, String form, Work work) {
    try {
      flash.addFlashAttribute("energyDone", work.run());
    } catch (ApiProblem p) {
      if (p.status() == HttpStatus.FORBIDDEN) {
        throw PageRefused.forbidden("refused.orgUnit");
      }
      if (p.status() == HttpStatus.NOT_FOUND) {
        throw PageRefused.notFound("refused.notFound");
      }
      flash.addFlashAttribute(
          "energyRefused",
          refused(messages.getMessage(form, null, LocaleContextHolder.getLocale()), p));
    }
    return "redirect:/energy";
  }

  /** The service's refusal with the problems it carries. */
  static Refused refused(String form, ApiProblem p) {
    List<Problem> problems = new ArrayList<>();
    long count = 0;
    if (p.properties().get("problems") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          problems.add(
              new Problem(
                  String.valueOf(m.get("file")),
                  ((Number) m.get("row")).longValue(),
                  String.valueOf(m.get("column")),
                  String.valueOf(m.get("message")),
                  ApiProblem.sentenceOf(m.get("code"), m.get("arguments"))));
        }
      }
      count = ((Number) p.properties().get("problemCount")).longValue();
    }
    return new Refused(form, p.getMessage(), p.sentence(), problems, count);
  }

  /** A form field's text, stripped; "" when absent. */
  static String field(Map<String, String> form, String name) {
    String v = form.get(name);
    return v == null ? "" : v.strip();
  }

  /** A number typed in a form field, null when blank; else a 400 naming the field. */
  private static Double number(String text, String field, String example) {
    if (text.isBlank()) {
      return null;
    }
    try {
      double d = Double.parseDouble(text.strip());
      if (!Double.isFinite(d)) {
        throw new NumberFormatException(text);
      }
      return d;
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest(field + " is a number, e.g. " + example);
    }
  }

  /** A latitude or longitude typed in a form field: a decimal number of degrees. */
  private static Double degrees(String text, String field) {
    if (text.isBlank()) {
      return null;
    }
    try {
      double d = Double.parseDouble(text.strip());
      if (!Double.isFinite(d)) {
        throw new NumberFormatException(text);
      }
      return d;
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest(field + " is a number of degrees, e.g. 31.23");
    }
  }
}
