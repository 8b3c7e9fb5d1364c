package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.Consumption;
import org.scopeplus.core.instrument.HourlyMatching;
import org.scopeplus.core.instrument.Instrument;
import org.scopeplus.core.instrument.InstrumentOutcome;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.instrument.Kwh;
import org.scopeplus.core.instrument.MarketBasedLine;
import org.scopeplus.server.api.InstrumentRequests.AllocationBody;
import org.scopeplus.server.api.InstrumentRequests.HourBody;
import org.scopeplus.server.api.InstrumentRequests.InstrumentBody;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.instrument.KeepingInstruments;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contractual instruments for Scope 2: register certificates and contracts, record the electricity
 * they may cover, allocate them explicitly or first-fit, and read market-based Scope 2 by the
 * hierarchy and the renewable-electricity share.
 */
@Tag(
    name = "Green-power instruments",
    description =
        "Energy attribute certificates and contracts, their allocation, market-based Scope 2 and the renewable share")
@RestController
@RequestMapping("/api/v1/instruments")
class InstrumentController {

  /** A facility's electricity in a month, with its factors in kg CO2e/MWh. */
  record ConsumptionBody(
      String orgUnit,
      String facility,
      String month,
      String region,
      BigDecimal mwh,
      Double supplierRate,
      Double residualMix,
      Double locationFactor) {}

  /**
   * Hourly consumption and supply to match: each hour {@code name, region, hour, kwh}, the hour as
   * {@code 2025-06-01T13:00} (the start of a local clock hour), the region a consumption's grid
   * region or a supply's market boundary.
   */
  record HourlyBody(List<HourBody> consumption, List<HourBody> supply) {}

  /**
   * Hourly consumption and supply of an org unit to match and keep as its hourly matching, the
   * hours as in {@link HourlyBody}.
   */
  record KeptHourlyBody(String orgUnit, List<HourBody> consumption, List<HourBody> supply) {}

  /** An instrument with the kWh it has left. */
  record InstrumentView(Instrument instrument, long remainingKwh) {}

  /** The renewable-electricity share of a month, with the kWh it is made of. */
  record MonthShare(String month, long consumedKwh, long renewableKwh, double share) {}

  private final Database db;
  private final KeepingInstruments keeping = new KeepingInstruments();
  private final org.scopeplus.store.instrument.KeepingHourlyMatching hourly =
      new org.scopeplus.store.instrument.KeepingHourlyMatching();

  InstrumentController(Database db) {
    this.db = db;
  }

  @Operation(summary = "List the instruments with the MWh each has left")
  @GetMapping
  List<InstrumentView> list(@AuthenticationPrincipal Caller caller) {
    InstrumentRegistry r = db.inTransaction(c -> keeping.registry(c, caller.tenantId()));
    return r.instruments().stream().map(i -> new InstrumentView(i, r.remaining(i.id()))).toList();
  }

  @Operation(summary = "Register a certificate or contract (admin); overlapping serials refused")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Instrument register(@AuthenticationPrincipal Caller caller, @RequestBody InstrumentBody b) {
    Access.admin(caller);
    Instrument i = InstrumentRequests.instrument(b);
    return done(
        db.inTransaction(
            c -> keeping.register(c, caller.tenantId(), i, caller.username()),
            o -> o instanceof InstrumentOutcome.Done));
  }

  @Operation(summary = "Record a facility's electricity in a month (admin, data owner in the unit)")
  @PostMapping("/consumption")
  @ResponseStatus(HttpStatus.CREATED)
  Consumption consume(@AuthenticationPrincipal Caller caller, @RequestBody ConsumptionBody b) {
    if (b == null || b.mwh() == null || b.locationFactor() == null) {
      throw ApiProblem.badRequest("give orgUnit, facility, month, region, mwh and locationFactor");
    }
    String orgUnit =
        RequestText.orgPath("orgUnit", b.orgUnit(), "give the orgUnit of the facility");
    Access.writesIn(caller, orgUnit);
    RequestText.within("facility", b.facility(), 200);
    RequestText.within("region", b.region(), 40);
    if (b.facility() == null
        || b.facility().isBlank()
        || b.region() == null
        || b.region().isBlank()) {
      throw ApiProblem.badRequest("give the facility and its grid region");
    }
    long kwh = b.mwh().signum() == 0 ? 0 : InstrumentRequests.kwh("mwh", b.mwh());
    for (Double f : new Double[] {b.locationFactor(), b.supplierRate(), b.residualMix()}) {
      if (f != null) {
        Kwh.rateRefusal("a factor", f)
            .ifPresent(
                m -> {
                  throw ApiProblem.refused("Consumption Refused", m);
                });
      }
    }
    Consumption line =
        new Consumption(
            orgUnit,
            b.facility().strip(),
            InstrumentRequests.month("month", b.month()),
            b.region().strip(),
            kwh,
            b.supplierRate(),
            b.residualMix(),
            b.locationFactor());
    return done(
        db.inTransaction(
            c -> keeping.consume(c, caller.tenantId(), line, caller.username()),
            o -> o instanceof InstrumentOutcome.Done));
  }

  @Operation(summary = "Claim MWh of an instrument for a facility's month (admin)")
  @PostMapping("/allocations")
  @ResponseStatus(HttpStatus.CREATED)
  Allocation allocate(@AuthenticationPrincipal Caller caller, @RequestBody AllocationBody b) {
    Access.admin(caller);
    Allocation a = InstrumentRequests.allocation(b);
    return done(
        db.inTransaction(
            c -> keeping.allocate(c, caller.tenantId(), a, caller.username()),
            o -> o instanceof InstrumentOutcome.Done));
  }

  @Operation(summary = "Allocate the instruments first-fit by the documented rule (admin)")
  @PostMapping("/allocations/first-fit")
  @ResponseStatus(HttpStatus.CREATED)
  List<Allocation> firstFit(@AuthenticationPrincipal Caller caller) {
    Access.admin(caller);
    return db.inTransaction(c -> keeping.firstFit(c, caller.tenantId(), caller.username()));
  }

  @Operation(summary = "List the allocations")
  @GetMapping("/allocations")
  List<Allocation> allocations(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> keeping.registry(c, caller.tenantId())).allocations();
  }

  @Operation(summary = "Scope 2 of each consumption line by both methods, with the hierarchy trace")
  @GetMapping("/scope2")
  List<MarketBasedLine> scope2(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> keeping.registry(c, caller.tenantId())).scope2();
  }

  @Operation(summary = "Renewable-electricity share of an org unit by year (RE100)")
  @GetMapping("/renewable-share")
  SortedMap<Integer, Double> renewableShare(
      @AuthenticationPrincipal Caller caller, @RequestParam String orgUnit) {
    String unit = RequestText.orgPath("orgUnit", orgUnit, "give the orgUnit");
    return db.inTransaction(c -> keeping.registry(c, caller.tenantId())).renewableShare().of(unit);
  }

  @Operation(summary = "Renewable-electricity share of an org unit by month (RE100)")
  @GetMapping("/renewable-share/monthly")
  List<MonthShare> renewableShareByMonth(
      @AuthenticationPrincipal Caller caller, @RequestParam String orgUnit) {
    String unit = RequestText.orgPath("orgUnit", orgUnit, "give the orgUnit");
    return db
        .inTransaction(c -> keeping.registry(c, caller.tenantId()))
        .renewableShare()
        .kwhByMonth(unit)
        .entrySet()
        .stream()
        .filter(e -> e.getValue()[0] > 0)
        .map(
            e ->
                new MonthShare(
                    e.getKey().toString(),
                    e.getValue()[0],
                    e.getValue()[1],
                    (double) e.getValue()[1] / e.getValue()[0]))
        .toList();
  }

  @Operation(
      summary =
          "Hourly matching: the share of consumption met by supply of the same hour and market"
              + " boundary, beside the annual share")
  @PostMapping("/hourly-matching")
  List<HourlyMatching.Score> hourlyMatching(
      @AuthenticationPrincipal Caller caller, @RequestBody HourlyBody b) {
    if (b == null || b.consumption() == null || b.consumption().isEmpty()) {
      throw ApiProblem.badRequest("give consumption (and supply) as lists of hours");
    }
    InstrumentRequests.Hours hours = InstrumentRequests.hours(b.consumption(), b.supply());
    return HourlyMatching.score(hours.consumption(), hours.supply()).values().stream().toList();
  }

  @Operation(
      summary =
          "Compute an org unit's hourly matching from the hours given and keep it, replacing the"
              + " same years")
  @PostMapping("/hourly-matching/kept")
  List<org.scopeplus.store.instrument.KeepingHourlyMatching.Kept> keepHourlyMatching(
      @AuthenticationPrincipal Caller caller, @RequestBody KeptHourlyBody b) {
    if (b == null || b.consumption() == null || b.consumption().isEmpty()) {
      throw ApiProblem.badRequest("give orgUnit, and consumption (and supply) as lists of hours");
    }
    String unit = RequestText.orgPath("orgUnit", b.orgUnit(), "give the orgUnit the hours are of");
    Access.writesIn(caller, unit);
    InstrumentRequests.Hours hours = InstrumentRequests.hours(b.consumption(), b.supply());
    var scores = HourlyMatching.score(hours.consumption(), hours.supply());
    return db.inTransaction(
        c -> hourly.keep(c, caller.tenantId(), unit, scores, caller.username()));
  }

  @Operation(summary = "The kept hourly matching of every org unit, or of one, by year")
  @GetMapping("/hourly-matching/kept")
  List<org.scopeplus.store.instrument.KeepingHourlyMatching.Kept> keptHourlyMatching(
      @AuthenticationPrincipal Caller caller, @RequestParam(required = false) String orgUnit) {
    String unit =
        orgUnit == null ? null : RequestText.orgPath("orgUnit", orgUnit, "give the orgUnit");
    return db.inTransaction(c -> hourly.list(c, caller.tenantId(), unit));
  }

  private static <T> T done(InstrumentOutcome<T> o) {
    return InstrumentRequests.done(o);
  }
}
