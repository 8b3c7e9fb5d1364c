package org.scopeplus.server.console;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.core.energy.PvArray;
import org.scopeplus.core.energy.Tariff;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.energy.EnergyController;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.energy.Kept;
import org.scopeplus.store.energy.MeterStore;
import org.scopeplus.store.energy.PvSystemStore;
import org.scopeplus.store.energy.SiteStore;
import org.scopeplus.store.energy.TariffStore;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The energy page's change forms: a site, a meter, a PV system or a tariff, each on its own page
 * filled with its stored values. A change goes through the API's own PUT operation (its checks,
 * roles, org units, conflicts and audit entry, in one transaction), then back to the energy page
 * with what was changed; a refusal shows the form again with the values given and the service's
 * sentence in the page's language, nothing changed. Another tenant's id is a 404 page, a role or
 * org unit that may not change the item a 403 page.
 */
@ConsoleController
class EnergyEditPage {

  /** What is changed: the kind's message key and its form's address. */
  private enum Kind {
    SITE("site", "sites"),
    METER("meter", "meters"),
    PV("pv", "pv-systems"),
    TARIFF("tariff", "tariffs");

    final String key;
    final String path;

    Kind(String key, String path) {
      this.key = key;
      this.path = path;
    }
  }

  /** What a change does once its form is read, answering the changed item's name. */
  private interface Change {
    String run();
  }

  private final Database db;
  private final MessageSource messages;
  private final EnergyController assets;
  private final SiteStore sites = new SiteStore();
  private final MeterStore meters = new MeterStore();
  private final PvSystemStore pvs = new PvSystemStore();
  private final TariffStore tariffs = new TariffStore();

  EnergyEditPage(Database db, MessageSource messages, EnergyController assets) {
    this.db = db;
    this.messages = messages;
    this.assets = assets;
  }

  @GetMapping("/energy/sites/{id}/edit")
  String site(@AuthenticationPrincipal Caller caller, @PathVariable String id, Model model) {
    ConsoleAccess.writer(caller);
    EnergySite s = db.inTransaction(c -> stored(sites.byId(c, caller.tenantId(), checked(id))));
    writes(caller, s);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", s.name());
    form.put("orgUnit", s.orgUnit());
    form.put("timeZone", s.timeZone());
    form.put("latitude", plain(s.latitude()));
    form.put("longitude", plain(s.longitude()));
    form.put("region", s.region() == null ? "" : s.region());
    return page(model, Kind.SITE, id, form);
  }

  @PostMapping("/energy/sites/{id}/edit")
  String changeSite(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes flash) {
    return save(
        caller,
        Kind.SITE,
        id,
        form,
        model,
        response,
        flash,
        () ->
            assets
                .changeSite(
                    caller,
                    checked(id),
                    EnergyDataPage.siteBody(
                        value(form, "name"),
                        value(form, "orgUnit"),
                        value(form, "timeZone"),
                        value(form, "latitude"),
                        value(form, "longitude"),
                        value(form, "region")))
                .value()
                .name());
  }

  @GetMapping("/energy/meters/{id}/edit")
  String meter(@AuthenticationPrincipal Caller caller, @PathVariable String id, Model model) {
    ConsoleAccess.writer(caller);
    Meter m =
        db.inTransaction(
            c -> {
              Meter found = stored(meters.byId(c, caller.tenantId(), checked(id)));
              writes(caller, stored(sites.byId(c, caller.tenantId(), found.siteId())));
              return found;
            });
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", m.name());
    form.put("carrier", m.carrier().name().toLowerCase(java.util.Locale.ROOT));
    form.put("direction", m.direction().name().toLowerCase(java.util.Locale.ROOT));
    form.put("intervalMinutes", Integer.toString(m.intervalMinutes()));
    return page(model, Kind.METER, id, form);
  }

  @PostMapping("/energy/meters/{id}/edit")
  String changeMeter(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes flash) {
    return save(
        caller,
        Kind.METER,
        id,
        form,
        model,
        response,
        flash,
        () ->
            assets
                .changeMeter(
                    caller,
                    checked(id),
                    EnergyDataPage.meterBody(
                        value(form, "name"),
                        value(form, "carrier"),
                        value(form, "direction").isBlank() ? "import" : value(form, "direction"),
                        value(form, "intervalMinutes").isBlank()
                            ? "60"
                            : value(form, "intervalMinutes")))
                .value()
                .name());
  }

  @GetMapping("/energy/pv-systems/{id}/edit")
  String pv(@AuthenticationPrincipal Caller caller, @PathVariable String id, Model model) {
    ConsoleAccess.writer(caller);
    PvArray p =
        db.inTransaction(
            c -> {
              PvArray found = stored(pvs.byId(c, caller.tenantId(), checked(id)));
              writes(caller, stored(sites.byId(c, caller.tenantId(), found.siteId())));
              return found;
            });
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", p.name());
    form.put("dcKw", plain(p.dcKw()));
    form.put("tilt", plain(p.tilt()));
    form.put("azimuth", plain(p.azimuth()));
    form.put("lossesPercent", plain(p.lossesPercent()));
    form.put("inverterAcKw", plain(p.inverterAcKw()));
    form.put("temperatureModel", p.temperatureModel());
    return page(model, Kind.PV, id, form);
  }

  @PostMapping("/energy/pv-systems/{id}/edit")
  String changePv(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes flash) {
    return save(
        caller,
        Kind.PV,
        id,
        form,
        model,
        response,
        flash,
        () ->
            assets
                .changePv(
                    caller,
                    checked(id),
                    EnergyDataPage.pvBody(
                        value(form, "name"),
                        value(form, "dcKw"),
                        value(form, "tilt"),
                        value(form, "azimuth"),
                        value(form, "lossesPercent"),
                        value(form, "inverterAcKw"),
                        value(form, "temperatureModel")))
                .value()
                .name());
  }

  @GetMapping("/energy/tariffs/{id}/edit")
  String tariff(@AuthenticationPrincipal Caller caller, @PathVariable String id, Model model) {
    ConsoleAccess.writer(caller);
    Tariff t =
        db.inTransaction(
            c -> {
              Tariff found = stored(tariffs.byId(c, caller.tenantId(), checked(id)));
              writes(caller, stored(sites.byId(c, caller.tenantId(), found.siteId())));
              return found;
            });
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", t.name());
    form.put("currency", t.currency());
    form.put("demandCharge", plain(t.demandChargePerKwMonth()));
    List<Tariff.TouPeriod> periods = t.periods();
    for (int i = 0; i < periods.size(); i++) {
      Tariff.TouPeriod p = periods.get(i);
      form.put("label" + i, p.label());
      form.put("days" + i, p.days());
      form.put("start" + i, clock(p.startMinute()));
      form.put("end" + i, clock(p.endMinute()));
      form.put("price" + i, plain(p.price()));
    }
    form.put("holidays", joined(t.holidays()));
    form.put("workdays", joined(t.workdays()));
    return page(model, Kind.TARIFF, id, form);
  }

  @PostMapping("/energy/tariffs/{id}/edit")
  String changeTariff(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes flash) {
    return save(
        caller,
        Kind.TARIFF,
        id,
        form,
        model,
        response,
        flash,
        () ->
            assets
                .changeTariff(caller, checked(id), EnergyDataPage.tariffBody(form))
                .value()
                .name());
  }

  /**
   * Runs a change and returns to the energy page saying what was changed. A refusal of the caller's
   * role or org unit is a 403 page and an id of no item of the tenant a 404 page, as the adding
   * forms answer; any other refusal shows the form again, 422, with the values given.
   */
  private String save(
      Caller caller,
      Kind kind,
      String id,
      Map<String, String> form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes flash,
      Change change) {
    ConsoleAccess.writer(caller);
    try {
      String name = change.run();
      flash.addFlashAttribute(
          "energyDone",
          new EnergyDataPage.Done(
              messages.getMessage(
                  "energy.edit.changed." + kind.key,
                  new Object[] {name},
                  LocaleContextHolder.getLocale())));
      return "redirect:/energy";
    } catch (ApiProblem p) {
      if (p.status() == HttpStatus.FORBIDDEN) {
        throw PageRefused.forbidden("refused.orgUnit");
      }
      if (p.status() == HttpStatus.NOT_FOUND) {
        throw PageRefused.notFound("refused.notFound");
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute(
          "energyRefused",
          EnergyDataPage.refused(
              messages.getMessage("energy.form." + kind.key, null, LocaleContextHolder.getLocale()),
              p));
      Map<String, String> given = new LinkedHashMap<>(form);
      given.remove("_csrf");
      return page(model, kind, id, given);
    }
  }

  /** The change page of a kind with its form's values. */
  private static String page(Model model, Kind kind, String id, Map<String, String> form) {
    model.addAttribute("kind", kind.key);
    model.addAttribute("action", "/energy/" + kind.path + "/" + id + "/edit");
    model.addAttribute("form", form);
    int periods = 0;
    for (int i = 0; i < EnergyDataPage.MAX_PERIOD_ROWS; i++) {
      if (!EnergyDataPage.field(form, "start" + i).isBlank()
          || !EnergyDataPage.field(form, "label" + i).isBlank()
          || !EnergyDataPage.field(form, "end" + i).isBlank()
          || !EnergyDataPage.field(form, "price" + i).isBlank()) {
        periods = i + 1;
      }
    }
    // the rows held, and room for two more, as many as the adding form offers at least
    model.addAttribute(
        "periodRows",
        Math.min(
            EnergyDataPage.MAX_PERIOD_ROWS, Math.max(EnergyDataPage.TARIFF_ROWS, periods + 2)));
    model.addAttribute("temperatureModels", EnergyPages.TEMPERATURE_MODELS);
    model.addAttribute("currencies", EnergyPages.CURRENCIES);
    return "console/energy-edit";
  }

  /** A 403 page when the caller may not change the site's things. */
  private static void writes(Caller caller, EnergySite site) {
    if (!caller.mayWriteIn(site.orgUnit())) {
      throw PageRefused.forbidden("refused.orgUnit");
    }
  }

  /** An id as long as ids are; a longer one is no item (the API refuses it as a 400). */
  private static String checked(String id) {
    if (id.length() > 36) {
      throw PageRefused.notFound("refused.notFound");
    }
    return id;
  }

  private static <T> T stored(Optional<Kept<T>> kept) {
    return kept.orElseThrow(() -> PageRefused.notFound("refused.notFound")).value();
  }

  private static String value(Map<String, String> form, String name) {
    return EnergyDataPage.field(form, name);
  }

  /** A stored number as typed: no exponent, no trailing zeros (50, not 50.0). */
  static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** Minutes of the day as HH:MM, 1440 as 24:00. */
  static String clock(int minute) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
  }

  private static String joined(List<java.time.LocalDate> dates) {
    return dates.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
