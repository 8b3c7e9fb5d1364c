package org.scopeplus.server.energy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.core.energy.IntervalPhase;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.core.energy.PvArray;
import org.scopeplus.core.energy.Tariff;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.RequestText;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.energy.Kept;
import org.scopeplus.store.energy.MeterDayStore;
import org.scopeplus.store.energy.MeterStore;
import org.scopeplus.store.energy.PvSystemStore;
import org.scopeplus.store.energy.SiteStore;
import org.scopeplus.store.energy.TariffStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An SME's sites with their meters, PV systems and tariffs. Every role of the tenant reads; an
 * admin, or a data owner holding the site's org unit, adds, changes and removes. Another tenant's
 * ids are answered 404, as if they did not exist. Each change is on the tenant's audit trail.
 */
@Tag(name = "Energy", description = "Sites, meters, PV systems, tariffs and interval readings")
@RestController
@RequestMapping("/api/v1/energy")
public class EnergyController {

  /**
   * A site as asked for: its name, org unit, IANA time zone, position and (optional) region for its
   * grid factor.
   */
  public record SiteBody(
      String name,
      String orgUnit,
      String timeZone,
      Double latitude,
      Double longitude,
      String region) {}

  /** A site with what is on it. */
  record SiteView(
      Kept<EnergySite> site,
      List<Kept<Meter>> meters,
      List<Kept<PvArray>> pvSystems,
      List<Kept<Tariff>> tariffs) {}

  /**
   * A meter: carrier electricity, gas or heat; direction import or export; 15, 30 or 60; its phase
   * (minutes past the UTC grid at which its intervals start) derived from the site's time zone when
   * not given.
   */
  public record MeterBody(
      String name,
      String carrier,
      String direction,
      Integer intervalMinutes,
      Integer phaseMinutes) {

    /** A meter whose phase is its site's clock's. */
    public MeterBody(String name, String carrier, String direction, Integer intervalMinutes) {
      this(name, carrier, direction, intervalMinutes, null);
    }
  }

  /**
   * A PV system; lossesPercent defaults to PVWatts' 14.08, inverterAcKw to dcKw / 1.2 (PVWatts'
   * DC/AC ratio), temperatureModel to sapm_open_rack_glass_glass.
   */
  public record PvBody(
      String name,
      Double dcKw,
      Double tilt,
      Double azimuth,
      Double lossesPercent,
      Double inverterAcKw,
      String temperatureModel) {}

  /** A time-of-use period: days all, weekday or weekend; start and end as HH:MM (end 24:00). */
  public record PeriodBody(String label, String days, String start, String end, Double price) {}

  /**
   * A tariff: currency (CNY by default), demand charge per kW of the month's peak, periods, and the
   * public holidays (YYYY-MM-DD) priced with the weekend periods, and the make-up working days
   * (Saturdays or Sundays worked, YYYY-MM-DD) priced with the weekday periods.
   */
  public record TariffBody(
      String name,
      String currency,
      Double demandChargePerKwMonth,
      List<PeriodBody> periods,
      List<String> holidays,
      List<String> workdays) {}

  private final Database db;
  private final SiteStore sites = new SiteStore();
  private final MeterStore meters = new MeterStore();
  private final PvSystemStore pvs = new PvSystemStore();
  private final TariffStore tariffs = new TariffStore();
  private final MeterDayStore days = new MeterDayStore();

  EnergyController(Database db) {
    this.db = db;
  }

  @Operation(summary = "List the tenant's sites")
  @GetMapping("/sites")
  List<Kept<EnergySite>> listSites(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> sites.list(c, caller.tenantId()));
  }

  @Operation(summary = "Add a site (admin, or a data owner in its org unit)")
  @PostMapping("/sites")
  @ResponseStatus(HttpStatus.CREATED)
  public Kept<EnergySite> addSite(@AuthenticationPrincipal Caller caller, @RequestBody SiteBody b) {
    EnergySite s = siteOf(caller, b);
    return db.inTransaction(
        c -> {
          if (sites.named(c, caller.tenantId(), s.name())) {
            throw ApiProblem.conflict("a site named " + s.name().strip() + " exists already");
          }
          return sites.add(c, caller.tenantId(), s, caller.username());
        });
  }

  /** The site asked for, checked, in an org unit the caller writes in. */
  private static EnergySite siteOf(Caller caller, SiteBody b) {
    if (b == null) {
      throw ApiProblem.badRequest(
          "give the site as JSON: name, orgUnit, timeZone, latitude, longitude");
    }
    RequestText.within("name", b.name(), 200);
    String orgUnit = RequestText.orgPath("orgUnit", b.orgUnit(), "give the site's orgUnit");
    EnergyAccess.writesIn(caller, orgUnit);
    if (b.latitude() == null || b.longitude() == null) {
      throw ApiProblem.badRequest("give the site's latitude and longitude");
    }
    RequestText.within("region", b.region(), 20);
    EnergySite s =
        new EnergySite(
            "",
            b.name(),
            orgUnit,
            b.timeZone(),
            b.latitude(),
            b.longitude(),
            b.region() == null || b.region().isBlank()
                ? null
                : b.region().strip().toUpperCase(java.util.Locale.ROOT));
    refuse("Site Refused", s.refusal());
    return s;
  }

  @Operation(
      summary = "Change a site in place (admin, or a data owner in its org unit and the new one)",
      description =
          "The whole site as on creation (name, orgUnit, timeZone, latitude, longitude, region),"
              + " checked as on creation; its meters, PV systems, tariffs, weather and readings"
              + " stay. 409 when another site of the tenant has the name; 422 when the time zone"
              + " would change while a meter of the site has readings stored (they were read in"
              + " it). On the audit trail as energy.site.changed with the states before and"
              + " after.")
  @PutMapping("/sites/{id}")
  public Kept<EnergySite> changeSite(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody SiteBody b) {
    EnergySite s = siteOf(caller, b);
    return db.inTransaction(
        c -> {
          Kept<EnergySite> before = site(c, caller, id);
          EnergyAccess.writesAt(caller, before.value());
          if (!before.value().name().equals(s.name().strip())
              && sites.named(c, caller.tenantId(), s.name())) {
            throw ApiProblem.conflict("a site named " + s.name().strip() + " exists already");
          }
          if (!before.value().timeZone().equals(s.timeZone().strip())) {
            Optional<Meter> read = meters.withReadings(c, caller.tenantId(), id);
            if (read.isPresent()) {
              throw ApiProblem.refused(
                  "Site Refused",
                  "meter "
                      + read.get().name()
                      + " has readings stored in the site's time zone "
                      + before.value().timeZone()
                      + ": the time zone cannot change while a meter of the site has readings");
            }
            // no readings yet: each meter takes the phase of the new clock
            Optional<IntervalPhase.Phased.Refused> refused =
                meters.rephase(
                    c, caller.tenantId(), id, s.zone(), Instant.now(), caller.username());
            if (refused.isPresent()) {
              throw ApiProblem.refused("Meter Refused", refused.get().reason());
            }
          }
          return sites.change(c, caller.tenantId(), before, s, caller.username());
        });
  }

  @Operation(summary = "Read a site with its meters, PV systems and tariffs")
  @GetMapping("/sites/{id}")
  SiteView site(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return db.inTransaction(
        c -> {
          Kept<EnergySite> s = site(c, caller, id);
          return new SiteView(
              s,
              meters.ofSite(c, caller.tenantId(), id),
              pvs.ofSite(c, caller.tenantId(), id),
              tariffs.ofSite(c, caller.tenantId(), id));
        });
  }

  @Operation(summary = "Remove a site that has no meter, PV system or tariff left")
  @DeleteMapping("/sites/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeSite(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    db.inTransaction(
        c -> {
          EnergySite s = site(c, caller, id).value();
          EnergyAccess.writesAt(caller, s);
          if (!sites.remove(c, caller.tenantId(), s, caller.username())) {
            throw ApiProblem.conflict(
                "site " + s.name() + " still has meters, PV systems or tariffs: remove them first");
          }
          return null;
        });
  }

  @Operation(
      summary = "Add a meter to a site",
      description =
          "The meter's phase, the minutes past the UTC grid at which its intervals start, is its"
              + " site's clock's unless phaseMinutes is given: 30 for an hourly meter in"
              + " Asia/Kolkata (+05:30), 15 in Asia/Kathmandu (+05:45), 0 where the offset is whole"
              + " hours. An hourly meter in a zone whose summer time moves the clock by half an"
              + " hour (Australia/Lord_Howe) is refused unless its phase is given: give it 30- or"
              + " 15-minute readings.")
  @PostMapping("/sites/{id}/meters")
  @ResponseStatus(HttpStatus.CREATED)
  public Kept<Meter> addMeter(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody MeterBody b) {
    Meter m = meterOf(id, b);
    return db.inTransaction(
        c -> {
          EnergySite site = site(c, caller, id).value();
          EnergyAccess.writesAt(caller, site);
          if (meters.named(c, caller.tenantId(), id, m.name().strip())) {
            throw ApiProblem.conflict(
                "the site has a meter named " + m.name().strip() + " already");
          }
          Meter phased = b.phaseMinutes() == null ? zonePhase(site, m) : m;
          return meters.add(c, caller.tenantId(), phased, caller.username());
        });
  }

  /** The meter asked for on the site, checked. */
  private static Meter meterOf(String siteId, MeterBody b) {
    if (b == null) {
      throw ApiProblem.badRequest(
          "give the meter as JSON: name, carrier, direction, intervalMinutes");
    }
    RequestText.within("name", b.name(), 200);
    Meter m =
        new Meter(
            "",
            siteId,
            b.name(),
            Meter.Carrier.parse(b.carrier()).orElse(null),
            Meter.Direction.parse(b.direction() == null ? "import" : b.direction()).orElse(null),
            b.intervalMinutes() == null ? 60 : b.intervalMinutes(),
            b.phaseMinutes() == null ? 0 : b.phaseMinutes());
    refuse("Meter Refused", m.refusal());
    return m;
  }

  /**
   * The meter with the phase of its site's clock ({@link IntervalPhase#onClock}), or its refusal.
   */
  private static Meter zonePhase(EnergySite site, Meter m) {
    IntervalPhase.Phased p = IntervalPhase.onClock(m, site.zone(), Instant.now());
    if (p instanceof IntervalPhase.Phased.Refused r) {
      throw ApiProblem.refused("Meter Refused", r.reason());
    }
    return ((IntervalPhase.Phased.OnClock) p).meter();
  }

  @Operation(
      summary = "Change a meter in place (admin, or a data owner in its site's org unit)",
      description =
          "The whole meter as on creation (name, carrier, direction, intervalMinutes), checked as"
              + " on creation; it stays on its site with its readings and nightly result. 409 when"
              + " another meter of the site has the name; 422 when the interval would change"
              + " while readings are stored. On the audit trail as energy.meter.changed.")
  @PutMapping("/meters/{id}")
  public Kept<Meter> changeMeter(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody MeterBody b) {
    return db.inTransaction(
        c -> {
          Kept<Meter> before = meter(c, caller, id);
          Meter old = before.value();
          EnergySite site = site(c, caller, old.siteId()).value();
          EnergyAccess.writesAt(caller, site);
          Meter m = meterOf(old.siteId(), b);
          if (b.phaseMinutes() == null) {
            // the kept phase stays while the interval does; a new interval takes its clock's
            m =
                m.intervalMinutes() == old.intervalMinutes()
                    ? m.withPhase(old.phaseMinutes())
                    : zonePhase(site, m);
          }
          if (!old.name().equals(m.name().strip())
              && meters.named(c, caller.tenantId(), old.siteId(), m.name().strip())) {
            throw ApiProblem.conflict(
                "the site has a meter named " + m.name().strip() + " already");
          }
          if (old.intervalMinutes() != m.intervalMinutes()
              && days.lastDay(c, caller.tenantId(), id).isPresent()) {
            throw ApiProblem.refused(
                "Meter Refused",
                "meter "
                    + old.name()
                    + " has readings stored at "
                    + old.intervalMinutes()
                    + " minutes: its interval cannot change while readings are stored");
          }
          if (old.phaseMinutes() != m.phaseMinutes()
              && days.lastDay(c, caller.tenantId(), id).isPresent()) {
            throw ApiProblem.refused(
                "Meter Refused",
                "meter "
                    + old.name()
                    + " has readings stored at phase "
                    + old.phaseMinutes()
                    + " minutes: its phase cannot change while readings are stored");
          }
          return meters.change(c, caller.tenantId(), before, m, caller.username());
        });
  }

  @Operation(summary = "Read a meter")
  @GetMapping("/meters/{id}")
  Kept<Meter> meter(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return db.inTransaction(c -> meter(c, caller, id));
  }

  @Operation(summary = "Remove a meter with its readings")
  @DeleteMapping("/meters/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeMeter(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    db.inTransaction(
        c -> {
          Meter m = meter(c, caller, id).value();
          EnergyAccess.writesAt(caller, site(c, caller, m.siteId()).value());
          meters.remove(c, caller.tenantId(), m, caller.username());
          return null;
        });
  }

  @Operation(summary = "Add a PV system to a site")
  @PostMapping("/sites/{id}/pv-systems")
  @ResponseStatus(HttpStatus.CREATED)
  public Kept<PvArray> addPv(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody PvBody b) {
    PvArray p = pvOf(id, b);
    return db.inTransaction(
        c -> {
          EnergyAccess.writesAt(caller, site(c, caller, id).value());
          return pvs.add(c, caller.tenantId(), p, caller.username());
        });
  }

  /** The PV system asked for on the site, with PVWatts' defaults, checked. */
  private static PvArray pvOf(String id, PvBody b) {
    if (b == null || b.dcKw() == null || b.tilt() == null || b.azimuth() == null) {
      throw ApiProblem.badRequest(
          "give the PV system as JSON with at least dcKw, tilt and azimuth");
    }
    RequestText.within("name", b.name(), 200);
    RequestText.within("temperatureModel", b.temperatureModel(), 40);
    PvArray p =
        new PvArray(
            "",
            id,
            b.name() == null ? "PV" : b.name(),
            b.dcKw(),
            b.tilt(),
            b.azimuth(),
            b.lossesPercent() == null ? 14.08 : b.lossesPercent(),
            b.inverterAcKw() == null ? b.dcKw() / 1.2 : b.inverterAcKw(),
            PvArray.modelName(
                b.temperatureModel() == null
                    ? "sapm_open_rack_glass_glass"
                    : b.temperatureModel()));
    refuse("PV System Refused", p.refusal());
    return p;
  }

  @Operation(
      summary = "Change a PV system in place (admin, or a data owner in its site's org unit)",
      description =
          "The whole PV system as on creation (dcKw, tilt, azimuth, lossesPercent,"
              + " inverterAcKw, temperatureModel; the same defaults), checked as on creation; it"
              + " stays on its site. On the audit trail as energy.pv.changed.")
  @PutMapping("/pv-systems/{id}")
  public Kept<PvArray> changePv(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody PvBody b) {
    return db.inTransaction(
        c -> {
          Kept<PvArray> before =
              found(pvs.byId(c, caller.tenantId(), check(id)), "PV system " + id);
          String siteId = before.value().siteId();
          EnergyAccess.writesAt(caller, site(c, caller, siteId).value());
          return pvs.change(c, caller.tenantId(), before, pvOf(siteId, b), caller.username());
        });
  }

  @Operation(summary = "Remove a PV system")
  @DeleteMapping("/pv-systems/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removePv(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    db.inTransaction(
        c -> {
          PvArray p = found(pvs.byId(c, caller.tenantId(), check(id)), "PV system " + id).value();
          EnergyAccess.writesAt(caller, site(c, caller, p.siteId()).value());
          pvs.remove(c, caller.tenantId(), p, caller.username());
          return null;
        });
  }

  @Operation(
      summary =
          "Add a tariff (time-of-use periods, demand charge, holidays, make-up working days) to a"
              + " site",
      description =
          "Periods cover every minute of a weekday and of a weekend day once; holidays (local"
              + " dates YYYY-MM-DD, at most 1,000) take the weekend periods in suggestions and"
              + " savings' cost; workdays (Saturdays or Sundays worked in exchange for a holiday,"
              + " China's make-up working days, at most 1,000, none also a holiday) take the"
              + " weekday periods.")
  @PostMapping("/sites/{id}/tariffs")
  @ResponseStatus(HttpStatus.CREATED)
  public Kept<Tariff> addTariff(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody TariffBody b) {
    Tariff t = tariffOf(id, b);
    return db.inTransaction(
        c -> {
          EnergyAccess.writesAt(caller, site(c, caller, id).value());
          return tariffs.add(c, caller.tenantId(), t, caller.username());
        });
  }

  /** The tariff asked for on the site, checked. */
  private static Tariff tariffOf(String id, TariffBody b) {
    if (b == null || b.periods() == null) {
      throw ApiProblem.badRequest("give the tariff as JSON with its periods");
    }
    RequestText.within("name", b.name(), 200);
    if (b.periods().size() > 48) {
      throw ApiProblem.refused("Tariff Refused", "give 1 to 48 time-of-use periods");
    }
    List<Tariff.TouPeriod> periods =
        b.periods().stream()
            .map(
                p -> {
                  if (p == null || p.price() == null) {
                    throw ApiProblem.badRequest("each period has days, start, end and price");
                  }
                  RequestText.within("label", p.label(), 40);
                  return new Tariff.TouPeriod(
                      p.label() == null ? "" : p.label(),
                      p.days() == null ? "all" : p.days(),
                      minute(p.start(), "start"),
                      minute(p.end(), "end"),
                      p.price());
                })
            .toList();
    Tariff t =
        new Tariff(
            "",
            id,
            b.name() == null ? "Tariff" : b.name(),
            b.currency() == null ? "CNY" : b.currency(),
            b.demandChargePerKwMonth() == null ? 0 : b.demandChargePerKwMonth(),
            periods,
            dates("holidays", "holiday", b.holidays()),
            dates("workdays", "working day", b.workdays()));
    refuse("Tariff Refused", t.refusal());
    return t;
  }

  @Operation(
      summary = "Change a tariff in place (admin, or a data owner in its site's org unit)",
      description =
          "The whole tariff as on creation (name, currency, demand charge, periods, holidays,"
              + " make-up working days), checked as on creation; it stays on its site under its id."
              + " On the audit trail as energy.tariff.changed with both states.")
  @PutMapping("/tariffs/{id}")
  public Kept<Tariff> changeTariff(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody TariffBody b) {
    return db.inTransaction(
        c -> {
          Kept<Tariff> before =
              found(tariffs.byId(c, caller.tenantId(), check(id)), "tariff " + id);
          EnergyAccess.writesAt(caller, site(c, caller, before.value().siteId()).value());
          Tariff t = tariffOf(before.value().siteId(), b);
          return tariffs.change(c, caller.tenantId(), before, t, caller.username());
        });
  }

  @Operation(summary = "Read a tariff")
  @GetMapping("/tariffs/{id}")
  Kept<Tariff> tariff(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return db.inTransaction(
        c -> found(tariffs.byId(c, caller.tenantId(), check(id)), "tariff " + id));
  }

  @Operation(summary = "Remove a tariff")
  @DeleteMapping("/tariffs/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeTariff(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    db.inTransaction(
        c -> {
          Tariff t = found(tariffs.byId(c, caller.tenantId(), check(id)), "tariff " + id).value();
          EnergyAccess.writesAt(caller, site(c, caller, t.siteId()).value());
          tariffs.remove(c, caller.tenantId(), t, caller.username());
          return null;
        });
  }

  /**
   * Holidays or make-up working days as local dates; a list longer than the tariff keeps, or a bad
   * date, is a 400.
   */
  static List<java.time.LocalDate> dates(String field, String one, List<String> texts) {
    if (texts == null) {
      return List.of();
    }
    if (texts.size() > Tariff.MAX_HOLIDAYS) {
      throw ApiProblem.badRequest(
          "give at most "
              + Tariff.MAX_HOLIDAYS
              + " "
              + field
              + "; "
              + texts.size()
              + " were given");
    }
    List<java.time.LocalDate> out = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      try {
        RequestText.within(field, t, 10);
        out.add(java.time.LocalDate.parse(t == null ? "" : t.strip()));
      } catch (java.time.format.DateTimeParseException e) {
        throw ApiProblem.badRequest(
            one + " " + (i + 1) + " '" + t + "' is not a date like 2024-10-01");
      }
    }
    return out;
  }

  /** HH:MM (00:00 to 24:00) as minutes of the day. */
  static int minute(String text, String field) {
    if (text == null || !text.strip().matches("([01]?[0-9]|2[0-4]):[0-5][0-9]")) {
      throw ApiProblem.badRequest(field + " is a local time HH:MM, 00:00 to 24:00");
    }
    String[] hm = text.strip().split(":");
    int m = Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1]);
    if (m > 1440) {
      throw ApiProblem.badRequest(field + " is a local time HH:MM, 00:00 to 24:00");
    }
    return m;
  }

  Kept<EnergySite> site(Connection c, Caller caller, String id) throws SQLException {
    return found(sites.byId(c, caller.tenantId(), check(id)), "site " + id);
  }

  Kept<Meter> meter(Connection c, Caller caller, String id) throws SQLException {
    return found(meters.byId(c, caller.tenantId(), check(id)), "meter " + id);
  }

  private static String check(String id) {
    RequestText.within("id", id, 36);
    return id;
  }

  private static <T> T found(Optional<T> o, String what) {
    return o.orElseThrow(() -> ApiProblem.notFound(what));
  }

  private static void refuse(String title, Optional<String> refusal) {
    refusal.ifPresent(
        why -> {
          throw ApiProblem.refused(title, why);
        });
  }
}
