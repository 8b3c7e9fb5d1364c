package org.scopeplus.core.baseyear;

import java.time.InstantSource;
import java.util.Optional;
import java.util.UUID;

/**
 * Setting the base year, assessing a recalculation against the significance threshold, and
 * restating (GHG Protocol Corporate Standard, chapter 5; ISO 14064-1 clause 6.4.1). The total
 * compared is Scope 1 + Scope 2 (location-based) + Scope 3 of the base-year run, as the GHG
 * Protocol's significance test asks of base-year emissions. It assumes that the caller runs each
 * request in one transaction over the repositories it is given.
 */
public final class RecalculationPolicy {

  private final BaseYears baseYears;
  private final Restatements restatements;
  private final BaseYearRuns runs;
  private final BaseYearHistory history;
  private final InstantSource clock;

  /**
   * @param clock the time kept on base years and restatements (a store may truncate it to what it
   *     keeps, so that a state read back is equal)
   */
  public RecalculationPolicy(
      BaseYears baseYears,
      Restatements restatements,
      BaseYearRuns runs,
      BaseYearHistory history,
      InstantSource clock) {
    this.baseYears = baseYears;
    this.restatements = restatements;
    this.runs = runs;
    this.history = history;
    this.clock = clock;
  }

  /** Sets the base year to a run of that year, with a threshold (default 5%). */
  public BaseYearOutcome<BaseYear> set(
      String tenantId, String runId, double threshold, String actor) {
    if (!(threshold > 0 && threshold < 1)) {
      return new BaseYearOutcome.Refused<>(
          "the significance threshold must be between 0 and 1 (0.05 is 5%)");
    }
    Optional<BaseYearRuns.RunPeriod> period = runs.period(tenantId, runId);
    if (period.isEmpty()) {
      return new BaseYearOutcome.NotFound<>("calculation run " + runId);
    }
    Optional<BaseYear> before = baseYears.find(tenantId);
    BaseYear b =
        new BaseYear(tenantId, period.get().year(), runId, threshold, actor, clock.instant());
    baseYears.put(b);
    history.baseYearSet(
        tenantId,
        actor,
        before,
        b,
        "base year "
            + b.year()
            + " set to run "
            + runId
            + ", threshold "
            + Assessment.percent(threshold));
    return new BaseYearOutcome.Done<>(b);
  }

  /** Says whether a recalculated base-year run needs a restatement. */
  public BaseYearOutcome<Assessment> assess(
      String tenantId, String candidateRunId, RecalculationTrigger trigger) {
    return assess(tenantId, baseYears.find(tenantId), candidateRunId, trigger);
  }

  private BaseYearOutcome<Assessment> assess(
      String tenantId,
      Optional<BaseYear> base,
      String candidateRunId,
      RecalculationTrigger trigger) {
    if (base.isEmpty()) {
      return new BaseYearOutcome.NotFound<>("base year (set one first)");
    }
    Optional<BaseYearRuns.RunPeriod> period = runs.period(tenantId, candidateRunId);
    if (period.isEmpty()) {
      return new BaseYearOutcome.NotFound<>("calculation run " + candidateRunId);
    }
    if (period.get().year() != base.get().year()) {
      return new BaseYearOutcome.Refused<>(
          "run "
              + candidateRunId
              + " covers "
              + period.get().name()
              + ", not the base year "
              + base.get().year());
    }
    long before = runs.totalGrams(tenantId, base.get().runId());
    long after = runs.totalGrams(tenantId, candidateRunId);
    return new BaseYearOutcome.Done<>(
        Assessment.of(base.get(), before, trigger, candidateRunId, after));
  }

  /** Restates the base year with a recalculated run, keeping the restatement and its reason. */
  public BaseYearOutcome<Restatement> restate(
      String tenantId,
      String candidateRunId,
      RecalculationTrigger trigger,
      String reason,
      String actor) {
    if (reason == null || reason.isBlank()) {
      return new BaseYearOutcome.Refused<>("a restatement needs a reason");
    }
    Optional<BaseYear> found = baseYears.find(tenantId);
    BaseYearOutcome<Assessment> assessed = assess(tenantId, found, candidateRunId, trigger);
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
            clock.instant());
    restatements.add(tenantId, r);
    history.restatementAdded(
        tenantId,
        actor,
        r,
        "restatement of base year "
            + base.year()
            + " from run "
            + a.baseRunId()
            + " to run "
            + candidateRunId);
    BaseYear restated =
        new BaseYear(
            tenantId, base.year(), candidateRunId, base.threshold(), actor, r.restatedAt());
    baseYears.put(restated);
    history.baseYearRestated(
        tenantId,
        actor,
        base,
        restated,
        trigger.label() + ": " + r.reason() + " (" + Assessment.percent(a.change()) + ")");
    return new BaseYearOutcome.Done<>(r);
  }
}
