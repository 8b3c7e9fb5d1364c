package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.disclosure.VerifierPackage;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verifier's package of a run as one ZIP (docs/review.md): manifest, trace, records, audit
 * chain, README and SHA256SUMS. Streamed to the client as it is written, row by row, so a run of
 * any size is packed in bounded memory; the run is looked up (404 for another tenant's) before the
 * first byte is sent.
 */
@Tag(name = "Verification")
@RestController
class VerifierPackageController {

  private final Database db;
  private final RunStore runs = new RunStore();
  private final PeriodStore periods = new PeriodStore();
  private final VerifierPackage pack = new VerifierPackage();

  VerifierPackageController(Database db) {
    this.db = db;
  }

  @Operation(summary = "Download a run's verifier package: manifest, trace, records, audit trail")
  @GetMapping("/api/v1/runs/{id}/verifier-package")
  void download(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletResponse response)
      throws IOException {
    Access.traces(caller);
    CalculationRun found =
        db.inTransaction(
            c ->
                runs.byId(c, caller.tenantId(), id)
                    .orElseThrow(() -> ApiProblem.notFound("run " + id)));
    response.setContentType("application/zip");
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"scopeplus-run-" + id + ".zip\"");
    OutputStream out = response.getOutputStream();
    db.inTransaction(
        c -> {
          // read again in the transaction that writes, so manifest and rows are one snapshot
          CalculationRun run = runs.byId(c, caller.tenantId(), found.id()).orElse(found);
          String period =
              periods.byId(c, caller.tenantId(), run.periodId()).map(p -> p.name()).orElse("");
          try {
            pack.write(c, run, period, out);
          } catch (IOException e) {
            throw new UncheckedIOException("the client stopped reading the package", e);
          }
          return null;
        });
    out.flush();
  }
}
