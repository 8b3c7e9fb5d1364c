package org.scopeplus.store.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.TestPeriods;
import org.scopeplus.store.tenant.TenantStore;

/**
 * An activity record names an import that exists, and an import is not deleted or renumbered while
 * records name it: on H2 by V1's foreign key, on PostgreSQL by V74's checks once per statement
 * (which replaced the foreign key's check once per row). The same refusals on both.
 */
class ActivityRecordImportCheckIT {

  @TempDir Path dir;

  private static final String INSERT =
      "INSERT INTO activity_record (import_id, period_id, source_row, record_id, org_unit,"
          + " facility, period, activity_type, quantity, unit, region, substance, supplier,"
          + " data_quality, evidence, heat_content, density, share, supplier_factor,"
          + " supplier_factor_unit, instrument) VALUES (?, ?, ?, ?, 'Kestrel/Cloud', 'DC-1',"
          + " '2024-01', 's2.electricity', '12', 'kWh', 'CN-ZJ', '', '', 'measured', '', '', '',"
          + " '', '', '', '')";

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRecordNamesAnImportThatExistsAndKeepsItFromBeingDeleted(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      String tenant = db.inTransaction(c -> new TenantStore().create(c, "t", "test").id());
      String period = db.inTransaction(c -> TestPeriods.fy2024(c, tenant));
      Path file = dir.resolve("one.csv");
      Files.writeString(
          file,
          "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
              + "E-1,Kestrel/Cloud,DC-1,2024-01,s2.electricity,12,kWh,CN-ZJ\n");
      ImportOutcome outcome =
          db.inTransaction(
              c ->
                  new ImportingActivities(BuiltInReferenceData.load())
                      .importFile(c, tenant, period, file, unit -> true, null, "test"),
              o -> o instanceof ImportOutcome.Stored);
      assertThat(outcome).isInstanceOf(ImportOutcome.Stored.class);
      String importId = ((ImportOutcome.Stored) outcome).stored().id();

      // a record naming no import, alone or beside records naming the real one
      assertRefused(db, c -> insert(c, "no-such-import", period, 3, "E-2"));
      assertRefused(
          db,
          c -> {
            insert(c, importId, period, 3, "E-2");
            insert(c, "no-such-import", period, 4, "E-3");
          });
      assertRefused(
          db, c -> update(c, "UPDATE activity_record SET import_id = 'no-such-import'", importId));
      // one statement whose new rows name two imports, one of them missing
      assertRefused(
          db,
          c -> {
            insert(c, importId, period, 3, "E-2");
            update(
                c,
                "UPDATE activity_record SET import_id = CASE WHEN source_row = 3"
                    + " THEN 'no-such-import' ELSE import_id END WHERE import_id = ?",
                importId);
          });
      assertRefused(db, c -> update(c, "DELETE FROM activity_import WHERE id = ?", importId));
      assertRefused(
          db,
          c -> update(c, "UPDATE activity_import SET id = 'renumbered' WHERE id = ?", importId));

      // what the rule allows still goes through: a record of the import, another cell edited
      db.inTransaction(
          c -> {
            insert(c, importId, period, 3, "E-2");
            return update(c, "UPDATE activity_record SET quantity = '13'", importId);
          });
      assertThat(count(db, importId)).as("two records and their import").isEqualTo(3);
      // and an import without records can go
      db.inTransaction(
          c -> {
            update(c, "DELETE FROM activity_record WHERE import_id = ?", importId);
            return update(c, "DELETE FROM activity_import WHERE id = ?", importId);
          });
      assertThat(count(db, importId)).isZero();
    } finally {
      TestDatabases.drop(settings);
    }
  }

  private interface Work {
    void run(Connection c) throws SQLException;
  }

  /** The work fails for the referential rule (SQL state class 23) and leaves nothing changed. */
  private static void assertRefused(Database db, Work work) {
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    c -> {
                      work.run(c);
                      return null;
                    }))
        .satisfies(
            e -> {
              Throwable t = e;
              while (t != null && !(t instanceof SQLException)) {
                t = t.getCause();
              }
              assertThat(t).as("an SQLException in %s", e).isNotNull();
              assertThat(((SQLException) t).getSQLState()).startsWith("23");
            });
  }

  private static void insert(Connection c, String importId, String period, long row, String id)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, importId);
      ps.setString(2, period);
      ps.setLong(3, row);
      ps.setString(4, id);
      ps.executeUpdate();
    }
  }

  private static int update(Connection c, String sql, String importId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (sql.contains("?")) {
        ps.setString(1, importId);
      }
      return ps.executeUpdate();
    }
  }

  private static long count(Database db, String importId) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT (SELECT COUNT(*) FROM activity_record WHERE import_id = ?)"
                      + " + (SELECT COUNT(*) FROM activity_import WHERE id = ?)")) {
            ps.setString(1, importId);
            ps.setString(2, importId);
            try (var rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
