package org.scopeplus.store.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.ActivityGenerator;
import org.scopeplus.io.run.InventoryJob;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.run.CalculatingRun;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.GeneratedPeriod;
import org.scopeplus.store.run.ResultRow;
import org.scopeplus.store.run.RunCells;
import org.scopeplus.store.run.RunOutcome;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.run.StoredRunDigest;
import org.scopeplus.store.run.TraceLine;

/**
 * Rows stored in bulk (COPY on PostgreSQL, large batches on H2) keep the import's and the run's
 * rules: a bad row late in a file of several batches leaves nothing stored; text with quotes,
 * commas, line breaks, tabs, backslashes and Chinese or emoji characters is stored and read back
 * exactly, in the activity rows and in the trace lines; and a run's stored trace lines and results
 * equal those of the file job on the same file. On H2 (file database) and PostgreSQL.
 */
class BulkRowsIT {

  /** Generated records in the large files: several batches of {@link ImportingActivities}. */
  private static final int LARGE =
      3 * Math.max(ImportingActivities.BATCH, ImportingActivities.COPY_BATCH) + 1234;

  @TempDir Path dir;

  private final ReferenceData reference = BuiltInReferenceData.load();

  private DatabaseSettings settings(String database) throws Exception {
    return database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
  }

  /**
   * Work on a database of its own, with a period of {@link GeneratedPeriod#empty}; the database
   * dropped after.
   */
  private interface PeriodWork {
    void run(Database db, GeneratedPeriod p) throws Exception;
  }

  private void inFreshDatabase(String database, String periodName, PeriodWork work)
      throws Exception {
    DatabaseSettings settings = settings(database);
    try (Database db = Database.open(settings)) {
      work.run(db, GeneratedPeriod.empty(db, periodName));
    } finally {
      TestDatabases.drop(settings);
    }
  }

  private Path generated(String name, int rows, String... extraLines) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      ActivityGenerator.ofDemo().write(rows, 42, out);
    }
    for (String line : extraLines) {
      Files.writeString(file, line + "\n", StandardOpenOption.APPEND);
    }
    return file;
  }

  private ImportOutcome importFile(Database db, GeneratedPeriod p, Path file) {
    return importFile(db, p, file, new ImportingActivities(reference), true);
  }

  /** Imports a file, committed when stored and {@code keep}, else rolled back. */
  private static ImportOutcome importFile(
      Database db, GeneratedPeriod p, Path file, ImportingActivities importing, boolean keep) {
    return db.inTransaction(
        c -> importing.importFile(c, p.tenant(), p.period(), file, unit -> true, null, "test"),
        o -> keep && o instanceof ImportOutcome.Stored);
  }

  /** The record line of PRIOR-1, stored in the period first from its own file, prior.csv. */
  private String storePrior(Database db, GeneratedPeriod p) throws Exception {
    String prior = "PRIOR-1,Kestrel/Cloud,DC-1,2024-01,s2.electricity,12,kWh,CN-ZJ,,,measured";
    Path priorFile = dir.resolve("prior.csv");
    Files.writeString(
        priorFile,
        Files.readAllLines(generated("header.csv", 1)).get(0) + "\n" + prior + "\n",
        StandardCharsets.UTF_8);
    assertThat(importFile(db, p, priorFile)).isInstanceOf(ImportOutcome.Stored.class);
    return prior;
  }

  private static long count(Database db, String sql, String key) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private static void assertNothingStored(Database db, GeneratedPeriod p, long auditEntriesBefore) {
    assertThat(count(db, "SELECT COUNT(*) FROM activity_record WHERE period_id = ?", p.period()))
        .isZero();
    assertThat(count(db, "SELECT COUNT(*) FROM activity_import WHERE period_id = ?", p.period()))
        .isZero();
    assertThat(auditEntries(db, p)).isEqualTo(auditEntriesBefore);
  }

  private static long auditEntries(Database db, GeneratedPeriod p) {
    return db.inTransaction(
        c -> new AuditTrail().list(c, p.tenant(), new PageRequest(0, 1)).total());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aBadRowOrARepeatedIdLateInALargeFileLeavesNothingStored(String database) throws Exception {
    DatabaseSettings settings = settings(database);
    try (Database db = Database.open(settings)) {
      GeneratedPeriod p = GeneratedPeriod.empty(db, "late");
      long audit = auditEntries(db, p);
      int lastRow = LARGE + 2;

      Path badUnit =
          generated(
              "bad-unit.csv",
              LARGE,
              "LATE-1,Kestrel/Cloud,DC-1,2024-01,s2.electricity,12,parsecs,CN-ZJ,,,measured");
      ImportOutcome unit = importFile(db, p, badUnit);
      assertThat(unit).isInstanceOf(ImportOutcome.Rejected.class);
      Problem problem = ((ImportOutcome.Rejected) unit).problems().get(0);
      assertThat(problem.file()).isEqualTo("bad-unit.csv");
      assertThat(problem.row()).isEqualTo(lastRow);
      assertThat(problem.column()).isEqualTo("unit");
      assertThat(((ImportOutcome.Rejected) unit).problemCount()).isEqualTo(1);
      assertNothingStored(db, p, audit);

      // the id of the file's third record again: it was written in the first batch already
      Path repeated =
          generated(
              "repeated.csv",
              LARGE,
              "G0000000003,Kestrel/Cloud,DC-1,2024-01,s2.electricity,12,kWh,CN-ZJ,,,measured");
      ImportOutcome twice = importFile(db, p, repeated);
      assertThat(twice).isInstanceOf(ImportOutcome.Rejected.class);
      List<Problem> problems = ((ImportOutcome.Rejected) twice).problems();
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).row()).isEqualTo(lastRow);
      assertThat(problems.get(0).column()).isEqualTo("record_id");
      assertThat(problems.get(0).message()).contains("G0000000003", "repeated.csv row 4");
      assertNothingStored(db, p, audit);

      // the same file without the late row is stored whole
      Path whole = generated("whole.csv", LARGE);
      ImportOutcome stored = importFile(db, p, whole);
      assertThat(stored).isInstanceOf(ImportOutcome.Stored.class);
      assertThat(((ImportOutcome.Stored) stored).stored().records()).isEqualTo(LARGE);
      assertThat(count(db, "SELECT COUNT(*) FROM activity_record WHERE period_id = ?", p.period()))
          .isEqualTo(LARGE);
      assertThat(auditEntries(db, p)).isEqualTo(audit + 1);
    } finally {
      TestDatabases.drop(settings);
    }
  }

  /**
   * A repeated id early in the first batch breaks the statement while thousands of its rows are
   * still to be sent (PostgreSQL has them streamed in pieces after the failure): the repeat is
   * still found and named, and nothing is stored.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRepeatedIdEarlyInAStreamedStatementIsFoundAndNothingStored(String database)
      throws Exception {
    DatabaseSettings settings = settings(database);
    try (Database db = Database.open(settings)) {
      GeneratedPeriod p = GeneratedPeriod.empty(db, "early");
      long audit = auditEntries(db, p);
      Path file = generated("early.csv", LARGE);
      List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
      // the first record again as row 3
      lines.add(2, lines.get(1));
      Files.write(file, lines, StandardCharsets.UTF_8);
      ImportOutcome twice = importFile(db, p, file);
      assertThat(twice).isInstanceOf(ImportOutcome.Rejected.class);
      List<Problem> problems = ((ImportOutcome.Rejected) twice).problems();
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).row()).isEqualTo(3);
      assertThat(problems.get(0).column()).isEqualTo("record_id");
      assertThat(problems.get(0).message()).contains("G0000000001", "early.csv row 2");
      assertNothingStored(db, p, audit);
    } finally {
      TestDatabases.drop(settings);
    }
  }

  /**
   * A row refused after its cells were written into the statement under way (a cell too long, a
   * unit nobody knows) is dropped from it, and the thousands of valid rows after it are still
   * written: the file's problems are named, nothing is stored and the database saw no broken row.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void rowsRefusedInsideAStreamedStatementAreNamedAndNothingStored(String database)
      throws Exception {
    DatabaseSettings settings = settings(database);
    try (Database db = Database.open(settings)) {
      GeneratedPeriod p = GeneratedPeriod.empty(db, "refused");
      long audit = auditEntries(db, p);
      Path file = generated("refused.csv", LARGE);
      List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
      lines.add(
          2, "LONG-1,Kestrel/Cloud," + "F".repeat(201) + ",2024-01,s2.electricity,12,kWh,CN-ZJ");
      lines.add(4, "UNIT-1,Kestrel/Cloud,DC-1,2024-01,s2.electricity,12,parsecs,CN-ZJ");
      Files.write(file, lines, StandardCharsets.UTF_8);
      ImportOutcome outcome = importFile(db, p, file);
      assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class);
      List<Problem> problems = ((ImportOutcome.Rejected) outcome).problems();
      assertThat(problems)
          .extracting(Problem::row, Problem::column)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(3L, "facility"),
              org.assertj.core.groups.Tuple.tuple(5L, "unit"));
      assertThat(problems.get(0).message())
          .isEqualTo("facility is too long (201 characters; at most 200)");
      assertNothingStored(db, p, audit);
    } finally {
      TestDatabases.drop(settings);
    }
  }

  /**
   * A clean file of several careful batches is stored by the optimistic attempt (on PostgreSQL one
   * COPY statement without savepoints; H2 imports the careful way only), with the same rows and the
   * same stored-rows hash as the careful import of the same file into the same period.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aCleanFileIsStoredAtTheFirstAttemptWithTheCarefulImportsRows(String database)
      throws Exception {
    inFreshDatabase(
        database,
        "clean",
        (db, p) -> {
          Path file = generated("clean.csv", LARGE);
          ImportingActivities careful = new ImportingActivities(reference, false);
          ImportOutcome carefully = importFile(db, p, file, careful, false);
          assertThat(carefully).isInstanceOf(ImportOutcome.Stored.class);
          assertThat(
                  count(db, "SELECT COUNT(*) FROM activity_record WHERE period_id = ?", p.period()))
              .isZero();

          ImportingActivities importing = new ImportingActivities(reference);
          ImportOutcome outcome = importFile(db, p, file, importing, true);
          assertThat(outcome).isInstanceOf(ImportOutcome.Stored.class);
          ActivityImport imp = ((ImportOutcome.Stored) outcome).stored();
          boolean postgres = database.equals("postgres");
          assertThat(importing.storedAsClean()).isEqualTo(postgres ? 1 : 0);
          assertThat(importing.importedAgain()).isZero();
          assertThat(careful.storedAsClean()).isZero();
          assertThat(imp.records()).isEqualTo(LARGE);
          assertThat(
                  count(db, "SELECT COUNT(*) FROM activity_record WHERE period_id = ?", p.period()))
              .isEqualTo(LARGE);
          assertThat(imp.rowsSha256())
              .isEqualTo(((ImportOutcome.Stored) carefully).stored().rowsSha256())
              .isEqualTo(db.inTransaction(c -> StoredRowsDigest.of(c, imp.id())));
        });
  }

  /**
   * A file with a problem is imported again the careful way after the optimistic attempt meets it,
   * and names exactly the careful import's problems: an id repeated in the file, an id already in
   * the period, and a refused unit followed by a repeated id (the checks' problem and the
   * database's both named). Nothing of it is stored.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aFileWithProblemsNamesTheCarefulImportsProblems(String database) throws Exception {
    inFreshDatabase(
        database,
        "problems",
        (db, p) -> {
          String prior = storePrior(db, p);
          long audit = auditEntries(db, p);

          Path repeated =
              generated(
                  "repeated.csv",
                  LARGE,
                  "G0000000003,Kestrel/Cloud,DC-1,2024-01,s2.electricity,12,kWh,CN-ZJ,,,measured");
          Path again = generated("again.csv", LARGE, prior);
          Path mixed = generated("mixed.csv", LARGE);
          List<String> lines = new ArrayList<>(Files.readAllLines(mixed, StandardCharsets.UTF_8));
          lines.add(100, "UNIT-1,Kestrel/Cloud,DC-1,2024-01,s2.electricity,12,parsecs,CN-ZJ");
          lines.add("G0000000007,Kestrel/Cloud,DC-1,2024-01,s2.electricity,12,kWh,CN-ZJ");
          Files.write(mixed, lines, StandardCharsets.UTF_8);

          Map<Path, Integer> expected = Map.of(repeated, 1, again, 1, mixed, 2);
          boolean postgres = database.equals("postgres");
          long attempts = 0;
          ImportingActivities importing = new ImportingActivities(reference);
          for (Map.Entry<Path, Integer> file : expected.entrySet()) {
            ImportOutcome carefully =
                importFile(db, p, file.getKey(), new ImportingActivities(reference, false), true);
            ImportOutcome outcome = importFile(db, p, file.getKey(), importing, true);
            attempts++;
            assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class).isEqualTo(carefully);
            assertThat(((ImportOutcome.Rejected) outcome).problems()).hasSize(file.getValue());
            assertThat(importing.importedAgain()).isEqualTo(postgres ? attempts : 0);
            assertThat(
                    count(
                        db, "SELECT COUNT(*) FROM activity_record WHERE period_id = ?", p.period()))
                .isEqualTo(1);
            assertThat(
                    count(
                        db, "SELECT COUNT(*) FROM activity_import WHERE period_id = ?", p.period()))
                .isEqualTo(1);
            assertThat(auditEntries(db, p)).isEqualTo(audit);
          }
          assertThat(importing.storedAsClean()).isZero();
          ImportOutcome.Rejected twice =
              (ImportOutcome.Rejected) importFile(db, p, again, importing, true);
          assertThat(twice.problems().get(0).message())
              .contains("PRIOR-1", "prior.csv row 2 (import ");
          ImportOutcome.Rejected both =
              (ImportOutcome.Rejected) importFile(db, p, mixed, importing, true);
          assertThat(both.problems())
              .extracting(Problem::row, Problem::column)
              .containsExactly(
                  org.assertj.core.groups.Tuple.tuple(101L, "unit"),
                  org.assertj.core.groups.Tuple.tuple((long) LARGE + 3, "record_id"));
        });
  }

  /**
   * A file refused after the optimistic attempt stored whole statements of it (statements of 10
   * rows here, careful batches of 5) is read on from the first row after them: the same problems as
   * the careful import from the file's first row (in the same order with the same batches), one of
   * them an id first used in a row the attempt stored, and nothing of the file stored.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRefusedFileIsReadOnAfterTheStatementsItsAttemptStored(String database) throws Exception {
    inFreshDatabase(
        database,
        "read-on",
        (db, p) -> {
          String prior = storePrior(db, p);
          long audit = auditEntries(db, p);

          // rows 2 to 21 fill two statements of 10; the third (rows 22 to 31) repeats row 4's id
          Path file = generated("read-on.csv", 60, prior);
          List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
          lines.add(30, "G0000000003,Kestrel/Cloud,DC-1,2024-01,s2.electricity,12,kWh,CN-ZJ");
          lines.add(40, "UNIT-1,Kestrel/Cloud,DC-1,2024-01,s2.electricity,12,parsecs,CN-ZJ");
          Files.write(file, lines, StandardCharsets.UTF_8);

          ImportingActivities importing = new ImportingActivities(reference, true, 10, 5);
          ImportOutcome outcome = importFile(db, p, file, importing, true);
          ImportOutcome small =
              importFile(db, p, file, new ImportingActivities(reference, false, 10, 5), true);
          ImportOutcome large =
              importFile(db, p, file, new ImportingActivities(reference, false), true);
          assertThat(outcome).isInstanceOf(ImportOutcome.Rejected.class).isEqualTo(small);
          // one batch of 5,000 names the repeated ids at its end, after the unit: the same three
          assertThat(((ImportOutcome.Rejected) large).problems())
              .containsExactlyInAnyOrderElementsOf(((ImportOutcome.Rejected) outcome).problems());
          boolean postgres = database.equals("postgres");
          assertThat(importing.importedAgain()).isEqualTo(postgres ? 1 : 0);
          assertThat(importing.resumedAfterStored()).isEqualTo(postgres ? 1 : 0);
          // the careful way reads on from the line of row 21, the last the attempt stored: rows 2
          // to 21 are not given to it again (nor split into cells)
          assertThat(importing.rowsReadAgain()).isZero();
          // H2's batches of 1,000 name the repeated ids after the unit too
          assertThat(((ImportOutcome.Rejected) outcome).problems())
              .extracting(Problem::row, Problem::column)
              .containsExactlyInAnyOrder(
                  org.assertj.core.groups.Tuple.tuple(31L, "record_id"),
                  org.assertj.core.groups.Tuple.tuple(41L, "unit"),
                  org.assertj.core.groups.Tuple.tuple(64L, "record_id"));
          assertThat(((ImportOutcome.Rejected) outcome).problems())
              .filteredOn(problem -> problem.row() == 31)
              .singleElement()
              .extracting(Problem::message)
              .asString()
              .contains("G0000000003", "first at read-on.csv row 4)");
          assertThat(
                  count(db, "SELECT COUNT(*) FROM activity_record WHERE period_id = ?", p.period()))
              .isEqualTo(1);
          assertThat(
                  count(db, "SELECT COUNT(*) FROM activity_import WHERE period_id = ?", p.period()))
              .isEqualTo(1);
          assertThat(auditEntries(db, p)).isEqualTo(audit);
        });
  }

  /**
   * When the rows after the optimistic attempt's stored statements show no problem (its statement
   * failed where the careful way's smaller ones pass: refused here by a check of whole statements
   * of 10 rows after row 11), the file is imported again from its first row and stored, with the
   * stored-rows hash of every row.
   */
  @Test
  void aFileWithoutProblemsAfterTheStoredStatementsIsImportedAgainFromItsFirstRow()
      throws Exception {
    inFreshDatabase(
        "postgres",
        "read-again",
        (db, p) -> {
          db.inTransaction(
              c -> {
                try (var s = c.createStatement()) {
                  s.execute(
                      "CREATE FUNCTION no_long_statement_late() RETURNS trigger LANGUAGE plpgsql"
                          + " AS $$ BEGIN IF (SELECT count(*) >= 10 AND min(source_row) >= 12 FROM"
                          + " late_rows) THEN RAISE EXCEPTION 'a long statement late in the"
                          + " file'; END IF; RETURN NULL; END $$");
                  return s.executeUpdate(
                      "CREATE TRIGGER no_long_statement_late AFTER INSERT ON activity_record"
                          + " REFERENCING NEW TABLE AS late_rows FOR EACH STATEMENT EXECUTE"
                          + " FUNCTION no_long_statement_late()");
                }
              });
          Path file = generated("read-again.csv", 30);
          ImportingActivities importing = new ImportingActivities(reference, true, 10, 5);
          ImportOutcome outcome = importFile(db, p, file, importing, true);
          assertThat(outcome).isInstanceOf(ImportOutcome.Stored.class);
          ActivityImport imp = ((ImportOutcome.Stored) outcome).stored();
          assertThat(importing.importedAgain()).isEqualTo(1);
          assertThat(importing.resumedAfterStored()).isZero();
          assertThat(importing.storedAsClean()).isZero();
          assertThat(imp.records()).isEqualTo(30);
          assertThat(
                  count(db, "SELECT COUNT(*) FROM activity_record WHERE period_id = ?", p.period()))
              .isEqualTo(30);
          assertThat(imp.rowsSha256())
              .isEqualTo(db.inTransaction(c -> StoredRowsDigest.of(c, imp.id())));
        });
  }

  /**
   * Statements of a number of rows that is not a whole number of careful batches are refused: the
   * careful way, read on after them, would begin its batches elsewhere than from the first row.
   */
  @Test
  void statementsOfPartBatchesAreRefused() {
    assertThatThrownBy(() -> new ImportingActivities(reference, true, 12, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ImportingActivities.CLEAN_COPY_BATCH % ImportingActivities.COPY_BATCH).isZero();
  }

  /**
   * A statement the database refuses in the middle of a file (a check the rows' own checks do not
   * know, added here) fails the import as the careful import fails it: the connection rolls back,
   * nothing is stored, and the same connection then stores a clean file.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aStatementRefusedInTheMiddleLeavesNothingAndTheConnectionUsable(String database)
      throws Exception {
    inFreshDatabase(
        database,
        "refused-statement",
        (db, p) -> {
          long audit = auditEntries(db, p);
          db.inTransaction(
              c -> {
                try (var s = c.createStatement()) {
                  return s.executeUpdate(
                      "ALTER TABLE activity_record ADD CONSTRAINT activity_record_no_boom"
                          + " CHECK (facility <> 'BOOM')");
                }
              });
          Path file = generated("boom.csv", LARGE);
          List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
          lines.add(
              LARGE / 2,
              "BOOM-1,Kestrel/Cloud,BOOM,2024-01,s2.electricity,12,kWh,CN-ZJ,,,measured");
          Files.write(file, lines, StandardCharsets.UTF_8);
          Path clean = generated("after-boom.csv", 2000);
          ImportingActivities importing = new ImportingActivities(reference);
          try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            List<String> states = new ArrayList<>();
            for (ImportingActivities each :
                List.of(new ImportingActivities(reference, false), importing)) {
              SQLException refused =
                  catchThrowableOfType(
                      SQLException.class,
                      () ->
                          each.importFile(
                              c, p.tenant(), p.period(), file, u -> true, null, "test"));
              assertThat(refused.getMessage()).containsIgnoringCase("activity_record_no_boom");
              states.add(refused.getSQLState());
              c.rollback();
            }
            assertThat(states.get(1)).isEqualTo(states.get(0));
            assertThat(importing.importedAgain()).isEqualTo(database.equals("postgres") ? 1 : 0);
            assertNothingStored(db, p, audit);

            ImportOutcome stored =
                importing.importFile(c, p.tenant(), p.period(), clean, u -> true, null, "test");
            c.commit();
            assertThat(stored).isInstanceOf(ImportOutcome.Stored.class);
          }
          assertThat(
                  count(db, "SELECT COUNT(*) FROM activity_record WHERE period_id = ?", p.period()))
              .isEqualTo(2000);
        });
  }

  /** Cells that COPY's text format and CSV quoting both treat specially, and non-ASCII text. */
  private static final Map<String, String> AWKWARD =
      Map.of(
          "record_id", "Q\\1,\"a\"",
          "org_unit", "Group/华东 \"East\"",
          "facility", "Plant \"North\", line\n2",
          "supplier", "供应商\tA\\B \\N",
          "evidence", "C:\\path\\to\\evidence.pdf, page 3",
          "data_quality", "first line\r\nsecond line 🌏 \\.");

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void quotesCommasLineBreaksBackslashesAndChineseAreStoredExactly(String database)
      throws Exception {
    DatabaseSettings settings = settings(database);
    try (Database db = Database.open(settings)) {
      GeneratedPeriod p = GeneratedPeriod.empty(db, "awkward");
      String csv =
          "record_id,org_unit,facility,period,activity_type,quantity,unit,region,supplier,"
              + "evidence,data_quality\n"
              + String.join(
                  ",",
                  quoted(AWKWARD.get("record_id")),
                  quoted(AWKWARD.get("org_unit")),
                  quoted(AWKWARD.get("facility")),
                  "2024-01",
                  "s2.electricity",
                  "100",
                  "MWh",
                  "CN-ZJ",
                  quoted(AWKWARD.get("supplier")),
                  quoted(AWKWARD.get("evidence")),
                  quoted(AWKWARD.get("data_quality")))
              + "\n";
      Path file = dir.resolve("难.csv");
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      ImportOutcome outcome = importFile(db, p, file);
      assertThat(outcome).isInstanceOf(ImportOutcome.Stored.class);
      ActivityImport imp = ((ImportOutcome.Stored) outcome).stored();

      Map<String, String> row =
          db.inTransaction(c -> new ImportStore().records(c, imp, new PageRequest(0, 10)))
              .items()
              .get(0);
      AWKWARD.forEach((column, cell) -> assertThat(row.get(column)).as(column).isEqualTo(cell));
      String rowsDigest = db.inTransaction(c -> StoredRowsDigest.of(c, imp.id()));
      assertThat(rowsDigest).isEqualTo(imp.rowsSha256());

      RunOutcome run = p.calculate(db, new CalculatingRun(reference));
      assertThat(run).isInstanceOf(RunOutcome.Calculated.class);
      CalculationRun stored = ((RunOutcome.Calculated) run).run();
      List<TraceLine> lines =
          db.inTransaction(c -> new RunStore().linesAfter(c, stored, null, 0, 100));
      assertThat(lines).hasSize((int) stored.lines()).isNotEmpty();
      assertThat(lines)
          .allSatisfy(
              l -> {
                assertThat(l.recordId()).isEqualTo(AWKWARD.get("record_id"));
                assertThat(l.orgUnit()).isEqualTo(AWKWARD.get("org_unit"));
                assertThat(l.source()).isEqualTo("难.csv:2");
              });
      String runDigest = db.inTransaction(c -> StoredRunDigest.of(c, stored.id()));
      assertThat(runDigest).isEqualTo(stored.rowsSha256());
    } finally {
      TestDatabases.drop(settings);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRunsStoredLinesAndResultsEqualTheFileJobsOnTheSameFile(String database) throws Exception {
    DatabaseSettings settings = settings(database);
    try (Database db = Database.open(settings)) {
      GeneratedPeriod p = GeneratedPeriod.empty(db, "same");
      // a quarter and a year beside the generated months: their grams spread over calendar months
      Path file =
          generated(
              "same.csv",
              15_000,
              "Q-1,Kestrel/Cloud/Data-Centers/DC-Hangzhou-Renhe,DC-Hangzhou-Renhe,2024-Q1,"
                  + "s2.electricity,1234.56,MWh,CN-ZJ,,,measured",
              "Y-1,Kestrel/Cloud/Data-Centers/DC-Hangzhou-Renhe,DC-Hangzhou-Renhe,2023,"
                  + "s2.electricity,777.7,MWh,CN-ZJ,,,measured");
      InventoryOutcome job =
          new InventoryJob(reference)
              .run(
                  new InventoryRequest(
                      List.of(file),
                      List.of(),
                      null,
                      null,
                      GwpSet.DEFAULT,
                      ConsolidationApproach.OPERATIONAL_CONTROL,
                      0,
                      true),
                  bytes -> {});
      assertThat(job.ok()).as("%s", job.problems()).isTrue();
      assertThat(importFile(db, p, file)).isInstanceOf(ImportOutcome.Stored.class);
      RunOutcome outcome = p.calculate(db, new CalculatingRun(reference));
      assertThat(outcome).isInstanceOf(RunOutcome.Calculated.class);
      CalculationRun run = ((RunOutcome.Calculated) outcome).run();
      List<ResultLine> expected = job.lines();
      assertThat(run.lines()).isEqualTo(expected.size()).isGreaterThan(20_000);

      List<TraceLine> stored = new ArrayList<>();
      RunStore runs = new RunStore();
      while (stored.size() < expected.size()) {
        long after = stored.size();
        List<TraceLine> page = db.inTransaction(c -> runs.linesAfter(c, run, null, after, 1000));
        assertThat(page).isNotEmpty();
        stored.addAll(page);
      }
      assertThat(stored).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        ResultLine e = expected.get(i);
        TraceLine s = stored.get(i);
        assertThat(s.lineNo()).isEqualTo(i + 1);
        assertThat(s.recordId()).isEqualTo(e.record().id());
        assertThat(s.source()).isEqualTo(e.record().source().toString());
        assertThat(s.orgUnit()).isEqualTo(e.record().orgUnit());
        assertThat(s.activityType()).isEqualTo(e.type().key());
        assertThat(s.scope()).isEqualTo(e.type().scope().number());
        assertThat(s.category()).isEqualTo(e.type().category());
        assertThat(s.method()).isEqualTo(e.method().name());
        assertThat(s.gas()).isEqualTo(e.gas().id());
        assertThat(s.biogenic()).isEqualTo(e.biogenic());
        assertThat(s.gasGrams()).as("line %d", i + 1).isEqualTo(e.gasGrams());
        assertThat(s.co2eGrams()).as("line %d", i + 1).isEqualTo(e.co2eGrams());
        assertThat(s.factorId()).isEqualTo(e.factor() == null ? "" : e.factor().id());
        assertThat(s.formula()).isEqualTo(e.formula());
      }

      Inventory inventory = job.inventory();
      org.scopeplus.core.inventory.Totals total = db.inTransaction(c -> runs.total(c, run));
      assertThat(total).isEqualTo(inventory.totals());
      assertThat(results(db, runs, run, "org-unit")).isEqualTo(inventory.byOrgUnit());
      assertThat(results(db, runs, run, "facility")).isEqualTo(inventory.byFacility());
      assertThat(results(db, runs, run, "month")).isEqualTo(inventory.byMonth());
      assertThat(results(db, runs, run, "activity-type")).isEqualTo(inventory.byActivityType());
      // the console's pre-aggregated cells give the same sums by every dimension, months spread
      assertThat(inventory.byMonth())
          .containsKeys("2024-02", "2023-12")
          .doesNotContainKey("2024-Q1");
      assertThat(cells(db, run, RunCells.By.MONTH)).isEqualTo(inventory.byMonth());
      assertThat(cells(db, run, RunCells.By.ACTIVITY_TYPE)).isEqualTo(inventory.byActivityType());
      String runDigest = db.inTransaction(c -> StoredRunDigest.of(c, run.id()));
      assertThat(runDigest).isEqualTo(run.rowsSha256());
      // the explorer's trace lines of a facility's activity type, page by page, are the job's
      // lines of that facility and type within the unit (or anywhere), in line order
      ResultLine first = expected.get(0);
      String facility = first.record().facility();
      String type = first.type().key();
      String top = first.record().orgUnit().split("/")[0];
      for (String unit : java.util.Arrays.asList(top, first.record().orgUnit(), null)) {
        List<Long> want = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
          ResultLine e = expected.get(i);
          if (e.record().facility().equals(facility)
              && e.type().key().equals(type)
              && (unit == null
                  || e.record().orgUnit().equals(unit)
                  || e.record().orgUnit().startsWith(unit + "/"))) {
            want.add(i + 1L);
          }
        }
        List<Long> got = new ArrayList<>();
        long after = 0;
        while (true) {
          long from = after;
          List<TraceLine> page =
              db.inTransaction(c -> new RunCells().lines(c, run, unit, facility, type, from, 50));
          if (page.isEmpty()) {
            break;
          }
          assertThat(page.size()).isLessThanOrEqualTo(50);
          page.forEach(l -> got.add(l.lineNo()));
          after = page.get(page.size() - 1).lineNo();
        }
        assertThat(want).as("lines of %s at %s in %s", type, facility, unit).hasSizeGreaterThan(50);
        assertThat(got).as("lines of %s at %s in %s", type, facility, unit).isEqualTo(want);
      }
    } finally {
      TestDatabases.drop(settings);
    }
  }

  private static Map<String, org.scopeplus.core.inventory.Totals> cells(
      Database db, CalculationRun run, RunCells.By by) {
    Map<String, org.scopeplus.core.inventory.Totals> out = new java.util.TreeMap<>();
    for (ResultRow r :
        db.inTransaction(c -> new RunCells().sums(c, run, RunCells.Filter.ALL, by))) {
      out.put(r.item(), r.totals());
    }
    return out;
  }

  private static Map<String, org.scopeplus.core.inventory.Totals> results(
      Database db, RunStore runs, CalculationRun run, String dimension) {
    Map<String, org.scopeplus.core.inventory.Totals> out = new java.util.TreeMap<>();
    for (ResultRow r : db.inTransaction(c -> runs.results(c, run, dimension))) {
      out.put(r.item(), r.totals());
    }
    return out;
  }
}
