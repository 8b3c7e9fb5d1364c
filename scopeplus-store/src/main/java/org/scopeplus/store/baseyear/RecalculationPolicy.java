package org.scopeplus.store.baseyear;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;

/**
 * Setting the base year, assessing a recalculation against the significance threshold, and
 * restating. The total compared is Scope 1 + Scope 2 (location-based) + Scope 3 of the base-year
 * run, as the GHG Protocol's significance test asks of base-year emissions.
 */
public final class RecalculationPolicy {

  private final BaseYearStore store = new BaseYearStore();
  private final RunStore runs = new RunStore();
  private final PeriodStore periods = new PeriodStore();
  private final AuditTrail audit = new AuditTrail();

  /** Sets the base year to a run of that year, with a threshold (default 5%). */
  public BaseYearOutcome<BaseYear> set(
      Connection c, String tenantId, String runId, double threshold, String actor)
      throws SQLException {
    if (!(threshold > 0 && threshold < 1)) {
      return new BaseYearOutcome.Refused<>(
          "the significance threshold must be between 0 and 1 (0.05 is 5%)");
    }
    Optional<CalculationRun> run = runs.byId(c, tenantId, runId);
    if (run.isEmpty()) {
      return new BaseYearOutcome.NotFound<>("calculation run " + runId);
    }
    ReportingPeriod period = periods.byId(c, tenantId, run.get().periodId()).orElseThrow();
    Optional<BaseYear> before = store.get(c, tenantId);
    BaseYear b =
        new BaseYear(
            tenantId, period.start().getYear(), runId, threshold, actor, BaseYearStore.now());
    store.put(c, b);
    audit.append(
        c,
        tenantId,
        actor,
        "base_year.set",
        "base_year",
        tenantId,
        before.map(BaseYear::state).orElse(AuditTrail.NO_STATE),
        b.state(),
        "base year " + b.year() + " set to run " + runId + ", threshold " + percent(threshold));
    return new BaseYearOutcome.Done<>(b);
  }

  /** Says whether a recalculated base-year run needs a restatement. */
  public BaseYearOutcome<Assessment> assess(
      Connection c, String tenantId, String candidateRunId, RecalculationTrigger trigger)
      throws SQLException {
    return assess(c, tenantId, store.get(c, tenantId), candidateRunId, trigger);
  }

  private BaseYearOutcome<Assessment> assess(
      Connection c,
      String tenantId,
      Optional<BaseYear> base,
      String candidateRunId,
      RecalculationTrigger trigger)
      throws SQLException {
    if (base.isEmpty()) {
      return new BaseYearOutcome.NotFound<>("base year (set one first)");
    }
    Optional<CalculationRun> candidate = runs.byId(c, tenantId, candidateRunId);
    if (candidate.isEmpty()) {
      return new BaseYearOutcome.NotFound<>("calculation run " + candidateRunId);
    }
    ReportingPeriod period = periods.byId(c, tenantId, candidate.get().periodId()).orElseThrow();
    if (period.start().getYear() != base.get().year()) {
      return new BaseYearOutcome.Refused<>(
          "run "
              + candidateRunId
              + " covers "
              + period.name()
              + ", not the base year "
              + base.get().year());
    }
    CalculationRun baseRun = runs.byId(c, tenantId, base.get().runId()).orElseThrow();
    long before = runs.total(c, baseRun).totalLocation();
    long after = runs.total(c, candidate.get()).totalLocation();
    double change = before == 0 ? (after == 0 ? 0.0 : 1.0) : (after - before) / (double) before;
    boolean required = Math.abs(change) >= base.get().threshold();
    String explanation =
        "the "
            + trigger.label()
            + " changes base-year "
            + base.get().year()
            + " emissions by "
            + percent(change)
            + (required
                ? ", at or above the significance threshold of "
                    + percent(base.get().threshold())
                    + ": the base year must be restated"
                : ", below the significance threshold of "
                    + percent(base.get().threshold())
                    + ": no restatement is needed");
    return new BaseYearOutcome.Done<>(
        new Assessment(
            trigger,
            baseRun.id(),
            candidateRunId,
            before,
            after,
            change,
            base.get().threshold(),
            required,
            explanation));
  }

  /** Restates the base year with a recalculated run, keeping the restatement and its reason. */
  public BaseYearOutcome<Restatement> restate(
      Connection c,
      String tenantId,
      String candidateRunId,
      RecalculationTrigger trigger,
      String reason,
      String actor)
      throws SQLException {
    if (reason == null || reason.isBlank()) {
      return new BaseYearOutcome.Refused<>("a restatement needs a reason");
    }
    Optional<BaseYear> found = store.get(c, tenantId);
    BaseYearOutcome<Assessment> assessed = assess(c, tenantId, found, candidateRunId, trigger);
    if (assessed instanceof BaseYearOutcome.NotFound<Assessment> nf) {
      return new BaseYearOutcome.NotFound<>(nf.what());
    }
    if (assessed instanceof BaseYearOutcome.Refused<Assessment> r) {
      return new BaseYearOutcome.Refused<>(r.reason());
    }
    Assessment a = ((BaseYearOutcome.Done<Assessment>) assessed).value();
    BaseYear base = found.orElseThrow();
    Restatement r =
        new Restatement(
            UUID.randomUUID().toString(),
            trigger,
            reason.strip(),
            a.baseRunId(),
            candidateRunId,
            a.baseGrams(),
            a.candidateGrams(),
            a.change(),
            actor,
            BaseYearStore.now());
    store.addRestatement(c, tenantId, r);
    audit.append(
        c,
        tenantId,
        actor,
        "restatement.added",
        "restatement",
        r.id(),
        AuditTrail.NO_STATE,
        r.state(),
        "restatement of base year "
            + base.year()
            + " from run "
            + a.baseRunId()
            + " to run "
            + candidateRunId);
    BaseYear restated =
        new BaseYear(
            tenantId, base.year(), candidateRunId, base.threshold(), actor, r.restatedAt());
    store.put(c, restated);
    audit.append(
        c,
        tenantId,
        actor,
        "base_year.restated",
        "base_year",
        tenantId,
        base.state(),
        restated.state(),
        trigger.label() + ": " + r.reason() + " (" + percent(a.change()) + ")");
    return new BaseYearOutcome.Done<>(r);
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.2f%%", ratio * 100);
  }
}
