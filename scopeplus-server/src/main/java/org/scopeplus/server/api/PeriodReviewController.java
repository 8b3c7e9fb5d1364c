package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.scopeplus.core.baseyear.Assessment;
import org.scopeplus.core.baseyear.BaseYearOutcome;
import org.scopeplus.core.baseyear.RecalculationTrigger;
import org.scopeplus.core.disclosure.PeriodReview;
import org.scopeplus.core.disclosure.ReviewOutcome;
import org.scopeplus.core.disclosure.ReviewRole;
import org.scopeplus.core.disclosure.ReviewingPeriod;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.baseyear.RecalculatingBaseYear;
import org.scopeplus.store.disclosure.PeriodReviewStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.user.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review and sign-off of a reporting period (docs/review.md): data owners submit their org units,
 * the carbon office (an admin) reviews, another admin approves a run and locks the period; an admin
 * reopens it with a reason. Every transition is in the audit trail; a move the rules refuse is a
 * 409 problem with the reason, a role that may not act a 403.
 */
@Tag(name = "Review and sign-off", description = "A period's review states, from open to locked")
@RestController
@RequestMapping("/api/v1/periods/{periodId}/sign-off")
class PeriodReviewController {

  /** The run to approve, or the reason for reopening. */
  record SignOffBody(String runId, String reason) {}

  /**
   * A period's review.
   *
   * @param baseYearCheck the base-year significance check made when a period approved before is
   *     approved again with another run, or null
   */
  record SignOffView(
      String periodId,
      String period,
      String state,
      Set<String> submittedOrgUnits,
      Set<String> orgUnitsWithData,
      String reviewedBy,
      String approvedRunId,
      String approvedRunHash,
      boolean everApproved,
      Assessment baseYearCheck,
      String baseYearNote) {}

  private final Database db;
  private final PeriodStore periods = new PeriodStore();
  private final PeriodReviewStore reviews = new PeriodReviewStore();
  private final RunStore runs = new RunStore();
  private final BaseYearStore baseYears = new BaseYearStore();
  private final RecalculatingBaseYear baseYearPolicy = new RecalculatingBaseYear();

  PeriodReviewController(Database db) {
    this.db = db;
  }

  @Operation(summary = "Read a period's review state, submissions and approved run")
  @GetMapping
  SignOffView get(@AuthenticationPrincipal Caller caller, @PathVariable String periodId) {
    return db.inTransaction(
        c -> {
          ReportingPeriod p = period(c, caller, periodId, false);
          return view(c, caller, p, reviews.find(c, caller.tenantId(), periodId), null, "");
        });
  }

  @Operation(summary = "Submit the org units you own (an admin: every org unit) for review")
  @PostMapping("/submit")
  SignOffView submit(@AuthenticationPrincipal Caller caller, @PathVariable String periodId) {
    Access.writer(caller);
    return move(
        caller,
        periodId,
        (c, p, before) ->
            ReviewingPeriod.submit(
                before,
                role(caller),
                Set.copyOf(caller.orgUnits()),
                reviews.unitsWithData(c, caller.tenantId(), p.id())));
  }

  @Operation(summary = "Review a submitted period (the carbon office: an admin)")
  @PostMapping("/review")
  SignOffView review(@AuthenticationPrincipal Caller caller, @PathVariable String periodId) {
    Access.admin(caller);
    return move(
        caller,
        periodId,
        (c, p, before) -> ReviewingPeriod.review(before, role(caller), caller.username()));
  }

  @Operation(
      summary = "Approve a reviewed period with one of its runs (an admin, not the reviewer)")
  @PostMapping("/approve")
  SignOffView approve(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String periodId,
      @RequestBody(required = false) SignOffBody body) {
    Access.admin(caller);
    String runId = body == null ? null : body.runId();
    RequestText.within("runId", runId, 36);
    return move(
        caller,
        periodId,
        (c, p, before) -> {
          CalculationRun run =
              runId == null || runId.isBlank()
                  ? null
                  : runs.byId(c, caller.tenantId(), runId).orElse(null);
          if (runId != null && !runId.isBlank() && run == null) {
            throw ApiProblem.notFound("run " + runId);
          }
          return ReviewingPeriod.approve(
              before,
              role(caller),
              caller.username(),
              runId,
              run == null ? "" : run.resultSha256(),
              run != null && run.periodId().equals(p.id()));
        });
  }

  @Operation(summary = "Lock an approved period: imports and runs are refused until it is reopened")
  @PostMapping("/lock")
  SignOffView lock(@AuthenticationPrincipal Caller caller, @PathVariable String periodId) {
    Access.admin(caller);
    return move(caller, periodId, (c, p, before) -> ReviewingPeriod.lock(before, role(caller)));
  }

  @Operation(summary = "Reopen a period with a reason; the sign-off is cleared and audited")
  @PostMapping("/reopen")
  SignOffView reopen(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String periodId,
      @RequestBody(required = false) SignOffBody body) {
    Access.admin(caller);
    String reason = body == null ? null : body.reason();
    return move(
        caller, periodId, (c, p, before) -> ReviewingPeriod.reopen(before, role(caller), reason));
  }

  /** One transition in one transaction, the period row locked so transitions queue. */
  private SignOffView move(Caller caller, String periodId, Transition transition) {
    return db.inTransaction(
        c -> {
          ReportingPeriod p = period(c, caller, periodId, true);
          PeriodReview before = reviews.find(c, caller.tenantId(), periodId);
          ReviewOutcome outcome = transition.apply(c, p, before);
          if (outcome instanceof ReviewOutcome.Refused r) {
            throw ApiProblem.conflict(r.reason());
          }
          ReviewOutcome.Moved moved = (ReviewOutcome.Moved) outcome;
          PeriodReview after =
              reviews.save(c, caller.tenantId(), periodId, before, moved, caller.username());
          if (moved.event().equals("period.approved") && before.everApproved()) {
            return baseYearCheck(c, caller, p, after);
          }
          return view(c, caller, p, after, null, "");
        });
  }

  /**
   * A period approved before and approved again has changed after approval: when the base year's
   * run is of this period, the new run is assessed against it (GHG Protocol Corporate Standard ch.
   * 5, the significance threshold of the base year), and the assessment is in the answer.
   */
  private SignOffView baseYearCheck(
      Connection c, Caller caller, ReportingPeriod p, PeriodReview after) throws SQLException {
    var base = baseYears.get(c, caller.tenantId());
    if (base.isEmpty()) {
      return view(c, caller, p, after, null, "no base year is set; no significance check");
    }
    var baseRun = runs.byId(c, caller.tenantId(), base.get().runId());
    if (baseRun.isEmpty() || !baseRun.get().periodId().equals(p.id())) {
      return view(
          c, caller, p, after, null, "the base year is another period's; no significance check");
    }
    BaseYearOutcome<Assessment> assessed =
        baseYearPolicy.assess(
            c, caller.tenantId(), after.approvedRunId(), RecalculationTrigger.DISCOVERED_ERROR);
    if (assessed instanceof BaseYearOutcome.Done<Assessment> done) {
      return view(c, caller, p, after, done.value(), done.value().explanation());
    }
    String why =
        assessed instanceof BaseYearOutcome.Refused<Assessment> r
            ? r.reason()
            : "the base year's run was not found";
    return view(c, caller, p, after, null, "significance check not made: " + why);
  }

  private ReportingPeriod period(Connection c, Caller caller, String periodId, boolean lock)
      throws SQLException {
    var p =
        lock
            ? periods.lock(c, caller.tenantId(), periodId)
            : periods.byId(c, caller.tenantId(), periodId);
    return p.orElseThrow(() -> ApiProblem.notFound("period " + periodId));
  }

  private SignOffView view(
      Connection c, Caller caller, ReportingPeriod p, PeriodReview r, Assessment check, String note)
      throws SQLException {
    return new SignOffView(
        p.id(),
        p.name(),
        r.state().label(),
        r.submittedInOrder(),
        reviews.unitsWithData(c, caller.tenantId(), p.id()),
        r.reviewedBy(),
        r.approvedRunId(),
        r.approvedRunHash(),
        r.everApproved(),
        check,
        note);
  }

  private static ReviewRole role(Caller caller) {
    return caller.role() == Role.ADMIN
        ? ReviewRole.ADMIN
        : caller.role() == Role.DATA_OWNER ? ReviewRole.DATA_OWNER : ReviewRole.READER;
  }

  /** A transition's rule applied to the period and its review, inside the transaction. */
  @FunctionalInterface
  private interface Transition {
    ReviewOutcome apply(Connection c, ReportingPeriod p, PeriodReview before) throws SQLException;
  }
}
