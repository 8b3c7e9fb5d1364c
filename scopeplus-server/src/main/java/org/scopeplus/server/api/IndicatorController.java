package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.scopeplus.core.indicator.IndicatorValue;
import org.scopeplus.core.indicator.Metric;
import org.scopeplus.core.indicator.OperationalIndicators;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.targets.IndicatorStore;
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
 * Operational indicators: values recorded per org unit (and facility) and year or month, by an
 * admin or a data owner within their org units; PUE and WUE by facility and month; energy-saving
 * measures' avoided CO2, outside the inventory.
 */
@Tag(
    name = "Indicators",
    description =
        "Operational indicators: PUE, WUE, energy intensity, fleet and energy-saving measures")
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorController {

  /** A value: metric (see {@link Metric}), org unit, facility (optional), year, month (0: year). */
  record IndicatorBody(
      String orgUnit, String facility, Integer year, Integer month, String metric, Double value) {}

  /** A value with its unit. */
  record IndicatorView(IndicatorValue value, String unit) {}

  /** Avoided CO2 of recovered heat, with the factor and its source. */
  record AvoidedView(
      String orgUnit,
      int year,
      double heatRecoveredTce,
      double avoidedCo2Tonnes,
      double factor,
      String note) {}

  private final Database db;
  private final IndicatorStore store = new IndicatorStore();

  IndicatorController(Database db) {
    this.db = db;
  }

  @Operation(summary = "Record an indicator value (admin, or a data owner in their org units)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  IndicatorView record(@AuthenticationPrincipal Caller caller, @RequestBody IndicatorBody b) {
    if (b == null) {
      throw ApiProblem.badRequest("give the indicator value as JSON");
    }
    String orgUnit = RequestText.orgPath("orgUnit", b.orgUnit(), "give the orgUnit of the value");
    Access.writesIn(caller, orgUnit);
    RequestText.within("facility", b.facility(), 200);
    Metric metric =
        Metric.parse(b.metric())
            .orElseThrow(() -> ApiProblem.badRequest("metric is one of " + Metric.names()));
    if (b.year() == null || b.value() == null) {
      throw ApiProblem.badRequest("give year and value");
    }
    IndicatorValue v =
        new IndicatorValue(
            orgUnit,
            b.facility() == null ? "" : b.facility().strip(),
            b.year(),
            b.month() == null ? 0 : b.month(),
            metric,
            b.value());
    v.refusal()
        .ifPresent(
            why -> {
              throw ApiProblem.refused("Indicator Value Refused", why);
            });
    return new IndicatorView(
        db.inTransaction(c -> store.record(c, caller.tenantId(), v, caller.username())),
        metric.unit());
  }

  @Operation(summary = "List the recorded values, optionally of one metric")
  @GetMapping
  List<IndicatorView> list(
      @AuthenticationPrincipal Caller caller, @RequestParam(required = false) String metric) {
    Metric m =
        metric == null
            ? null
            : Metric.parse(metric)
                .orElseThrow(() -> ApiProblem.badRequest("metric is one of " + Metric.names()));
    return db.inTransaction(c -> store.list(c, caller.tenantId(), m)).stream()
        .map(v -> new IndicatorView(v, v.metric().unit()))
        .toList();
  }

  @Operation(summary = "PUE and WUE of each data center by month (or year)")
  @GetMapping("/efficiency")
  List<OperationalIndicators.Efficiency> efficiency(@AuthenticationPrincipal Caller caller) {
    return OperationalIndicators.efficiency(
        db.inTransaction(c -> store.list(c, caller.tenantId(), null)));
  }

  /**
   * Energy per floor area and per employee: of the company (its top org units' electricity, floor
   * area and employees) and of each org unit with its own.
   */
  record EnergyIntensityView(
      List<OperationalIndicators.EnergyIntensity> company,
      List<OperationalIndicators.UnitEnergyIntensity> orgUnits) {}

  @Operation(
      summary =
          "Energy per floor area (kWh/m2) and per employee (MWh) by year, of the company and of"
              + " each org unit, as inventory --metrics gives them")
  @GetMapping("/energy-intensity")
  EnergyIntensityView energyIntensity(@AuthenticationPrincipal Caller caller) {
    List<IndicatorValue> values = db.inTransaction(c -> store.list(c, caller.tenantId(), null));
    return new EnergyIntensityView(
        OperationalIndicators.energyIntensity(values),
        OperationalIndicators.energyIntensityByUnit(values));
  }

  @Operation(summary = "Fleet electrification share (electric over all vehicles) by period")
  @GetMapping("/fleet")
  List<OperationalIndicators.FleetShare> fleet(@AuthenticationPrincipal Caller caller) {
    return OperationalIndicators.fleetShares(
        db.inTransaction(c -> store.list(c, caller.tenantId(), null)));
  }

  @Operation(summary = "CO2 avoided by recovered heat, reported outside the inventory")
  @GetMapping("/avoided")
  List<AvoidedView> avoided(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> store.list(c, caller.tenantId(), Metric.HEAT_RECOVERED)).stream()
        .filter(v -> v.month() == 0 && v.facility().isEmpty())
        .map(
            v ->
                new AvoidedView(
                    v.orgUnit(),
                    v.year(),
                    v.value(),
                    OperationalIndicators.avoidedCo2Tonnes(v.value()),
                    OperationalIndicators.CO2_PER_TCE,
                    "t CO2 per tce of displaced coal heat (China default raw-coal parameters);"
                        + " outside the inventory, never netted against it"))
        .toList();
  }
}
