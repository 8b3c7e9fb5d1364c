package org.scopeplus.server.energy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.TenantJobs;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.energy.MeterStore;
import org.scopeplus.store.energy.NightlyResult;
import org.scopeplus.store.energy.NightlyResultStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The nightly batch in the service: an admin starts it over the tenant's meters in the background
 * and polls the run, and every role reads a meter's kept result (its forecasts, suggestions and
 * model figures, or the reason none was made).
 */
@Tag(name = "Energy", description = "Sites, meters, PV systems, tariffs and interval readings")
@RestController
@RequestMapping("/api/v1/energy")
public class EnergyNightlyController {

  private static final String RUNS = "/api/v1/energy/nightly/";

  private final Database db;
  private final RunningNightlyBatch batch;
  private final MeterStore meters = new MeterStore();
  private final NightlyResultStore results = new NightlyResultStore();

  EnergyNightlyController(Database db, RunningNightlyBatch batch) {
    this.db = db;
    this.batch = batch;
  }

  /**
   * A run of the nightly batch over the tenant's meters: who started it and when, whether it has
   * finished, and its counts (null while it runs).
   *
   * @param state {@code running}, {@code done} or {@code failed} (it could not finish: {@code
   *     message} says why; the meters done before are kept)
   * @param counts meters gone through, forecast, refused with a reason, and of those refused the
   *     ones the batch failed on
   */
  record RunView(
      String id,
      String state,
      String startedBy,
      Instant startedAt,
      Instant finishedAt,
      RunningNightlyBatch.Counts counts,
      String message) {

    static RunView of(TenantJobs.Job<RunningNightlyBatch.Counts> job) {
      String state = !job.done() ? "running" : job.failure().isPresent() ? "failed" : "done";
      return new RunView(
          job.id(),
          state,
          job.startedBy(),
          job.startedAt(),
          job.finishedAt(),
          job.value().orElse(null),
          job.failure().map(f -> "the run could not finish; start it again: " + f).orElse(null));
    }
  }

  @Operation(
      summary = "Start the nightly batch over the tenant's meters in the background",
      description =
          "Admin only (403 otherwise). Each meter of the tenant, one at a time: the CalTRACK daily"
              + " and hourly models fitted on its latest year of readings with the site's"
              + " weather, the day-ahead and month-ahead forecasts, and the suggestions priced at"
              + " the site's first tariff, kept in place of the meter's previous result; a meter"
              + " that cannot be forecast keeps the reason, and a meter the batch fails on keeps"
              + " what went wrong without stopping the others. Answers 202 with the run's location"
              + " (one run per tenant at a time: a second request joins the running one); the"
              + " finished run has the counts (meters, forecast, refused, failed), which the audit"
              + " entry energy.nightly.run records too.")
  @PostMapping("/nightly")
  ResponseEntity<RunView> start(@AuthenticationPrincipal Caller caller) {
    admin(caller);
    TenantJobs.Job<RunningNightlyBatch.Counts> job =
        batch.start(caller.tenantId(), caller.username());
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(URI.create(RUNS + job.id()))
        .body(RunView.of(job));
  }

  @Operation(
      summary = "Read a run of the nightly batch: running, or its counts",
      description =
          "Admin only. The tenant's running run or its last finished one (404 for others, and"
              + " after the service restarts).")
  @GetMapping("/nightly/{id}")
  RunView run(
      @AuthenticationPrincipal Caller caller,
      @Parameter(description = "the run's id") @PathVariable String id) {
    admin(caller);
    return RunView.of(
        batch
            .job(caller.tenantId(), id)
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "nightly batch run "
                            + id
                            + " (only the running and the last one are kept)")));
  }

  private static void admin(Caller caller) {
    if (!caller.administers()) {
      throw ApiProblem.forbidden("only an admin runs the nightly batch");
    }
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
