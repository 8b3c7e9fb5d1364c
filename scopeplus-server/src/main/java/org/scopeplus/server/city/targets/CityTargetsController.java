package org.scopeplus.server.city.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcLevel;
import org.scopeplus.core.city.targets.CityActual;
import org.scopeplus.core.city.targets.CityProgressOutcome;
import org.scopeplus.core.city.targets.CityTarget;
import org.scopeplus.core.city.targets.CityTargetKind;
import org.scopeplus.core.city.targets.CityTargetProgress;
import org.scopeplus.core.city.targets.InventoryBasis;
import org.scopeplus.core.city.targets.Measure;
import org.scopeplus.core.city.targets.MeasureKind;
import org.scopeplus.core.city.targets.Scenario;
import org.scopeplus.core.city.targets.ScenarioPathway;
import org.scopeplus.core.targets.Pathway;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.RequestText;
import org.scopeplus.server.city.inventory.GpcInventoryController;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.city.targets.CityTargetStore;
import org.scopeplus.store.city.targets.StoredCityTarget;
import org.scopeplus.store.city.targets.StoredScenario;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A city's targets and scenarios. Targets are the government's commitments: an admin sets and
 * deletes them; scenarios are planning, set by an admin or a data owner; every role reads both. The
 * actual emissions a target is measured against are the totals of the city's kept GPC inventories
 * at the level the target names ({@code inventoryCity}, {@code inventoryLevel}), with the residents
 * and GDP posted with it; a year without inventory, or a target naming none, reads the posted
 * totals.
 */
@Tag(name = "City", description = "Districts, grid and daily estimates of a city (Carbon Eye)")
@RestController
public class CityTargetsController {

  /** One year of actuals: grams CO2e of the inventory total, residents, GDP in CNY. */
  record ActualBody(Integer year, Long grams, Double population, Double gdp) {}

  /**
   * A target. {@code kind}: peak, absolute, per-capita, per-gdp, neutrality; {@code value}: the
   * reduction (0.5 for -50%), 1 for neutrality, the cap in t CO2e for a peak (0 for none); {@code
   * pathway}: linear (default) or, for absolute targets, aca-1.5c or aca-wb2c.
   */
  record TargetBody(
      String name,
      String kind,
      Integer baseYear,
      Integer targetYear,
      Double value,
      String pathway,
      List<ActualBody> actuals,
      String inventoryCity,
      String inventoryLevel) {}

  /** A kept target as the API shows it. */
  record TargetView(
      CityTarget target,
      String unit,
      List<CityActual> actuals,
      String createdBy,
      Instant createdAt,
      String inventoryCity,
      String inventoryLevel) {
    static TargetView of(StoredCityTarget s) {
      return new TargetView(
          s.target(),
          s.target().unit(),
          s.actuals(),
          s.createdBy(),
          s.createdAt(),
          s.basis() == null ? null : s.basis().city(),
          s.basis() == null ? null : s.basis().level().label());
    }
  }

  /**
   * A measure. {@code kind} electrification (activity, factorBefore, factorAfter: kg CO2e per unit
   * of activity), building-retrofit (floorArea m2, kwhPerM2Saved, gridFactor kg CO2e/kWh) or
   * rooftop-pv (mwh a year, gridFactor); {@code shares} year to deployed share; costs in CNY.
   */
  record MeasureBody(
      String name,
      String kind,
      String sector,
      Double activity,
      Double factorBefore,
      Double factorAfter,
      Double floorArea,
      Double kwhPerM2Saved,
      Double gridFactor,
      Double mwh,
      Map<String, Double> shares,
      Double capex,
      Double opex,
      Integer lifetimeYears,
      String factorSource,
      Boolean secondary) {}

  /** A scenario: its baseline (sector to grams in the base year), growth and measures. */
  record ScenarioBody(
      String name,
      Integer baseYear,
      Integer endYear,
      Map<String, Long> baseline,
      Double growth,
      Double discountRate,
      List<MeasureBody> measures) {}

  /** A kept scenario as the API shows it. */
  record ScenarioView(Scenario scenario, String createdBy, Instant createdAt) {
    static ScenarioView of(StoredScenario s) {
      return new ScenarioView(s.scenario(), s.createdBy(), s.createdAt());
    }
  }

  private final Database db;
  private final CityTargetStore store = new CityTargetStore();

  CityTargetsController(Database db) {
    this.db = db;
  }

  @Operation(summary = "List the city's targets with their actuals (every role)")
  @GetMapping("/api/v1/city/targets")
  public List<TargetView> targets(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> store.list(c, caller.tenantId())).stream()
        .map(TargetView::of)
        .toList();
  }

  @Operation(summary = "Set a city target with its yearly actuals (admin)")
  @PostMapping("/api/v1/city/targets")
  @ResponseStatus(HttpStatus.CREATED)
  public TargetView add(@AuthenticationPrincipal Caller caller, @RequestBody TargetBody body) {
    admin(caller);
    CityTarget t = target(body);
    InventoryBasis basis = basis(body);
    List<CityActual> actuals =
        basis != null && (body.actuals() == null || body.actuals().isEmpty())
            ? List.of()
            : actuals(body.actuals());
    return TargetView.of(
        db.inTransaction(
            c -> store.add(c, caller.tenantId(), t, actuals, basis, caller.username())));
  }

  @Operation(summary = "Delete a city target and its actuals (admin)")
  @DeleteMapping("/api/v1/city/targets/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    admin(caller);
    RequestText.within("id", id, 36);
    if (!db.inTransaction(c -> store.delete(c, caller.tenantId(), id, caller.username()))) {
      throw ApiProblem.notFound("city target " + id);
    }
  }

  @Operation(summary = "A city target's progress: pathway, actual, gap, projection and status")
  @GetMapping("/api/v1/city/targets/{id}/progress")
  public CityTargetProgress progress(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) Integer year) {
    RequestText.within("id", id, 36);
    int upTo = year == null ? Year.now(ZoneOffset.UTC).getValue() : year;
    if (upTo < CityTarget.FIRST_YEAR || upTo > CityTarget.LAST_YEAR) {
      throw ApiProblem.badRequest(
          "year must lie between " + CityTarget.FIRST_YEAR + " and " + CityTarget.LAST_YEAR);
    }
    StoredCityTarget t =
        db.inTransaction(c -> store.byId(c, caller.tenantId(), id))
            .orElseThrow(() -> ApiProblem.notFound("city target " + id));
    List<CityActual> actuals = db.inTransaction(c -> store.actuals(c, caller.tenantId(), t));
    CityProgressOutcome o = CityTargetProgress.of(t.target(), actuals, upTo);
    if (o instanceof CityProgressOutcome.Refused r) {
      throw ApiProblem.refused("Progress Cannot Be Measured", r.reason());
    }
    return ((CityProgressOutcome.Measured) o).progress();
  }

  @Operation(summary = "List the city's scenarios of measures (every role)")
  @GetMapping("/api/v1/city/scenarios")
  public List<ScenarioView> scenarios(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> store.scenarios(c, caller.tenantId())).stream()
        .map(ScenarioView::of)
        .toList();
  }

  @Operation(summary = "Set a scenario of measures (admin or data owner)")
  @PostMapping("/api/v1/city/scenarios")
  @ResponseStatus(HttpStatus.CREATED)
  public ScenarioView addScenario(
      @AuthenticationPrincipal Caller caller, @RequestBody ScenarioBody body) {
    if (!caller.writes()) {
      throw ApiProblem.forbidden("a " + caller.role().label() + " reads but does not write");
    }
    Scenario s = scenario(body);
    return ScenarioView.of(
        db.inTransaction(c -> store.addScenario(c, caller.tenantId(), s, caller.username())));
  }

  @Operation(summary = "A scenario's baseline, reductions, costs and resulting pathway")
  @GetMapping("/api/v1/city/scenarios/{id}/pathway")
  public ScenarioPathway pathway(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    RequestText.within("id", id, 36);
    StoredScenario s =
        db.inTransaction(c -> store.scenario(c, caller.tenantId(), id))
            .orElseThrow(() -> ApiProblem.notFound("scenario " + id));
    return ScenarioPathway.of(s.scenario());
  }

  private static CityTarget target(TargetBody b) {
    if (b == null) {
      throw ApiProblem.badRequest("give the target as JSON");
    }
    RequestText.within("name", b.name(), 200);
    CityTargetKind kind =
        CityTargetKind.parse(b.kind())
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "kind is peak, absolute, per-capita, per-gdp or neutrality"));
    if (b.baseYear() == null || b.targetYear() == null) {
      throw ApiProblem.badRequest("give baseYear and targetYear");
    }
    double value =
        b.value() != null
            ? b.value()
            : kind == CityTargetKind.NEUTRALITY ? 1 : kind == CityTargetKind.PEAK ? 0 : Double.NaN;
    if (Double.isNaN(value)) {
      throw ApiProblem.badRequest("give the value: the reduction against the base year, e.g. 0.5");
    }
    Pathway pathway =
        b.pathway() == null
            ? Pathway.LINEAR
            : Pathway.parse(b.pathway())
                .orElseThrow(
                    () -> ApiProblem.badRequest("pathway is linear, aca-1.5c or aca-wb2c"));
    CityTarget t =
        new CityTarget(
            null,
            b.name() == null ? "" : b.name(),
            kind,
            b.baseYear(),
            b.targetYear(),
            value,
            pathway);
    t.refusal()
        .ifPresent(
            why -> {
              throw ApiProblem.refused("Target Refused", why);
            });
    return t;
  }

  /** The inventories a target's actuals come from, or null when the body names none. */
  private static InventoryBasis basis(TargetBody body) {
    if (body.inventoryCity() == null && body.inventoryLevel() == null) {
      return null;
    }
    if (body.inventoryCity() != null) {
      RequestText.within("inventoryCity", body.inventoryCity(), CityInventory.MAX_CITY_LENGTH);
    }
    GpcLevel level =
        body.inventoryLevel() == null
            ? GpcLevel.BASIC
            : GpcInventoryController.level(body.inventoryLevel());
    InventoryBasis b = new InventoryBasis(body.inventoryCity(), level);
    b.refusal()
        .ifPresent(
            r -> {
              throw ApiProblem.badRequest("inventoryCity: " + r);
            });
    return b;
  }

  private static List<CityActual> actuals(List<ActualBody> body) {
    if (body == null || body.isEmpty()) {
      throw ApiProblem.badRequest(
          "give the actuals: a list of {year, grams, population, gdp}, one per year");
    }
    int most = CityTarget.LAST_YEAR - CityTarget.FIRST_YEAR + 1;
    if (body.size() > most) {
      throw ApiProblem.badRequest("at most " + most + " actual years, one per year");
    }
    List<CityActual> out = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    for (ActualBody a : body) {
      if (a == null || a.year() == null || a.grams() == null) {
        throw ApiProblem.badRequest("each actual gives its year and grams");
      }
      CityActual x = new CityActual(a.year(), a.grams(), a.population(), a.gdp());
      String why = x.refusal();
      if (why != null) {
        throw ApiProblem.refused("Actuals Refused", why);
      }
      if (!years.add(a.year())) {
        throw ApiProblem.refused("Actuals Refused", "the year " + a.year() + " is given twice");
      }
      out.add(x);
    }
    return out;
  }

  private static Scenario scenario(ScenarioBody b) {
    if (b == null || b.baseYear() == null || b.endYear() == null || b.baseline() == null) {
      throw ApiProblem.badRequest("give name, baseYear, endYear, baseline and measures");
    }
    RequestText.within("name", b.name(), 200);
    List<MeasureBody> ms = b.measures() == null ? List.of() : b.measures();
    if (ms.size() > Scenario.MAX_MEASURES || b.baseline().size() > Scenario.MAX_SECTORS) {
      throw ApiProblem.badRequest(
          "a scenario holds at most "
              + Scenario.MAX_MEASURES
              + " measures and "
              + Scenario.MAX_SECTORS
              + " sectors");
    }
    for (String sector : b.baseline().keySet()) {
      RequestText.within("baseline sector", sector, 60);
    }
    List<Measure> measures = new ArrayList<>();
    for (MeasureBody m : ms) {
      measures.add(measure(m));
    }
    Scenario s =
        new Scenario(
            null,
            b.name() == null ? "" : b.name(),
            b.baseYear(),
            b.endYear(),
            new LinkedHashMap<>(b.baseline()),
            b.growth() == null ? 0 : b.growth(),
            b.discountRate() == null ? 0.05 : b.discountRate(),
            measures);
    s.refusal()
        .ifPresent(
            why -> {
              throw ApiProblem.refused("Scenario Refused", why);
            });
    return s;
  }

  private static Measure measure(MeasureBody m) {
    if (m == null) {
      throw ApiProblem.badRequest("a measure is an object");
    }
    RequestText.within("measure name", m.name(), 200);
    RequestText.within("measure sector", m.sector(), 60);
    RequestText.within("factorSource", m.factorSource(), 500);
    MeasureKind kind =
        MeasureKind.parse(m.kind())
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "measure '"
                            + m.name()
                            + "': kind is electrification, building-retrofit or rooftop-pv"));
    double[] f =
        switch (kind) {
          case ELECTRIFICATION ->
              need(
                  m,
                  "activity, factorBefore and factorAfter",
                  m.activity(),
                  m.factorBefore(),
                  m.factorAfter());
          case BUILDING_RETROFIT ->
              need(
                  m,
                  "floorArea, kwhPerM2Saved and gridFactor",
                  m.floorArea(),
                  m.kwhPerM2Saved(),
                  m.gridFactor());
          case ROOFTOP_PV -> need(m, "mwh and gridFactor", m.mwh(), m.gridFactor(), 0.0);
        };
    if (m.shares() == null || m.shares().size() > 111) {
      throw ApiProblem.badRequest(
          "measure '" + m.name() + "': give shares, year to deployed share, at most one a year");
    }
    SortedMap<Integer, Double> shares = new TreeMap<>();
    for (Map.Entry<String, Double> e : m.shares().entrySet()) {
      int year;
      try {
        year = Integer.parseInt(e.getKey().strip());
      } catch (NumberFormatException x) {
        throw ApiProblem.badRequest(
            "measure '" + m.name() + "': the share's key '" + e.getKey() + "' is not a year");
      }
      shares.put(year, e.getValue());
    }
    if (m.lifetimeYears() == null || m.capex() == null) {
      throw ApiProblem.badRequest("measure '" + m.name() + "': give capex and lifetimeYears");
    }
    return new Measure(
        m.name(),
        kind,
        m.sector(),
        f[0],
        f[1],
        f[2],
        shares,
        m.capex(),
        m.opex() == null ? 0 : m.opex(),
        m.lifetimeYears(),
        m.factorSource(),
        Boolean.TRUE.equals(m.secondary()));
  }

  private static double[] need(MeasureBody m, String names, Double a, Double b, Double c) {
    if (a == null || b == null || c == null) {
      throw ApiProblem.badRequest("measure '" + m.name() + "' of its kind gives " + names);
    }
    return new double[] {a, b, c};
  }

  private static void admin(Caller c) {
    if (!c.administers()) {
      throw ApiProblem.forbidden("only an admin sets or deletes the city's targets");
    }
  }
}
