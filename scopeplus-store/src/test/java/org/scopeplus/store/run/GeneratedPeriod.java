package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * What the run's tests calculate: a new tenant with a reporting period of 2018-2026 and a file of
 * generated demo records imported into it, each step in its own transaction, as the API does.
 *
 * @param tenant the tenant's id
 * @param period the period's id
 * @param file the generated file, or null when nothing is imported
 */
public record GeneratedPeriod(String tenant, String period, Path file) {

  /** A new tenant named after {@code name} with a period of 2018-2026, nothing imported yet. */
  public static GeneratedPeriod empty(Database db, String name) {
    String tenant =
        db.inTransaction(
            c -> new TenantStore().create(c, name + "-" + System.nanoTime(), "test").id());
    String period =
        db.inTransaction(
            c ->
                new PeriodStore()
                    .add(
                        c,
                        tenant,
                        "2018-2026",
                        LocalDate.of(2018, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        "test")
                    .id());
    return new GeneratedPeriod(tenant, period, null);
  }

  /** {@code rows} demo records of {@code seed} written to {@code dir}/{@code name}.csv. */
  public static Path generated(Path dir, String name, int rows, long seed) throws IOException {
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
    GeneratedPeriod p = empty(db, name);
    ImportOutcome imported =
        db.inTransaction(
            c ->
                new ImportingActivities(reference)
                    .importFile(c, p.tenant, p.period, file, unit -> true, null, "test"),
            o -> o instanceof ImportOutcome.Stored);
    assertThat(imported).isInstanceOf(ImportOutcome.Stored.class);
    return new GeneratedPeriod(p.tenant, p.period, file);
  }

  /** The request of a run of the period: default GWPs, operational control, built-in factors. */
  public RunRequest request() {
    return new RunRequest(
        period, GwpSet.DEFAULT, ConsolidationApproach.OPERATIONAL_CONTROL, List.of());
  }

  /** What {@code calculating} makes of the period in one transaction. */
  public RunOutcome calculate(Database db, CalculatingRun calculating) {
    return db.inTransaction(c -> calculating.run(c, tenant, request(), "test"));
  }

  /**
   * The period calculated by {@code calculating} in one transaction; the run must be calculated.
   */
  public CalculationRun run(Database db, CalculatingRun calculating) {
    RunOutcome outcome = calculate(db, calculating);
    assertThat(outcome).isInstanceOf(RunOutcome.Calculated.class);
    return ((RunOutcome.Calculated) outcome).run();
  }
}
