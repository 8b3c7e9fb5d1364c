package org.scopeplus.server.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.core.energy.IntervalReadings;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.energy.Kept;
import org.scopeplus.store.energy.MeterDayStore;
import org.scopeplus.store.energy.MeterStore;
import org.scopeplus.store.energy.PvSystemStore;
import org.scopeplus.store.energy.SiteStore;
import org.scopeplus.store.energy.TariffStore;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SME energy pages, open to every role of the tenant: the sites with their meters, PV systems
 * and tariffs, and a meter's load over its latest stored days (site-local time), with the daily
 * totals and the gaps. Read as the API's GET operations read them.
 */
@ConsoleController
class EnergyPages {

  /** A site with its things, as the energy page lists it. */
  record SiteSection(EnergySite site, List<Meter> meters, int pvSystems, int tariffs) {}

  /** One day of a meter: local date, kWh read, intervals read of the day's. */
  record DayTotal(String day, double kwh, int read, int intervals) {}

  /** The days a meter page shows at most. */
  static final int MAX_DAYS = 62;

  private final Database db;
  private final MessageSource messages;
  private final SiteStore sites = new SiteStore();
  private final MeterStore meters = new MeterStore();
  private final PvSystemStore pvs = new PvSystemStore();
  private final TariffStore tariffs = new TariffStore();
  private final MeterDayStore days = new MeterDayStore();

  EnergyPages(Database db, MessageSource messages) {
    this.db = db;
    this.messages = messages;
  }

  @GetMapping("/energy")
  String sites(@AuthenticationPrincipal Caller caller, Model model) {
    List<SiteSection> sections =
        db.inTransaction(
            c -> {
              List<SiteSection> out = new ArrayList<>();
              for (Kept<EnergySite> s : sites.list(c, caller.tenantId())) {
                String id = s.value().id();
                out.add(
                    new SiteSection(
                        s.value(),
                        meters.ofSite(c, caller.tenantId(), id).stream().map(Kept::value).toList(),
                        pvs.ofSite(c, caller.tenantId(), id).size(),
                        tariffs.ofSite(c, caller.tenantId(), id).size()));
              }
              return out;
            });
    model.addAttribute("sections", sections);
    return "console/energy";
  }

  @GetMapping("/energy/meters/{id}")
  String meter(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) Integer days,
      Model model,
      Locale locale) {
    int shown = days == null ? 14 : days;
    if (shown < 1 || shown > MAX_DAYS || id.length() > 36) {
      throw PageRefused.notFound("refused.notFound");
    }
    db.inTransaction(
        c -> {
          Meter m =
              meters
                  .byId(c, caller.tenantId(), id)
                  .orElseThrow(() -> PageRefused.notFound("refused.notFound"))
                  .value();
          EnergySite s = sites.byId(c, caller.tenantId(), m.siteId()).orElseThrow().value();
          LocalDate last = days(c, caller, m);
          model.addAttribute("meter", m);
          model.addAttribute("site", s);
          model.addAttribute("days", shown);
          if (last == null) {
            return null;
          }
          IntervalReadings r =
              this.days.read(c, caller.tenantId(), m, last.minusDays(shown - 1L), last);
          load(model, m, s.zone(), r, locale);
          return null;
        });
    return "console/energy-meter";
  }

  private LocalDate days(java.sql.Connection c, Caller caller, Meter m)
      throws java.sql.SQLException {
    return this.days.lastDay(c, caller.tenantId(), m.id()).orElse(null);
  }

  private void load(Model model, Meter m, ZoneId zone, IntervalReadings r, Locale locale) {
    DateTimeFormatter label = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    List<String> labels = new ArrayList<>();
    List<Double> kwh = new ArrayList<>();
    List<DayTotal> totals = new ArrayList<>();
    long gaps = 0;
    for (Map.Entry<LocalDate, int[]> d : r.days().entrySet()) {
      var start = d.getKey().atStartOfDay(ZoneOffset.UTC).toInstant();
      int[] v = d.getValue();
      long sum = 0;
      int read = 0;
      for (int i = 0; i < v.length; i++) {
        labels.add(start.plusSeconds(i * 60L * m.intervalMinutes()).atZone(zone).format(label));
        if (v[i] == IntervalReadings.MISSING) {
          kwh.add(null);
          gaps++;
        } else {
          kwh.add(v[i] / 1000.0);
          sum += v[i];
          read++;
        }
      }
      totals.add(new DayTotal(d.getKey().toString(), sum / 1000.0, read, v.length));
    }
    model.addAttribute("totals", totals);
    model.addAttribute("gaps", gaps);
    model.addAttribute(
        "chart",
        Charts.of("load", labels)
            .values(messages.getMessage("energy.load", null, locale), kwh)
            .with("unit", "kWh")
            .json());
  }
}
