package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.disclosure.VerifierPackage;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verifier's package of a run as one ZIP (docs/review.md): manifest, trace, records, audit
 * chain, README and SHA256SUMS. Made in memory, so runs of at most {@link #MAX_LINES} lines.
 */
@Tag(name = "Verification")
@RestController
class VerifierPackageController {

  /** The most trace lines a package is made for in memory. */
  static final long MAX_LINES = 100_000;

  private final Database db;
  private final RunStore runs = new RunStore();
  private final PeriodStore periods = new PeriodStore();
  private final VerifierPackage pack = new VerifierPackage();

  VerifierPackageController(Database db) {
    this.db = db;
  }

  @Operation(summary = "Download a run's verifier package: manifest, trace, records, audit trail")
  @GetMapping("/api/v1/runs/{id}/verifier-package")
  ResponseEntity<byte[]> download(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    Access.traces(caller);
    byte[] zip =
        db.inTransaction(
            c -> {
              CalculationRun run =
                  runs.byId(c, caller.tenantId(), id)
                      .orElseThrow(() -> ApiProblem.notFound("run " + id));
              if (run.lines() > MAX_LINES) {
                throw ApiProblem.refused(
                    "Package Refused",
                    "run "
                        + id
                        + " has "
                        + run.lines()
                        + " trace lines; a package is made for at most "
                        + MAX_LINES);
              }
              String period =
                  periods.byId(c, caller.tenantId(), run.periodId()).map(p -> p.name()).orElse("");
              ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
              try {
                pack.write(c, run, period, out);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write the package in memory", e);
              }
              return out.toByteArray();
            });
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"scopeplus-run-" + id + ".zip\"")
        .body(zip);
  }
}
