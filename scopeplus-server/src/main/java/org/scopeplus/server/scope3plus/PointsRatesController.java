package org.scopeplus.server.scope3plus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.scopeplus.core.scope3plus.Points;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The points rates of the tenant's personal carbon accounts: points per kg CO2e avoided, per
 * programme, and a default for the other programmes. A new set applies to events counted from then
 * on; points already credited never change. The rates are kept in the ledger's manifest, so a
 * restart keeps them. Any role reads them; only an admin changes them, and each change is audited.
 */
@Tag(name = "Scope 3+")
@RestController
@RequestMapping("/api/v1/ecosystem/points-rates")
class PointsRatesController {

  /** Most programmes with a rate of their own. */
  static final int MAX_PROGRAMMES = 1000;

  /** Longest programme name, in UTF-8 bytes (as the ledger takes them). */
  static final int MAX_PROGRAMME_BYTES = 40;

  /**
   * Points rates: per programme and the default.
   *
   * @param defaultPerKilogram points per kg CO2e for programmes without a rate of their own
   * @param perKilogram programme to points per kg CO2e
   */
  record RatesView(Double defaultPerKilogram, Map<String, Double> perKilogram) {
    static RatesView of(PointsRates r) {
      return new RatesView(r.defaultPerKilogram(), new TreeMap<>(r.perKilogram()));
    }
  }

  private final TenantLedgers ledgers;
  private final LedgerChanges changes;

  PointsRatesController(TenantLedgers ledgers, LedgerChanges changes) {
    this.ledgers = ledgers;
    this.changes = changes;
  }

  @Operation(summary = "Read the points rates per programme of the personal carbon accounts")
  @GetMapping
  RatesView read(@AuthenticationPrincipal Caller caller) {
    return ledgers.with(caller.tenantId(), store -> RatesView.of(store.pointsRates()));
  }

  @Operation(summary = "Replace the points rates per programme (admin), for events counted next")
  @PutMapping
  RatesView change(@AuthenticationPrincipal Caller caller, @RequestBody RatesView body) {
    LedgerChanges.adminOnly(caller, "change the points rates");
    PointsRates wanted = valid(body);
    return changes.make(
        caller,
        store -> {
          PointsRates before = store.pointsRates();
          if (before.equals(wanted)) {
            return new LedgerChanges.Planned<>(null, () -> RatesView.of(before));
          }
          return new LedgerChanges.Planned<>(
              new LedgerChanges.Entry(
                  "ecosystem_points_rates.changed",
                  "ecosystem_points_rates",
                  caller.tenantId(),
                  canonical(before),
                  canonical(wanted),
                  "points per kg CO2e for events counted from now on: " + canonical(wanted)),
              () -> {
                store.changePointsRates(wanted);
                return RatesView.of(store.pointsRates());
              });
        });
  }

  /** Rates as text, programmes in name order: {@code default=1.0;maps=2.0}. */
  static String canonical(PointsRates r) {
    StringBuilder b = new StringBuilder("default=").append(r.defaultPerKilogram());
    new TreeMap<>(r.perKilogram()).forEach((p, v) -> b.append(';').append(p).append('=').append(v));
    return b.toString();
  }

  private static PointsRates valid(RatesView body) {
    if (body == null || body.defaultPerKilogram() == null) {
      throw ApiProblem.badRequest(
          "give defaultPerKilogram (points per kg CO2e for programmes without a rate of their own)"
              + " and perKilogram (programme to points per kg CO2e)");
    }
    Map<String, Double> per = body.perKilogram() == null ? Map.of() : body.perKilogram();
    if (per.size() > MAX_PROGRAMMES) {
      throw ApiProblem.badRequest(
          "at most " + MAX_PROGRAMMES + " programmes have a rate of their own");
    }
    rate("defaultPerKilogram", body.defaultPerKilogram());
    for (Map.Entry<String, Double> e : per.entrySet()) {
      String p = e.getKey();
      if (p.isBlank() || p.getBytes(StandardCharsets.UTF_8).length > MAX_PROGRAMME_BYTES) {
        throw ApiProblem.badRequest(
            "programme \"" + p + "\" must be 1 to " + MAX_PROGRAMME_BYTES + " bytes long");
      }
      rate("the rate of programme " + p, e.getValue());
    }
    return new PointsRates(per, body.defaultPerKilogram());
  }

  /** A rate from 0 to 10,000 points per kg CO2e with at most three decimals ({@link Points}). */
  private static void rate(String what, Double v) {
    String problem = PointsRates.problem(what, v == null ? Double.NaN : v);
    if (problem != null) {
      throw ApiProblem.badRequest(problem);
    }
  }
}
