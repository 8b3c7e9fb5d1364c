package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.scopeplus.core.baseyear.Assessment;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.core.baseyear.BaseYearOutcome;
import org.scopeplus.core.baseyear.RecalculationTrigger;
import org.scopeplus.core.baseyear.Restatement;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.baseyear.RecalculatingBaseYear;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The base year and its recalculation policy: set it to a run, ask whether a recalculated run needs
 * a restatement, restate with a reason, and read every restatement.
 */
@Tag(
    name = "Base year",
    description = "The base year, its significance threshold, assessments and restatements")
@RestController
@RequestMapping("/api/v1/base-year")
class BaseYearController {

  /**
   * Set the base year to a run; threshold defaults to 0.05 (5%). A base year already set to another
   * run is replaced only with {@code replace: true}.
   */
  record BaseYearBody(String runId, Double threshold, Boolean replace) {}

  /** A recalculated run and why it was recalculated; a reason when restating. */
  /** The most characters a restatement's reason may have (the width it is stored in). */
  static final int MAX_REASON = 2000;

  record RecalculationBody(String runId, String trigger, String reason) {}

  private final Database db;
  private final RecalculatingBaseYear policy = new RecalculatingBaseYear();
  private final BaseYearStore store = new BaseYearStore();

  BaseYearController(Database db) {
    this.db = db;
  }

  @Operation(summary = "Read the tenant's base year")
  @GetMapping
  BaseYear get(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> store.get(c, caller.tenantId()))
        .orElseThrow(() -> ApiProblem.notFound("base year set yet"));
  }

  @Operation(summary = "Set the base year: a run and the significance threshold")
  @PutMapping
  BaseYear set(@AuthenticationPrincipal Caller caller, @RequestBody BaseYearBody body) {
    Access.admin(caller);
    if (body == null || body.runId() == null) {
      throw ApiProblem.badRequest("give the runId of the base-year run");
    }
    double threshold = body.threshold() == null ? BaseYear.DEFAULT_THRESHOLD : body.threshold();
    boolean replace = Boolean.TRUE.equals(body.replace());
    return done(
        db.inTransaction(
            c -> {
              Optional<BaseYear> current = store.get(c, caller.tenantId());
              if (current.isPresent() && !current.get().runId().equals(body.runId()) && !replace) {
                throw ApiProblem.conflict(
                    "the base year is set already, to "
                        + current.get().year()
                        + " (run "
                        + current.get().runId()
                        + "): a recalculation is a restatement (POST /api/v1/base-year/restatements);"
                        + " to choose another base year, send \"replace\": true");
              }
              return policy.set(c, caller.tenantId(), body.runId(), threshold, caller.username());
            },
            o -> o instanceof BaseYearOutcome.Done));
  }

  @Operation(summary = "Assess whether a recalculated run requires restating the base year")
  @PostMapping("/assessments")
  Assessment assess(@AuthenticationPrincipal Caller caller, @RequestBody RecalculationBody body) {
    RecalculationTrigger trigger = trigger(body);
    return done(db.inTransaction(c -> policy.assess(c, caller.tenantId(), body.runId(), trigger)));
  }

  @Operation(summary = "Restate the base year with a trigger and a reason")
  @PostMapping("/restatements")
  @ResponseStatus(HttpStatus.CREATED)
  Restatement restate(@AuthenticationPrincipal Caller caller, @RequestBody RecalculationBody body) {
    Access.admin(caller);
    RecalculationTrigger trigger = trigger(body);
    RequestText.within("reason", body.reason(), MAX_REASON);
    return done(
        db.inTransaction(
            c ->
                policy.restate(
                    c, caller.tenantId(), body.runId(), trigger, body.reason(), caller.username()),
            o -> o instanceof BaseYearOutcome.Done));
  }

  @Operation(summary = "List every restatement of the base year")
  @GetMapping("/restatements")
  List<Restatement> restatements(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> store.restatements(c, caller.tenantId()));
  }

  private static RecalculationTrigger trigger(RecalculationBody body) {
    if (body == null || body.runId() == null) {
      throw ApiProblem.badRequest("give the runId of the recalculated base-year run");
    }
    return RecalculationTrigger.parse(body.trigger())
        .orElseThrow(
            () ->
                ApiProblem.badRequest(
                    "trigger is structural-change, methodology-change or discovered-error"));
  }

  private static <T> T done(BaseYearOutcome<T> outcome) {
    if (outcome instanceof BaseYearOutcome.Done<T> d) {
      return d.value();
    }
    if (outcome instanceof BaseYearOutcome.NotFound<T> nf) {
      throw ApiProblem.notFound(nf.what());
    }
    BaseYearOutcome.Refused<T> r = (BaseYearOutcome.Refused<T>) outcome;
    throw ApiProblem.refused("Refused By The Recalculation Policy", r.reason());
  }
}
