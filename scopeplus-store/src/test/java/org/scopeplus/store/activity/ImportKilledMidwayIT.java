package org.scopeplus.store.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.TestPeriods;
import org.scopeplus.store.audit.VerifyingAuditChain;
import org.scopeplus.store.tenant.TenantStore;

/**
 * A process killed with SIGKILL in the middle of a large import leaves no trace of it: after the
 * database is opened again there is no import, no record and no audit entry of it, the audit chain
 * is intact, and the same file imports cleanly. And a million-row file streams through a JVM whose
 * heap could never hold it. On H2 (file database) and PostgreSQL.
 */
class ImportKilledMidwayIT {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aKilledImportLeavesNoTrace(String database) throws Exception {
    DatabaseSettings settings = settings(database);
    try {
      String[] ids = tenantAndPeriod(settings);
      long auditBefore = auditEntries(settings, ids[0]);
      Path file = activityFile(200_000);

      Process child = child(settings, ids, file, "-Xmx256m");
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        boolean midway = false;
        while ((line = out.readLine()) != null) {
          assertThat(line).doesNotStartWith("OUTCOME");
          if (line.equals("ROWS 50000")) {
            midway = true;
            break;
          }
        }
        assertThat(midway).as("the child reached row 50,000").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }

      try (Database db = Database.open(settings)) {
        assertThat(count(db, "SELECT COUNT(*) FROM activity_import WHERE period_id = ?", ids[1]))
            .isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM activity_record WHERE period_id = ?", ids[1]))
            .isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM audit_entry WHERE tenant_id = ?", ids[0]))
            .isEqualTo(auditBefore);
        assertThat(db.inTransaction(c -> new VerifyingAuditChain().verify(c, ids[0])).intact())
            .isTrue();
        Path small = activityFile(2_000);
        ImportOutcome again =
            db.inTransaction(
                c ->
                    new ImportingActivities(BuiltInReferenceData.load())
                        .importFile(c, ids[0], ids[1], small, u -> true, null, "test"));
        assertThat(again).isInstanceOf(ImportOutcome.Stored.class);
      }
    } finally {
      TestDatabases.drop(settings);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aMillionRowsStreamThroughASmallHeap(String database) throws Exception {
    DatabaseSettings settings = settings(database);
    try {
      String[] ids = tenantAndPeriod(settings);
      Path file = activityFile(1_000_000);
      assertThat(Files.size(file)).isGreaterThan(80L * 1024 * 1024);
      Process child = child(settings, ids, file, "-Xmx64m");
      List<String> lines = new ArrayList<>();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          lines.add(line);
        }
      }
      assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(lines).as(String.join("\n", lines)).contains("OUTCOME Stored");
      try (Database db = Database.open(settings)) {
        assertThat(count(db, "SELECT COUNT(*) FROM activity_record WHERE period_id = ?", ids[1]))
            .isEqualTo(1_000_000);
      }
    } finally {
      TestDatabases.drop(settings);
    }
  }

  private DatabaseSettings settings(String database) throws Exception {
    return database.equals("h2")
        ? TestDatabases.h2(Files.createDirectories(dir.resolve("db")))
        : TestDatabases.freshPostgres();
  }

  private static String[] tenantAndPeriod(DatabaseSettings settings) {
    try (Database db = Database.open(settings)) {
      return db.inTransaction(
          c -> {
            String tenant = new TenantStore().create(c, "killed-" + System.nanoTime(), "test").id();
            String period = TestPeriods.fy2024(c, tenant);
            return new String[] {tenant, period};
          });
    }
  }

  private Process child(DatabaseSettings s, String[] ids, Path file, String heap) throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            heap,
            "-cp",
            System.getProperty("java.class.path"),
            ImportInChildProcess.class.getName(),
            s.url(),
            s.user(),
            s.password().isEmpty() ? "-" : s.password(),
            s.schema().isEmpty() ? "-" : s.schema(),
            ids[0],
            ids[1],
            file.toString());
    return new ProcessBuilder(command)
        .redirectError(dir.resolve("child-" + System.nanoTime() + ".err").toFile())
        .start();
  }

  private Path activityFile(int rows) throws Exception {
    Path file = dir.resolve("activity-" + rows + "-" + System.nanoTime() + ".csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "record_id,org_unit,facility,period,activity_type,quantity,unit,region,substance,supplier,data_quality,evidence\n");
      for (int i = 1; i <= rows; i++) {
        w.write("R-");
        w.write(Integer.toString(i));
        w.write(",Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-");
        w.write(Integer.toString(1 + i % 12));
        w.write(",s2.electricity,");
        w.write(Integer.toString(100 + i % 1000));
        w.write(",kWh,CN-ZJ,,State Grid Zhejiang,measured,meter HZ-M1 reading\n");
      }
    }
    return file;
  }

  private static long auditEntries(DatabaseSettings settings, String tenant) {
    try (Database db = Database.open(settings)) {
      return count(db, "SELECT COUNT(*) FROM audit_entry WHERE tenant_id = ?", tenant);
    }
  }

  private static long count(Database db, String sql, String arg) {
    return db.inTransaction(
        (Connection c) -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
