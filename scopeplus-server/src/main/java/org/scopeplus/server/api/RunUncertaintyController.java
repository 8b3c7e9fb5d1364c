package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.util.Map;
import org.scopeplus.core.quality.DataQualityScoring;
import org.scopeplus.core.uncertainty.AssessingUncertainty;
import org.scopeplus.core.uncertainty.MonteCarlo;
import org.scopeplus.core.uncertainty.UncertaintyOverrides;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.uncertainty.UncertaintyReport;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The uncertainty of a stored run (docs/uncertainty.md): the 95% interval of each total by IPCC
 * Approach 1 and, seeded, Approach 2, with the data-quality scores, from the run's trace lines, the
 * records they came from and the factors they used, with the default uncertainties.
 */
@Tag(name = "Runs")
@RestController
class RunUncertaintyController {

  /** The most iterations one request may ask for. */
  static final int MAX_ITERATIONS = 100_000;

  /** The most line draws (lines x iterations) one request may ask for. */
  static final long MAX_DRAWS = 2_000_000_000L;

  private final Database db;
  private final ReferenceData reference;
  private final RunStore runs = new RunStore();
  private final StoredRunLines storedLines;

  RunUncertaintyController(Database db, ReferenceData reference) {
    this.db = db;
    this.reference = reference;
    this.storedLines = new StoredRunLines(reference);
  }

  @Operation(
      summary = "The 95% uncertainty intervals and data quality of a run (IPCC Approach 1, 2)")
  @GetMapping("/api/v1/runs/{id}/uncertainty")
  Map<String, Object> uncertainty(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(defaultValue = "1") String approach,
      @RequestParam(defaultValue = "1") long seed,
      @RequestParam(defaultValue = "10000") int iterations) {
    boolean two = approach.equals("2");
    if (!two && !approach.equals("1")) {
      throw ApiProblem.badRequest("approach is 1 (error propagation) or 2 (Monte Carlo)");
    }
    if (two && (iterations < MonteCarlo.MIN_ITERATIONS || iterations > MAX_ITERATIONS)) {
      throw ApiProblem.badRequest(
          "iterations must be " + MonteCarlo.MIN_ITERATIONS + " to " + MAX_ITERATIONS);
    }
    AssessingUncertainty assessment =
        new AssessingUncertainty(
            UncertaintyOverrides.NONE, new DataQualityScoring(reference.regions()));
    db.inTransaction(
        c -> {
          CalculationRun run =
              runs.byId(c, caller.tenantId(), id)
                  .orElseThrow(() -> ApiProblem.notFound("run " + id));
          if (two && run.lines() * (long) iterations > MAX_DRAWS) {
            throw ApiProblem.badRequest(
                "run "
                    + id
                    + " has "
                    + run.lines()
                    + " lines; lines x iterations may be at most "
                    + MAX_DRAWS
                    + ", so ask for at most "
                    + Math.max(MonteCarlo.MIN_ITERATIONS, MAX_DRAWS / Math.max(1, run.lines()))
                    + " iterations or use the command line");
          }
          storedLines.forEach(c, caller.tenantId(), run, (line, facts) -> assessment.accept(facts));
          return null;
        });
    return new UncertaintyReport(
            assessment.lines().size(),
            two ? null : assessment.approach1(),
            two ? assessment.approach2(seed, iterations) : null,
            seed,
            two ? iterations : 0,
            assessment.quality())
        .tree();
  }

  /**
   * The Approach 1 intervals of a stored run with the default uncertainties, for its annual report;
   * inside the caller's transaction.
   */
  java.util.List<org.scopeplus.core.uncertainty.Interval> approach1(
      Connection c, String tenantId, CalculationRun run) throws java.sql.SQLException {
    AssessingUncertainty assessment =
        new AssessingUncertainty(
            UncertaintyOverrides.NONE, new DataQualityScoring(reference.regions()));
    storedLines.forEach(c, tenantId, run, (line, facts) -> assessment.accept(facts));
    return assessment.approach1();
  }
}
