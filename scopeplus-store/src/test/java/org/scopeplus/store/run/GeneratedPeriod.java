package org.scopeplus.store.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.ActivityGenerator;
import org.scopeplus.store.Database;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportingActivities;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.tenant.TenantStore;

/**
 * What the run's tests calculate: a reporting period (of 2018-2026 in a new tenant, or one given)
 * and a file of activity records (generated demo records, or one given) imported into it, then
 * calculated, as the API does. Published in the store's test jar, for the command tests and the
 * benchmarks that store and calculate a period the same way; a step that fails (an import not
 * stored, a run not calculated) throws, naming what it got.
 *
 * @param tenant the tenant's id
 * @param period the period's id
 * @param file the imported file, or null when nothing is imported
 */
public record GeneratedPeriod(String tenant, String period, Path file) {

  /** A new tenant named after {@code name} with a period of 2018-2026, nothing imported yet. */
  public static GeneratedPeriod empty(Database db, String name) {
    String tenant =
        db.inTransaction(
            c -> new TenantStore().create(c, name + "-" + System.nanoTime(), "test").id());
    return of(db, tenant);
  }

  /** A period of 2018-2026 added to {@code tenant}, nothing imported yet. */
  public static GeneratedPeriod of(Database db, String tenant) {
    return db.inTransaction(
        c -> added(c, tenant, "2018-2026", LocalDate.of(2018, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  /**
   * A period {@code name} from {@code from} to {@code to} added to {@code tenant} in the caller's
   * transaction, nothing imported yet.
   */
  public static GeneratedPeriod added(
      Connection c, String tenant, String name, LocalDate from, LocalDate to) throws SQLException {
    return new GeneratedPeriod(
        tenant, new PeriodStore().add(c, tenant, name, from, to, "test").id(), null);
  }

  /** {@code rows} demo records of {@code seed} written to {@code dir}/{@code name}.csv. */
  public static Path generated(Path dir, String name, long rows, long seed) throws IOException {
    Path file = dir.resolve(name + ".csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      ActivityGenerator.ofDemo().write(rows, seed, out);
    }
    return file;
  }

  /**
   * A new tenant's period with {@code rows} demo records of {@code seed}, written to {@code
   * dir}/{@code name}.csv, imported.
   */
  public static GeneratedPeriod imported(
      Database db, ReferenceData reference, Path dir, String name, int rows, long seed)
      throws IOException {
    return imported(db, reference, name, generated(dir, name, rows, seed));
  }

  /** A new tenant's period with {@code file} imported. */
  public static GeneratedPeriod imported(
      Database db, ReferenceData reference, String name, Path file) {
    return empty(db, name).imported(db, reference, file);
  }

  /** This period with {@code file} imported in a transaction of its own. */
  public GeneratedPeriod imported(Database db, ReferenceData reference, Path file) {
    db.inTransaction(c -> importFile(c, reference, file));
    return new GeneratedPeriod(tenant, period, file);
  }

  /**
   * {@code file} imported into this period in the caller's transaction, every unit writable.
   *
   * @return the stored import
   * @throws IllegalStateException when the import is not stored (its problems named)
   */
  public ImportOutcome.Stored importFile(Connection c, ReferenceData reference, Path file)
      throws SQLException {
    ImportOutcome outcome =
        new ImportingActivities(reference)
            .importFile(c, tenant, period, file, unit -> true, null, "test");
    if (!(outcome instanceof ImportOutcome.Stored stored)) {
      throw new IllegalStateException(file + " was not stored: " + outcome);
    }
    return stored;
  }

  /** The request of a run of the period: default GWPs, operational control, built-in factors. */
  public RunRequest request() {
    return request(GwpSet.DEFAULT);
  }

  /**
   * The request of a run of the period under {@code gwp}: operational control, built-in factors.
   */
  public RunRequest request(GwpSet gwp) {
    return new RunRequest(period, gwp, ConsolidationApproach.OPERATIONAL_CONTROL, List.of());
  }

  /** What {@code calculating} makes of the period in one transaction. */
  public RunOutcome calculate(Database db, CalculatingRun calculating) {
    return db.inTransaction(c -> calculating.run(c, tenant, request(), "test"));
  }

  /**
   * The period calculated by {@code calculating} in one transaction; the run must be calculated.
   */
  public CalculationRun run(Database db, CalculatingRun calculating) {
    return calculated(calculate(db, calculating));
  }

  /**
   * The period calculated by {@code calculating} under {@code gwp} in the caller's transaction; the
   * run must be calculated.
   */
  public CalculationRun run(Connection c, CalculatingRun calculating, GwpSet gwp)
      throws SQLException {
    return calculated(calculating.run(c, tenant, request(gwp), "test"));
  }

  private static CalculationRun calculated(RunOutcome outcome) {
    if (!(outcome instanceof RunOutcome.Calculated calculated)) {
      throw new IllegalStateException("the run was not calculated: " + outcome);
    }
    return calculated.run();
  }
}
