package org.scopeplus.store.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
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
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportingActivities;
import org.scopeplus.store.tenant.TenantStore;

/**
 * The audit check streams the rows it recomputes: 400,000 activity rows (some 40 MB of text,
 * several times that as Java strings) are checked in a JVM of 64 MB of heap, and a quantity edited
 * deep inside the import, long after it was stored, is still found, because every check recomputes
 * every row. On H2 (file database) and PostgreSQL.
 */
class VerifyingIntegritySmallHeapIT {

  private static final int ROWS = 400_000;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void manyRowsAreCheckedInASmallHeapAndAnOldRowEditedIsFound(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2")
            ? TestDatabases.h2(Files.createDirectories(dir.resolve("db")))
            : TestDatabases.freshPostgres();
    try {
      Path file = activityFile();
      String[] ids;
      try (Database db = Database.open(settings)) {
        ids =
            db.inTransaction(
                c -> {
                  String tenant = new TenantStore().create(c, "heap", "test").id();
                  String period = TestPeriods.fy2024(c, tenant);
                  ImportOutcome o =
                      new ImportingActivities(BuiltInReferenceData.load())
                          .importFile(c, tenant, period, file, u -> true, null, "test");
                  assertThat(o).isInstanceOf(ImportOutcome.Stored.class);
                  return new String[] {tenant, ((ImportOutcome.Stored) o).stored().id()};
                });
      }
      List<String> intact = check(settings, ids[0]);
      assertThat(intact).as(String.join("\n", intact)).first().isEqualTo("CHECKED true 0 0");

      try (Database db = Database.open(settings)) {
        db.inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE activity_record SET quantity = '1' WHERE import_id = ?"
                          + " AND source_row = ?")) {
                ps.setString(1, ids[1]);
                ps.setLong(2, ROWS / 2);
                assertThat(ps.executeUpdate()).isEqualTo(1);
              }
              return null;
            });
      }
      List<String> broken = check(settings, ids[0]);
      assertThat(broken.get(0)).as(String.join("\n", broken)).startsWith("CHECKED false 1 ");
      assertThat(broken.get(1))
          .contains("(import.stored of activity_import " + ids[1] + ")")
          .contains("changed behind the service's back");
    } finally {
      TestDatabases.drop(settings);
    }
  }

  /** Runs the check in a JVM of 64 MB of heap and returns what it printed. */
  private List<String> check(DatabaseSettings s, String tenant) throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx64m",
            "-cp",
            System.getProperty("java.class.path"),
            VerifyingInChildProcess.class.getName(),
            s.url(),
            s.user(),
            s.password().isEmpty() ? "-" : s.password(),
            s.schema().isEmpty() ? "-" : s.schema(),
            tenant);
    Path err = dir.resolve("check-" + System.nanoTime() + ".err");
    Process child = new ProcessBuilder(command).redirectError(err.toFile()).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
      }
    }
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(Files.readString(err)).isZero();
    return lines;
  }

  private Path activityFile() throws Exception {
    Path file = dir.resolve("activity.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "record_id,org_unit,facility,period,activity_type,quantity,unit,region,substance,supplier,data_quality,evidence\n");
      for (int i = 1; i <= ROWS; i++) {
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
}
