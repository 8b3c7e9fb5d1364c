package org.scopeplus.store.baseyear;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.scopeplus.core.baseyear.Assessment;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.core.baseyear.BaseYearHistory;
import org.scopeplus.core.baseyear.BaseYearOutcome;
import org.scopeplus.core.baseyear.BaseYearRuns;
import org.scopeplus.core.baseyear.BaseYears;
import org.scopeplus.core.baseyear.RecalculationPolicy;
import org.scopeplus.core.baseyear.RecalculationTrigger;
import org.scopeplus.core.baseyear.Restatement;
import org.scopeplus.core.baseyear.Restatements;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;

/**
 * The core's {@link RecalculationPolicy} on one connection: the base year, its restatements and the
 * runs are read and written in the caller's transaction, and every change goes to the audit trail.
 */
public final class RecalculatingBaseYear {

  private final BaseYearStore store = new BaseYearStore();
  private final RunStore runs = new RunStore();
  private final PeriodStore periods = new PeriodStore();
  private final AuditTrail audit = new AuditTrail();

  /** Sets the base year to a run of that year, with a threshold (default 5%). */
  public BaseYearOutcome<BaseYear> set(
      Connection c, String tenantId, String runId, double threshold, String actor)
      throws SQLException {
    return unchecked(() -> policy(c).set(tenantId, runId, threshold, actor));
  }

  /** Says whether a recalculated base-year run needs a restatement. */
  public BaseYearOutcome<Assessment> assess(
      Connection c, String tenantId, String candidateRunId, RecalculationTrigger trigger)
      throws SQLException {
    return unchecked(() -> policy(c).assess(tenantId, candidateRunId, trigger));
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
    return unchecked(() -> policy(c).restate(tenantId, candidateRunId, trigger, reason, actor));
  }

  private RecalculationPolicy policy(Connection c) {
    StoredBaseYears stored = new StoredBaseYears(c);
    return new RecalculationPolicy(
        stored, stored, new StoredRuns(c), new Audited(c), BaseYearStore::now);
  }

  /** The base years and restatements of {@link BaseYearStore} on a connection. */
  private final class StoredBaseYears implements BaseYears, Restatements {
    private final Connection c;

    StoredBaseYears(Connection c) {
      this.c = c;
    }

    @Override
    public Optional<BaseYear> find(String tenantId) {
      return carried(() -> store.get(c, tenantId));
    }

    @Override
    public void put(BaseYear baseYear) {
      carried(() -> store.put(c, baseYear));
    }

    @Override
    public void add(String tenantId, Restatement restatement) {
      carried(() -> store.addRestatement(c, tenantId, restatement));
    }
  }

  /** The stored runs with the year of their reporting period and their total. */
  private final class StoredRuns implements BaseYearRuns {
    private final Connection c;

    StoredRuns(Connection c) {
      this.c = c;
    }

    @Override
    public Optional<RunPeriod> period(String tenantId, String runId) {
      return carried(
          () -> {
            Optional<CalculationRun> run = runs.byId(c, tenantId, runId);
            if (run.isEmpty()) {
              return Optional.empty();
            }
            return periods
                .byId(c, tenantId, run.get().periodId())
                .map(p -> new RunPeriod(p.name(), p.start().getYear()));
          });
    }

    @Override
    public long totalGrams(String tenantId, String runId) {
      return carried(
          () -> runs.total(c, runs.byId(c, tenantId, runId).orElseThrow()).totalLocation());
    }
  }

  /** Each change of a base year as an entry of the tenant's audit chain. */
  private final class Audited implements BaseYearHistory {
    private final Connection c;

    Audited(Connection c) {
      this.c = c;
    }

    @Override
    public void baseYearSet(
        String tenantId, String actor, Optional<BaseYear> before, BaseYear after, String sentence) {
      carried(
          () ->
              audit.append(
                  c,
                  tenantId,
                  actor,
                  "base_year.set",
                  "base_year",
                  tenantId,
                  before.map(BaseYear::state).orElse(AuditTrail.NO_STATE),
                  after.state(),
                  sentence));
    }

    @Override
    public void restatementAdded(
        String tenantId, String actor, Restatement restatement, String sentence) {
      carried(
          () ->
              audit.append(
                  c,
                  tenantId,
                  actor,
                  "restatement.added",
                  "restatement",
                  restatement.id(),
                  AuditTrail.NO_STATE,
                  restatement.state(),
                  sentence));
    }

    @Override
    public void baseYearRestated(
        String tenantId, String actor, BaseYear before, BaseYear after, String sentence) {
      carried(
          () ->
              audit.append(
                  c,
                  tenantId,
                  actor,
                  "base_year.restated",
                  "base_year",
                  tenantId,
                  before.state(),
                  after.state(),
                  sentence));
    }
  }

  /** Carries a repository's SQLException through the core's policy to the caller. */
  private static final class Wrapped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Wrapped(SQLException cause) {
      super(cause);
    }

    SQLException sqlException() {
      return (SQLException) getCause();
    }
  }

  /** Work on the connection that can throw the SQLException the core's interfaces cannot. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /** {@link SqlWork} that gives nothing back. */
  @FunctionalInterface
  private interface SqlStep {
    void run() throws SQLException;
  }

  /** Runs a repository's work for the core's policy, carrying its SQLException out in Wrapped. */
  private static <T> T carried(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new Wrapped(e);
    }
  }

  private static void carried(SqlStep step) {
    carried(
        () -> {
          step.run();
          return null;
        });
  }

  /** Runs the policy's work, throwing the SQLException a repository carried out of it. */
  private static <T> T unchecked(Supplier<T> work) throws SQLException {
    try {
      return work.get();
    } catch (Wrapped w) {
      throw w.sqlException();
    }
  }
}
