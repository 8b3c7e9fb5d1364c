package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.scopeplus.core.targets.Coverage;
import org.scopeplus.core.targets.Pathway;
import org.scopeplus.core.targets.ProgressOutcome;
import org.scopeplus.core.targets.ShareBasis;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetKind;
import org.scopeplus.core.targets.TargetProgress;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.targets.MeasuringTargets;
import org.scopeplus.store.targets.StoredTarget;
import org.scopeplus.store.targets.TargetStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Targets and their progress: an admin sets a target over a part of the org tree; every role reads
 * the targets and each one's pathway, actuals, gaps, projection and verdict.
 */
@Tag(name = "Targets", description = "Targets and their pathways, actuals, projections and status")
@RestController
@RequestMapping("/api/v1/targets")
class TargetController {

  /**
   * A target as asked for. {@code kind}: absolute, intensity, cumulative, renewable-share,
   * fleet-electrification; {@code scopes} e.g. {@code 1+2} with {@code scope2} market or location
   * (absolute and intensity); {@code denominator} revenue, employees or floor_area (intensity);
   * {@code targetValue} the reduction (0.5 for -50%), the cumulative amount in t CO2e, or the share
   * (1 for 100%); {@code pathway} linear (default), aca-1.5c or aca-wb2c; {@code basis} annual
   * (default, RE100) or hourly (a renewable-share target measured on the kept hourly matching).
   */
  record TargetBody(
      String name,
      String kind,
      String orgUnit,
      String scopes,
      String scope2,
      String denominator,
      Integer baseYear,
      Integer targetYear,
      Double targetValue,
      String pathway,
      String criteria,
      String basis) {}

  /** A kept target with who set it, as the API shows it. */
  record TargetView(
      Target target, String unit, String measure, String createdBy, Instant createdAt) {
    static TargetView of(StoredTarget s) {
      return new TargetView(
          s.target(), s.target().unit(), s.target().measure(), s.createdBy(), s.createdAt());
    }
  }

  private final Database db;
  private final TargetStore targets = new TargetStore();
  private final MeasuringTargets measuring;
  private final org.springframework.context.MessageSource messages;

  /** A cumulative target's actuals come from the tenant's Scope 3+ ledger where it has any. */
  TargetController(
      Database db,
      org.scopeplus.store.targets.Scope3PlusLedgerYears scope3Plus,
      org.springframework.context.MessageSource messages) {
    this.db = db;
    this.messages = messages;
    this.measuring = new MeasuringTargets(scope3Plus);
  }

  @Operation(summary = "List the tenant's targets")
  @GetMapping
  List<TargetView> list(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> targets.list(c, caller.tenantId())).stream()
        .map(TargetView::of)
        .toList();
  }

  @Operation(summary = "Set a target (admin)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  TargetView add(@AuthenticationPrincipal Caller caller, @RequestBody TargetBody body) {
    Access.admin(caller);
    Target t = target(body);
    return TargetView.of(
        db.inTransaction(c -> targets.add(c, caller.tenantId(), t, caller.username())));
  }

  @Operation(summary = "Read one target")
  @GetMapping("/{id}")
  TargetView one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    RequestText.within("id", id, 36);
    return TargetView.of(TenantReads.one(db, caller, "target", id, targets::byId));
  }

  @Operation(
      summary =
          "A target's progress: pathway, actual and gap per year, projection to the target year,"
              + " on or off track")
  @GetMapping("/{id}/progress")
  TargetProgress progress(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) Integer year,
      java.util.Locale locale) {
    RequestText.within("id", id, 36);
    int upTo = year == null ? Year.now(ZoneOffset.UTC).getValue() : year;
    if (upTo < Target.FIRST_YEAR || upTo > Target.LAST_YEAR) {
      throw ApiProblem.badRequest(
          "year must lie between " + Target.FIRST_YEAR + " and " + Target.LAST_YEAR);
    }
    ProgressOutcome o =
        db.inTransaction(
            c -> {
              StoredTarget t = TenantReads.found(c, caller, "target", id, targets::byId);
              return measuring.progress(c, caller.tenantId(), t.target(), upTo);
            });
    if (o instanceof ProgressOutcome.Refused r) {
      throw ApiProblem.refused("Progress Cannot Be Measured", r.reason());
    }
    // the baseline note, explanation and projection method in the reader's language
    return ((ProgressOutcome.Measured) o).progress().in(BundleWording.of(messages, locale));
  }

  private static Target target(TargetBody b) {
    if (b == null) {
      throw ApiProblem.badRequest("give the target as JSON");
    }
    RequestText.within("name", b.name(), 500);
    RequestText.within("criteria", b.criteria(), 500);
    TargetKind kind =
        TargetKind.parse(b.kind())
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "kind is absolute, intensity, cumulative, renewable-share or"
                            + " fleet-electrification"));
    String orgUnit =
        RequestText.orgPath("orgUnit", b.orgUnit(), "give the orgUnit the target covers");
    Coverage coverage = null;
    if (kind == TargetKind.ABSOLUTE || kind == TargetKind.INTENSITY) {
      RequestText.within("scopes", b.scopes(), 20);
      coverage =
          Coverage.parse(b.scopes(), b.scope2())
              .orElseThrow(
                  () ->
                      ApiProblem.badRequest(
                          "scopes is e.g. 1+2 or 3, and scope2 market or location"));
    }
    Pathway pathway =
        Optional.ofNullable(b.pathway())
            .map(
                p ->
                    Pathway.parse(p)
                        .orElseThrow(
                            () -> ApiProblem.badRequest("pathway is linear, aca-1.5c or aca-wb2c")))
            .orElse(Pathway.LINEAR);
    if (b.baseYear() == null || b.targetYear() == null || b.targetValue() == null) {
      throw ApiProblem.badRequest("give baseYear, targetYear and targetValue");
    }
    Target t =
        new Target(
            "",
            b.name() == null ? "" : b.name(),
            kind,
            orgUnit,
            coverage,
            b.denominator(),
            b.baseYear(),
            b.targetYear(),
            b.targetValue(),
            pathway,
            b.criteria() == null ? "" : b.criteria(),
            Optional.ofNullable(b.basis())
                .map(
                    x ->
                        ShareBasis.parse(x)
                            .orElseThrow(() -> ApiProblem.badRequest("basis is annual or hourly")))
                .orElse(ShareBasis.ANNUAL));
    t.refusal()
        .ifPresent(
            why -> {
              throw ApiProblem.refused("Target Refused", why);
            });
    return t;
  }
}
