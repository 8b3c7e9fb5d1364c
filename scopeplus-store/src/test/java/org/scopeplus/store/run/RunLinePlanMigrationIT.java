package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.TestDatabases;

/**
 * Runs stored before the trace lines shared their factor plans (migration V11) read back, after it,
 * line for line as they were stored, and their stored rows give the same digest: the one their
 * audit entry recorded. On H2 (file database) and PostgreSQL.
 */
class RunLinePlanMigrationIT {

  @TempDir Path dir;

  private static final String CITE = "IPCC 2006 Guidelines, Vol. 2 Table 2.2 (2006)";

  private static final List<TraceLine> FIRST =
      List.of(
          line(1, "r1", false, "CO2", "EF-1", CITE, "region CN", "100 kWh × 0.5 = 50 g"),
          line(2, "r1", false, "CO2", "EF-1", CITE, "region GLOBAL (CN not found)", "1 × 2 = 2"),
          line(3, "r2", false, "CO2", "EF-1", CITE, "region CN", "3 × 4 = 12"),
          line(4, "r2", true, "CH4", "EF-2", "燃料 \"quoted\", tab\there", "", "5 × 6 = 30"));

  private static final List<TraceLine> SECOND =
      List.of(
          line(1, "s1", false, "CO2", "EF-1", CITE, "region CN", "7 × 8 = 56"),
          line(2, "s2", false, "N2O", "", "", "the record's own factor", "9 × 1 = 9"));

  private static TraceLine line(
      long no,
      String record,
      boolean biogenic,
      String gas,
      String factor,
      String citation,
      String note,
      String formula) {
    return new TraceLine(
        no,
        record,
        "activity.csv:" + (no + 1),
        "Group/Cloud/DC-杭州",
        "electricity.grid",
        2,
        0,
        "LOCATION_BASED",
        gas,
        biogenic,
        no * 1000,
        no * 1001,
        factor,
        factor.isEmpty() ? "" : "built-in 2024",
        citation,
        note,
        formula);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void linesStoredBeforeTheMigrationReadAndHashAsTheyWereStored(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    if (!settings.user().isEmpty()) {
      config.setUsername(settings.user());
    }
    if (!settings.password().isEmpty()) {
      config.setPassword(settings.password());
    }
    if (!settings.schema().isEmpty()) {
      config.setSchema(settings.schema());
    }
    try (HikariDataSource pool = new HikariDataSource(config)) {
      var before = Flyway.configure().dataSource(pool).locations("classpath:db/migration");
      if (!settings.schema().isEmpty()) {
        before =
            before.schemas(settings.schema()).defaultSchema(settings.schema()).createSchemas(true);
      }
      before.target("10").load().migrate();
      Database db = new Database(pool, settings.postgres());
      db.inTransaction(
          c -> {
            insertOldShape(c);
            return null;
          });

      Database.migrate(pool, settings.schema());

      db.inTransaction(
          c -> {
            RunStore runs = new RunStore();
            CalculationRun first = runs.byId(c, "t", "run-1").orElseThrow();
            CalculationRun second = runs.byId(c, "t", "run-2").orElseThrow();
            assertThat(runs.linesAfter(c, first, null, 0, 100)).isEqualTo(FIRST);
            assertThat(runs.linesAfter(c, second, null, 0, 100)).isEqualTo(SECOND);
            assertThat(runs.linesAfter(c, first, "r2", 0, 100)).isEqualTo(FIRST.subList(2, 4));
            assertThat(StoredRunDigest.of(c, "run-1")).isEqualTo(digest(FIRST));
            assertThat(StoredRunDigest.of(c, "run-2")).isEqualTo(digest(SECOND));
            // lines 1 and 3 of the first run share a plan; plans numbered by their first line
            assertThat(planNumbers(c, "run-1")).containsExactly(0, 1, 0, 2);
            assertThat(planNumbers(c, "run-2")).containsExactly(0, 1);
            return null;
          });
    } finally {
      TestDatabases.drop(settings);
    }
  }

  private static String digest(List<TraceLine> lines) {
    // runs stored before V25 were hashed in the first layout, and are checked in it
    StoredRunDigest.V1 d = new StoredRunDigest.V1();
    lines.forEach(d::line);
    return d.hex();
  }

  private static List<Integer> planNumbers(Connection c, String run) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT plan_no FROM run_line WHERE run_id = ? ORDER BY line_no")) {
      ps.setString(1, run);
      try (ResultSet rs = ps.executeQuery()) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        while (rs.next()) {
          out.add(rs.getInt(1));
        }
        return out;
      }
    }
  }

  private static void insertOldShape(Connection c) throws SQLException {
    Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO tenant (id, name, created_at, audit_seq, audit_head)"
                + " VALUES ('t', 't', ?, 0, '')")) {
      ps.setTimestamp(1, now);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO reporting_period (id, tenant_id, name, start_date, end_date, created_at)"
                + " VALUES ('p', 't', '2024', DATE '2024-01-01', DATE '2024-12-31', ?)")) {
      ps.setTimestamp(1, now);
      ps.executeUpdate();
    }
    for (String run : List.of("run-1", "run-2")) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO calculation_run (id, tenant_id, period_id, gwp_set, consolidation,"
                  + " engine_version, manifest, result_sha256, record_count, line_count,"
                  + " created_by, created_at) VALUES (?, 't', 'p', 'AR6', 'operational control',"
                  + " '1', '{}', '', 2, 2, 'admin', ?)")) {
        ps.setString(1, run);
        ps.setTimestamp(2, now);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO run_line (run_id, line_no, record_id, source, org_unit, activity_type,"
                + " scope, category, method, gas, biogenic, gas_grams, co2e_grams, factor_id,"
                + " factor_library, citation, factor_note, formula) VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (TraceLine t : FIRST) {
        bind(ps, "run-1", t);
      }
      for (TraceLine t : SECOND) {
        bind(ps, "run-2", t);
      }
    }
  }

  private static void bind(PreparedStatement ps, String run, TraceLine t) throws SQLException {
    ps.setString(1, run);
    ps.setLong(2, t.lineNo());
    ps.setString(3, t.recordId());
    ps.setString(4, t.source());
    ps.setString(5, t.orgUnit());
    ps.setString(6, t.activityType());
    ps.setInt(7, t.scope());
    ps.setInt(8, t.category());
    ps.setString(9, t.method());
    ps.setString(10, t.gas());
    ps.setBoolean(11, t.biogenic());
    ps.setLong(12, t.gasGrams());
    ps.setLong(13, t.co2eGrams());
    ps.setString(14, t.factorId());
    ps.setString(15, t.factorLibrary());
    ps.setString(16, t.citation());
    ps.setString(17, t.factorNote());
    ps.setString(18, t.formula());
    ps.executeUpdate();
  }
}
