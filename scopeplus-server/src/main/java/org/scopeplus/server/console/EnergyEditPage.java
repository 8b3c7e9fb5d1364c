package org.scopeplus.server.console;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /** The kind of a form's address; another address is no page (404). */
    static Kind of(String path) {
      for (Kind k : values()) {
        if (k.path.equals(path)) {
          return k;
        }
      }
      throw PageRefused.notFound("refused.notFound");
    }
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

  @GetMapping("/energy/{kind}/{id}/edit")
  String form(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String kind,
      @PathVariable String id,
      Model model) {
    Kind k = Kind.of(kind);
    ConsoleAccess.writer(caller);
    String t = caller.tenantId();
    Map<String, String> form =
        db.inTransaction(
            c ->
                switch (k) {
                  case SITE -> {
                    EnergySite s = stored(sites.byId(c, t, checked(id)));
                    writes(caller, s);
                    yield siteForm(s);
                  }
                  case METER -> {
                    Meter m = stored(meters.byId(c, t, checked(id)));
                    writes(caller, stored(sites.byId(c, t, m.siteId())));
                    yield meterForm(m);
                  }
                  case PV -> {
                    PvArray p = stored(pvs.byId(c, t, checked(id)));
                    writes(caller, stored(sites.byId(c, t, p.siteId())));
                    yield pvForm(p);
                  }
                  case TARIFF -> {
                    Tariff f = stored(tariffs.byId(c, t, checked(id)));
                    writes(caller, stored(sites.byId(c, t, f.siteId())));
                    yield tariffForm(f);
                  }
                });
    return page(model, k, id, form);
  }

  /**
   * Runs a change through the API's PUT and returns to the energy page saying what was changed. A
   * refusal of the caller's role or org unit is a 403 page and an id of no item of the tenant a 404
   * page, as the adding forms answer; any other refusal shows the form again, 422, with the values
   * given.
   */
  @PostMapping("/energy/{kind}/{id}/edit")
  String change(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String kind,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes flash) {
    Kind k = Kind.of(kind);
    ConsoleAccess.writer(caller);
    try {
      String name =
          switch (k) {
            case SITE ->
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
                    .name();
            case METER ->
                assets
                    .changeMeter(
                        caller,
                        checked(id),
                        EnergyDataPage.meterBody(
                            value(form, "name"),
                            value(form, "carrier"),
                            value(form, "direction").isBlank()
                                ? "import"
                                : value(form, "direction"),
                            value(form, "intervalMinutes").isBlank()
                                ? "60"
                                : value(form, "intervalMinutes")))
                    .value()
                    .name();
            case PV ->
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
                    .name();
            case TARIFF ->
                assets
                    .changeTariff(caller, checked(id), EnergyDataPage.tariffBody(form))
                    .value()
                    .name();
          };
      flash.addFlashAttribute(
          "energyDone",
          new EnergyDataPage.Done(
              messages.getMessage(
                  "energy.edit.changed." + k.key,
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
              messages.getMessage("energy.form." + k.key, null, LocaleContextHolder.getLocale()),
              p));
      Map<String, String> given = new LinkedHashMap<>(form);
      given.remove("_csrf");
      return page(model, k, id, given);
    }
  }

  private static Map<String, String> siteForm(EnergySite s) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", s.name());
    form.put("orgUnit", s.orgUnit());
    form.put("timeZone", s.timeZone());
    form.put("latitude", plain(s.latitude()));
    form.put("longitude", plain(s.longitude()));
    form.put("region", s.region() == null ? "" : s.region());
    return form;
  }

  private static Map<String, String> meterForm(Meter m) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", m.name());
    form.put("carrier", m.carrier().name().toLowerCase(Locale.ROOT));
    form.put("direction", m.direction().name().toLowerCase(Locale.ROOT));
    form.put("intervalMinutes", Integer.toString(m.intervalMinutes()));
    return form;
  }

  private static Map<String, String> pvForm(PvArray p) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", p.name());
    form.put("dcKw", plain(p.dcKw()));
    form.put("tilt", plain(p.tilt()));
    form.put("azimuth", plain(p.azimuth()));
    form.put("lossesPercent", plain(p.lossesPercent()));
    form.put("inverterAcKw", plain(p.inverterAcKw()));
    form.put("temperatureModel", p.temperatureModel());
    return form;
  }

  private static Map<String, String> tariffForm(Tariff t) {
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
    return form;
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
    return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
  }

  private static String joined(List<java.time.LocalDate> dates) {
    return dates.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
