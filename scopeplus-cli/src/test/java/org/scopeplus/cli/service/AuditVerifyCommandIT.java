package org.scopeplus.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.cli.ScopePlusCommand;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportingActivities;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.tenant.TenantStore;

/**
 * {@code scopeplus user add} makes the first admin (and the tenant); {@code scopeplus audit verify}
 * finds the intact chain, then names the import whose activity row and the entry whose fields a
 * direct database edit changed. On an H2 data folder and on PostgreSQL (127.0.0.1:5432, database
 * test, a fresh schema).
 */
class AuditVerifyCommandIT {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void userAddThenAuditVerifyFindsATamperedEntry(String database) throws Exception {
    String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test";
    String schema = "it_" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    List<String> where = new ArrayList<>();
    String jdbc;
    if (database.equals("h2")) {
      where.addAll(List.of("--data", dir.toString()));
      jdbc = "jdbc:h2:file:" + dir.resolve("scopeplus") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    } else {
      try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      jdbc = pgUrl + "?currentSchema=" + schema;
      where.addAll(List.of("--db-url", jdbc, "--db-user", "postgres"));
    }
    try {
      List<String> add = new ArrayList<>(List.of("user", "add"));
      add.addAll(where);
      add.addAll(List.of("--tenant", "Kestrel", "--username", "first-admin", "--password-stdin"));
      Run added = run(add, "a-long-enough-password\n");
      assertThat(added.exit).as(added.out).isZero();
      assertThat(added.out).contains("added first-admin (admin) to tenant Kestrel");

      List<String> verify = new ArrayList<>(List.of("audit", "verify"));
      verify.addAll(where);
      Run intact = run(verify, "");
      assertThat(intact.exit).as(intact.out).isZero();
      assertThat(intact.out).contains("Kestrel: the audit chain is intact (2 entries)");

      String importId = importSmallFile(database, dir, pgUrl, schema);
      assertThat(run(verify, "").exit).isZero();
      String edit =
          "UPDATE activity_record SET quantity = ? WHERE import_id = ? AND source_row = 2";
      sql(database, jdbc, edit, "1", importId);
      Run rowEdited = run(verify, "");
      assertThat(rowEdited.exit).isEqualTo(1);
      assertThat(rowEdited.out)
          .contains("(import.stored of activity_import " + importId + ")")
          .contains("changed behind the service's back");
      sql(database, jdbc, edit, "12500", importId);
      assertThat(run(verify, "").exit).isZero();

      try (Connection c =
              database.equals("h2")
                  ? DriverManager.getConnection(jdbc, "sa", "")
                  : DriverManager.getConnection(jdbc, "postgres", "");
          Statement s = c.createStatement()) {
        assertThat(
                s.executeUpdate("UPDATE audit_entry SET detail = 'nothing happened' WHERE seq = 2"))
            .isEqualTo(1);
      }
      Run broken = run(verify, "");
      assertThat(broken.exit).isEqualTo(1);
      assertThat(broken.out)
          .contains("entry 2 (user.added")
          .contains("does not match its hash: it was changed after it was written");
    } finally {
      if (!database.equals("h2")) {
        try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
            Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    }
  }

  /** Stores a three-record activity file in a new period of tenant Kestrel; returns its id. */
  private static String importSmallFile(String database, Path dir, String pgUrl, String schema)
      throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("meters.csv"),
            "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
                + "E1,Group/Cloud,DC-1,2024-01,s2.electricity,12500,MWh,CN-ZJ\n"
                + "E2,Group/Cloud,DC-1,2024-02,s2.electricity,11800,MWh,CN-ZJ\n");
    DatabaseSettings settings =
        database.equals("h2")
            ? DatabaseSettings.h2In(dir)
            : new DatabaseSettings(pgUrl, "postgres", "", schema);
    try (Database db = Database.open(settings)) {
      ImportOutcome outcome =
          db.inTransaction(
              c -> {
                String tenant = new TenantStore().byName(c, "Kestrel").orElseThrow().id();
                String period =
                    new PeriodStore()
                        .add(
                            c,
                            tenant,
                            "FY2024",
                            LocalDate.of(2024, 1, 1),
                            LocalDate.of(2024, 12, 31),
                            "test")
                        .id();
                return new ImportingActivities(BuiltInReferenceData.load())
                    .importFile(c, tenant, period, file, unit -> true, null, "test");
              });
      assertThat(outcome).isInstanceOf(ImportOutcome.Stored.class);
      return ((ImportOutcome.Stored) outcome).stored().id();
    }
  }

  private static void sql(String database, String jdbc, String statement, String a, String b)
      throws Exception {
    try (Connection c =
            database.equals("h2")
                ? DriverManager.getConnection(jdbc, "sa", "")
                : DriverManager.getConnection(jdbc, "postgres", "");
        PreparedStatement ps = c.prepareStatement(statement)) {
      ps.setString(1, a);
      ps.setString(2, b);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  private record Run(int exit, String out) {}

  private static synchronized Run run(List<String> args, String stdin) {
    PrintStream out = System.out;
    InputStream in = System.in;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      int exit = ScopePlusCommand.commandLine().execute(args.toArray(new String[0]));
      return new Run(exit, buffer.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setIn(in);
    }
  }
}
