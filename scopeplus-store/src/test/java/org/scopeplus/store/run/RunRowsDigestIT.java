package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.TestDatabases;

/**
 * A new run's stored rows are hashed in layout 4, recorded with the run: the same file calculated
 * on H2 and on PostgreSQL gives the same hash, the hash recomputed from the database equals the one
 * recorded, and a trace line, a factor plan, a result, one of the explorer's cells, a year-rule
 * warning or the recorded layout edited afterwards no longer matches it.
 */
class RunRowsDigestIT {

  @TempDir Path dir;

  private final ReferenceData reference = BuiltInReferenceData.load();

  /** The run's recorded hash and version, and the hashes recomputed before and after edits. */
  private record Hashes(
      String recorded,
      int version,
      String recomputed,
      String lineEdited,
      String planEdited,
      String resultEdited,
      String cellEdited,
      String factorYearEdited,
      String layoutEdited) {}

  @Test
  void theSameRunGivesTheSameHashOnH2AndPostgresAndAnEditChangesIt() throws Exception {
    List<Hashes> both = new ArrayList<>();
    for (DatabaseSettings settings :
        List.of(TestDatabases.h2(dir.resolve("h2")), TestDatabases.freshPostgres())) {
      try (Database db = Database.open(settings)) {
        both.add(runAndEdit(db));
      } finally {
        TestDatabases.drop(settings);
      }
    }
    Hashes h2 = both.get(0);
    Hashes postgres = both.get(1);
    assertThat(h2.version()).isEqualTo(4);
    assertThat(postgres.version()).isEqualTo(4);
    assertThat(h2.recomputed()).isEqualTo(h2.recorded());
    assertThat(postgres.recomputed()).isEqualTo(postgres.recorded());
    assertThat(postgres.recorded()).isEqualTo(h2.recorded());
    for (Hashes h : both) {
      assertThat(
              List.of(
                  h.lineEdited(),
                  h.planEdited(),
                  h.resultEdited(),
                  h.cellEdited(),
                  h.factorYearEdited(),
                  h.layoutEdited()))
          .doesNotContain(h.recorded())
          .doesNotHaveDuplicates();
    }
    // the same edits give the same hashes on both databases: the layout reads no database's form
    assertThat(postgres.lineEdited()).isEqualTo(h2.lineEdited());
    assertThat(postgres.planEdited()).isEqualTo(h2.planEdited());
  }

  private Hashes runAndEdit(Database db) throws Exception {
    CalculationRun run =
        GeneratedPeriod.imported(db, reference, dir, "period", 3000, 42)
            .run(db, new CalculatingRun(reference));
    assertThat(run.lines()).isGreaterThan(3000);
    String id = run.id();
    int version =
        db.inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT rows_digest_version FROM calculation_run WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getInt(1);
                }
              }
            });
    String recomputed = db.inTransaction(c -> StoredRunDigest.of(c, id));
    // the recorded layout changed: the same rows recomputed in layout 3 (without the year-rule
    // warnings) no longer match
    update(db, "UPDATE calculation_run SET rows_digest_version = 3 WHERE id = ?", id);
    String layoutEdited = db.inTransaction(c -> StoredRunDigest.of(c, id));
    update(db, "UPDATE calculation_run SET rows_digest_version = 4 WHERE id = ?", id);
    // one gram moved in one of the run's year-rule warnings (the generated period of 2018-2026
    // has activity in years its factors do not describe): the lines and results are untouched
    List<RunFactorYears.Warning> warnings = db.inTransaction(c -> RunFactorYears.of(c, id));
    assertThat(warnings).isNotEmpty();
    update(
        db,
        "UPDATE run_factor_year SET scope1 = scope1 + 1 WHERE run_id = ? AND warning_no = 0",
        id);
    String factorYearEdited = db.inTransaction(c -> StoredRunDigest.of(c, id));
    update(
        db,
        "UPDATE run_factor_year SET scope1 = scope1 - 1 WHERE run_id = ? AND warning_no = 0",
        id);
    // one gram moved in one of the explorer's cells: the run's lines and results are untouched
    update(db, "UPDATE run_cell SET scope1 = scope1 + 1 WHERE run_id = ? AND cell_no = 7", id);
    String cellEdited = db.inTransaction(c -> StoredRunDigest.of(c, id));
    update(db, "UPDATE run_cell SET scope1 = scope1 - 1 WHERE run_id = ? AND cell_no = 7", id);
    String restored = db.inTransaction(c -> StoredRunDigest.of(c, id));
    assertThat(restored).isEqualTo(recomputed);
    // one line's record id changed, as if someone moved its grams to another record
    // (the run's lines are packed in its blocks: the line is edited in its block)
    db.inTransaction(
        c -> {
          PackedBlockEdits.edit(c, id, 1500, l -> l.withRecordId("moved"));
          return null;
        });
    String lineEdited = db.inTransaction(c -> StoredRunDigest.of(c, id));
    update(
        db,
        "UPDATE run_line_plan SET citation = citation || '.' WHERE run_id = ? AND plan_no = 0",
        id);
    String planEdited = db.inTransaction(c -> StoredRunDigest.of(c, id));
    update(
        db,
        "UPDATE run_result SET scope1 = scope1 + 1 WHERE run_id = ? AND dimension = 'total'",
        id);
    String resultEdited = db.inTransaction(c -> StoredRunDigest.of(c, id));
    return new Hashes(
        run.rowsSha256(),
        version,
        recomputed,
        lineEdited,
        planEdited,
        resultEdited,
        cellEdited,
        factorYearEdited,
        layoutEdited);
  }

  private static void update(Database db, String sql, String runId) {
    int changed =
        db.inTransaction(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, runId);
                return ps.executeUpdate();
              }
            });
    assertThat(changed).isEqualTo(1);
  }
}
