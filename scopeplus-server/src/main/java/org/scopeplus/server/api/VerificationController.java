package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.scopeplus.core.disclosure.Assurance;
import org.scopeplus.core.disclosure.Materiality;
import org.scopeplus.core.disclosure.VerificationRules;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.disclosure.VerificationStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.user.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A verifier's findings and opinion on a period's run (ISO 14064-3; docs/review.md), each against
 * the run's exact result hash, and the organisation's responses to the findings. Only a verifier
 * records findings and opinions; an admin or a data owner responds; every role but viewer reads.
 */
@Tag(name = "Verification", description = "A verifier's findings, the responses and the opinion")
@RestController
@RequestMapping("/api/v1/periods/{periodId}")
class VerificationController {

  /** A finding: the run, material or immaterial, the line or the record, the text. */
  record FindingBody(
      String runId, String materiality, Long lineNo, String recordId, String finding) {}

  /** The response to a finding. */
  record ResponseBody(String response) {}

  /** An opinion: the run, reasonable or limited assurance, the materiality threshold, the text. */
  record OpinionBody(String runId, String assurance, Double materialityThreshold, String opinion) {}

  private final Database db;
  private final PeriodStore periods = new PeriodStore();
  private final RunStore runs = new RunStore();
  private final VerificationStore store = new VerificationStore();

  VerificationController(Database db) {
    this.db = db;
  }

  @Operation(summary = "Record a verifier's finding on a run of the period (a verifier)")
  @PostMapping("/findings")
  @ResponseStatus(HttpStatus.CREATED)
  VerificationStore.Finding find(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String periodId,
      @RequestBody(required = false) FindingBody body) {
    verifier(caller);
    FindingBody b = body == null ? new FindingBody(null, null, null, null, null) : body;
    VerificationRules.refusesFinding(b.materiality(), b.lineNo(), b.recordId(), b.finding())
        .ifPresent(
            why -> {
              throw ApiProblem.badRequest(why);
            });
    RequestText.within("recordId", b.recordId(), 200);
    return db.inTransaction(
        c -> {
          CalculationRun run = runOfPeriod(c, caller, periodId, b.runId());
          String concerns;
          if (b.lineNo() != null) {
            if (b.lineNo() > run.lines()) {
              throw ApiProblem.refused(
                  "Finding Refused", "run " + run.id() + " has no line " + b.lineNo());
            }
            concerns = "line " + b.lineNo();
          } else {
            if (runs.lineCount(c, run, b.recordId()) == 0) {
              throw ApiProblem.refused(
                  "Finding Refused", "run " + run.id() + " has no line of record " + b.recordId());
            }
            concerns = "record " + b.recordId();
          }
          return store.addFinding(
              c,
              caller.tenantId(),
              periodId,
              run.id(),
              run.resultSha256(),
              Materiality.parse(b.materiality()).orElseThrow().label(),
              concerns,
              b.finding(),
              caller.username());
        });
  }

  @Operation(summary = "Respond to a finding (an admin or a data owner)")
  @PostMapping("/findings/{findingId}/response")
  VerificationStore.Finding respond(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String periodId,
      @PathVariable String findingId,
      @RequestBody(required = false) ResponseBody body) {
    Access.writer(caller);
    String text = body == null ? null : body.response();
    VerificationRules.refusesText("response", text)
        .ifPresent(
            why -> {
              throw ApiProblem.badRequest(why);
            });
    return db.inTransaction(
        c ->
            store
                .respond(c, caller.tenantId(), periodId, findingId, text, caller.username())
                .orElseThrow(() -> ApiProblem.notFound("finding " + findingId)));
  }

  @Operation(summary = "List the period's findings with their responses")
  @GetMapping("/findings")
  List<VerificationStore.Finding> findings(
      @AuthenticationPrincipal Caller caller, @PathVariable String periodId) {
    Access.traces(caller);
    return db.inTransaction(
        c -> {
          period(c, caller, periodId);
          return store.findings(c, caller.tenantId(), periodId);
        });
  }

  @Operation(summary = "Record a verifier's opinion on a run of the period (a verifier)")
  @PostMapping("/opinions")
  @ResponseStatus(HttpStatus.CREATED)
  VerificationStore.Opinion opine(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String periodId,
      @RequestBody(required = false) OpinionBody body) {
    verifier(caller);
    OpinionBody b = body == null ? new OpinionBody(null, null, null, null) : body;
    VerificationRules.refusesOpinion(b.assurance(), b.materialityThreshold(), b.opinion())
        .ifPresent(
            why -> {
              throw ApiProblem.badRequest(why);
            });
    return db.inTransaction(
        c -> {
          CalculationRun run = runOfPeriod(c, caller, periodId, b.runId());
          return store.addOpinion(
              c,
              caller.tenantId(),
              periodId,
              run.id(),
              run.resultSha256(),
              Assurance.parse(b.assurance()).orElseThrow().label(),
              b.materialityThreshold(),
              b.opinion(),
              caller.username());
        });
  }

  @Operation(summary = "List the period's opinions")
  @GetMapping("/opinions")
  List<VerificationStore.Opinion> opinions(
      @AuthenticationPrincipal Caller caller, @PathVariable String periodId) {
    Access.traces(caller);
    return db.inTransaction(
        c -> {
          period(c, caller, periodId);
          return store.opinions(c, caller.tenantId(), periodId);
        });
  }

  private static void verifier(Caller caller) {
    if (caller.role() != Role.VERIFIER) {
      throw ApiProblem.forbidden("only a verifier records findings and opinions");
    }
  }

  private void period(Connection c, Caller caller, String periodId) throws SQLException {
    if (periods.byId(c, caller.tenantId(), periodId).isEmpty()) {
      throw ApiProblem.notFound("period " + periodId);
    }
  }

  private CalculationRun runOfPeriod(Connection c, Caller caller, String periodId, String runId)
      throws SQLException {
    period(c, caller, periodId);
    if (runId == null || runId.isBlank()) {
      throw ApiProblem.badRequest("give the runId the verification is of");
    }
    RequestText.within("runId", runId, 36);
    Optional<CalculationRun> run = runs.byId(c, caller.tenantId(), runId);
    if (run.isEmpty() || !run.get().periodId().equals(periodId)) {
      throw ApiProblem.notFound("run " + runId + " in period " + periodId);
    }
    return run.get();
  }
}
