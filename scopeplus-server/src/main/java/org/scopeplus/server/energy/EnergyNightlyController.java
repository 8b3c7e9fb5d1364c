package org.scopeplus.server.energy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.energy.MeterStore;
import org.scopeplus.store.energy.NightlyResult;
import org.scopeplus.store.energy.NightlyResultStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The nightly batch in the service: an admin runs it over the tenant's meters at once, and every
 * role reads a meter's kept result (its forecasts, suggestions and model figures, or the reason
 * none was made).
 */
@Tag(name = "Energy", description = "Sites, meters, PV systems, tariffs and interval readings")
@RestController
@RequestMapping("/api/v1/energy")
public class EnergyNightlyController {

  private final Database db;
  private final RunningNightlyBatch batch;
  private final MeterStore meters = new MeterStore();
  private final NightlyResultStore results = new NightlyResultStore();

  EnergyNightlyController(Database db, RunningNightlyBatch batch) {
    this.db = db;
    this.batch = batch;
  }

  @Operation(
      summary = "Run the nightly batch over the tenant's meters now",
      description =
          "Admin only (403 otherwise). Each meter of the tenant, one at a time: the CalTRACK daily"
              + " and hourly models fitted on its latest year of readings with the site's"
              + " weather, the day-ahead and month-ahead forecasts, and the suggestions priced at"
              + " the site's first tariff, kept in place of the meter's previous result; a meter"
              + " that cannot be forecast keeps the reason. Answers the counts (meters, forecast,"
              + " refused), which the audit entry energy.nightly.run records too.")
  @PostMapping("/nightly")
  RunningNightlyBatch.Counts run(@AuthenticationPrincipal Caller caller) {
    if (!caller.administers()) {
      throw ApiProblem.forbidden("only an admin runs the nightly batch");
    }
    return batch.run(caller.tenantId(), caller.username());
  }

  @Operation(
      summary = "A meter's latest nightly batch result",
      description =
          "Any role of the tenant. When it was made, the days fitted on, the daily and hourly"
              + " models' CV(RMSE) and NMBE on their training data (ASHRAE Guideline 14, n - p),"
              + " the day-ahead forecast by hour and the month-ahead forecast by local day (kWh),"
              + " the ranked suggestions with kWh, cost and CO2 a year in English and Chinese; or"
              + " the reason none was made (refused). 404 when the meter is not the tenant's or has"
              + " no result yet.")
  @GetMapping("/meters/{id}/nightly")
  NightlyResult result(
      @AuthenticationPrincipal Caller caller,
      @Parameter(description = "the meter's id") @PathVariable String id) {
    if (id == null || id.length() > 36) {
      throw ApiProblem.notFound("meter " + id);
    }
    return db.inTransaction(
        c -> {
          meters
              .byId(c, caller.tenantId(), id)
              .orElseThrow(() -> ApiProblem.notFound("meter " + id));
          return results
              .of(c, caller.tenantId(), id)
              .orElseThrow(
                  () ->
                      ApiProblem.notFound("a nightly batch result of meter " + id + " (none yet)"));
        });
  }
}
