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
import org.scopeplus.core.baseyear.BaseYearOutcome;
import org.scopeplus.core.baseyear.RecalculationTrigger;
import org.scopeplus.core.baseyear.Restatement;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.baseyear.RecalculatingBaseYear;
import org.scopeplus.store.run.CalculatingRun;
import org.scopeplus.store.run.GeneratedPeriod;
import org.scopeplus.store.run.PackedLines;
import org.scopeplus.store.tenant.TenantStore;

/**
 * {@code scopeplus user add} makes the first admin (and the tenant); {@code scopeplus audit verify}
 * finds the intact chain, then names the import whose activity row, the run whose result or trace
 * line, the restatement whose amount, the user whose password hash and the entry whose fields a
 * direct database edit changed, while another tenant stays intact. On an H2 data folder and on
 * PostgreSQL (127.0.0.1:5432, database test, a fresh schema).
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
      // the data folder of a service started once: the commands never create one themselves
      Database.open(DatabaseSettings.h2In(dir)).close();
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

      List<String> other = new ArrayList<>(List.of("user", "add"));
      other.addAll(where);
      other.addAll(List.of("--tenant", "Osprey", "--username", "osprey-admin", "--password-stdin"));
      assertThat(run(other, "another-long-password\n").exit).isZero();

      Stored stored = storeAndCalculate(database, dir, pgUrl, schema);
      String importId = stored.importId();
      Run calculated = run(verify, "");
      assertThat(calculated.exit).as(calculated.out).isZero();
      assertThat(calculated.out).contains("Osprey: the audit chain is intact (2 entries)");

      Edits kestrel = new Edits(database, jdbc, verify);
      String calculatedRun = "run.calculated of calculation_run " + stored.runId();
      kestrel.assertNamed(
          calculatedRun,
          "UPDATE run_result SET scope2_location = scope2_location + CAST(? AS BIGINT)"
              + " WHERE dimension = 'total' AND run_id = ?",
          "1000",
          "-1000",
          stored.runId());
      // the run's lines are packed in its blocks' rows: line 1's CO2e is edited in its block
      kestrel.assertBlockNamed(
          calculatedRun,
          stored.runId(),
          lines -> {
            PackedLines.Line l = lines.get(0);
            assertThat(l.lineNo()).isEqualTo(1);
            lines.set(0, l.withGrams(l.gasGrams(), l.co2eGrams() + 1));
            return PackedLines.encode(lines);
          });
      // a block whose bytes no longer decode is named, not a failure of the command
      kestrel.assertBlockNamed(
          calculatedRun,
          stored.runId(),
          lines -> java.util.Arrays.copyOf(PackedLines.encode(lines), 10));
      kestrel.assertNamed(
          "restatement.added of restatement " + stored.restatementId(),
          "UPDATE restatement SET previous_grams = previous_grams + CAST(? AS BIGINT) WHERE id = ?",
          "1",
          "-1",
          stored.restatementId());

      String adminId =
          value(database, jdbc, "SELECT id FROM app_user WHERE username = ?", "first-admin");
      String original =
          value(database, jdbc, "SELECT password_hash FROM app_user WHERE id = ?", adminId);
      String osprey =
          value(
              database,
              jdbc,
              "SELECT password_hash FROM app_user WHERE username = ?",
              "osprey-admin");
      Run replaced =
          kestrel.assertNamed(
              "user.added of user " + adminId,
              "UPDATE app_user SET password_hash = ? WHERE id = ?",
              osprey,
              original,
              adminId);
      assertThat(replaced.out).doesNotContain(original).doesNotContain(osprey);
      kestrel.assertNamed(
          "import.stored of activity_import " + importId,
          "UPDATE activity_record SET quantity = ? WHERE import_id = ? AND source_row = 2",
          "1",
          "12500",
          importId);

      try (Connection c = connect(database, jdbc);
          Statement s = c.createStatement()) {
        assertThat(
                s.executeUpdate(
                    "UPDATE audit_entry SET detail = 'nothing happened' WHERE seq = 2 AND"
                        + " tenant_id = (SELECT id FROM tenant WHERE name = 'Kestrel')"))
            .isEqualTo(1);
      }
      Run broken = run(verify, "");
      assertThat(broken.exit).isEqualTo(1);
      assertThat(broken.out)
          .contains("entry 2 (user.added")
          .contains("does not match its hash: it was changed after it was written");

      sql(database, jdbc, "UPDATE app_user SET role = ? WHERE id = ?", "SUPERUSER", adminId);
      sql(
          database,
          jdbc,
          "UPDATE activity_record SET quantity = ? WHERE import_id = ? AND source_row = 2",
          "1",
          importId);
      Run three = run(verify, "");
      assertThat(three.exit).as(three.out).isEqualTo(1);
      assertThat(three.out)
          .contains("Kestrel: 3 problems found, every one listed; the first: entry 2 (user.added")
          .contains("  - entry 2 (user.added")
          .contains("(user.added of user " + adminId + "): the stored user " + adminId)
          .contains("cannot be read")
          .contains("SUPERUSER")
          .contains("(import.stored of activity_import " + importId + ")")
          .contains("Osprey: the audit chain is intact (2 entries)")
          .doesNotContain("Exception in")
          .doesNotContain("\tat org.");
    } finally {
      if (!database.equals("h2")) {
        try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
            Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    }
  }

  /** What {@link #storeAndCalculate} stored. */
  private record Stored(String importId, String runId, String restatementId) {}

  /** Edits of Kestrel's rows in the database, checked with {@code verify}. */
  private record Edits(String database, String jdbc, List<String> verify) {

    /**
     * Edits one row with {@code statement} (its placeholders: {@code edited}, then {@code id}),
     * expects the check to fail for Kestrel naming the entry {@code named} while Osprey stays
     * intact, then sets {@code restored} and expects the check to pass; returns the failed check.
     */
    Run assertNamed(String named, String statement, String edited, String restored, String id)
        throws Exception {
      sql(database, jdbc, statement, edited, id);
      Run broken = run(verify, "");
      assertThat(broken.exit).as(broken.out).isEqualTo(1);
      assertThat(broken.out)
          .contains("Kestrel: entry ")
          .contains("(" + named + ")")
          .contains("changed behind the service's back")
          .contains("Osprey: the audit chain is intact (2 entries)");
      sql(database, jdbc, statement, restored, id);
      assertThat(run(verify, "").exit).isZero();
      return broken;
    }

    /**
     * Replaces the packed lines of the run's first block by what {@code edit} makes of them,
     * expects the check to name the entry {@code named}, then restores the block's bytes.
     */
    void assertBlockNamed(
        String named,
        String runId,
        java.util.function.Function<List<PackedLines.Line>, byte[]> edit)
        throws Exception {
      String select = "SELECT lines FROM run_line_block WHERE run_id = ? AND block_no = 0";
      String update = "UPDATE run_line_block SET lines = ? WHERE run_id = ? AND block_no = 0";
      byte[] stored;
      try (Connection c = connect(database, jdbc);
          PreparedStatement ps = c.prepareStatement(select)) {
        ps.setString(1, runId);
        try (java.sql.ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          stored = rs.getBytes(1);
        }
      }
      byte[] edited = edit.apply(new ArrayList<>(PackedLines.decode(runId, 0, stored)));
      for (byte[] lines : List.of(edited, stored)) {
        try (Connection c = connect(database, jdbc);
            PreparedStatement ps = c.prepareStatement(update)) {
          ps.setBytes(1, lines);
          ps.setString(2, runId);
          assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        Run checked = run(verify, "");
        if (lines == edited) {
          assertThat(checked.exit).as(checked.out).isEqualTo(1);
          assertThat(checked.out)
              .contains("Kestrel: entry ")
              .contains("(" + named + ")")
              .contains("changed behind the service's back")
              .contains("Osprey: the audit chain is intact (2 entries)");
        } else {
          assertThat(checked.exit).as(checked.out).isZero();
        }
      }
    }
  }

  /**
   * Stores a two-record activity file in a new period of tenant Kestrel, calculates it, makes that
   * run the base year and restates it with a run under AR6.
   */
  private static Stored storeAndCalculate(String database, Path dir, String pgUrl, String schema)
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
      return db.inTransaction(
          c -> {
            String tenant = new TenantStore().byName(c, "Kestrel").orElseThrow().id();
            GeneratedPeriod p =
                GeneratedPeriod.added(
                    c, tenant, "FY2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            ReferenceData reference = BuiltInReferenceData.load();
            ImportOutcome.Stored stored = p.importFile(c, reference, file);
            String base = p.run(c, new CalculatingRun(reference), GwpSet.AR5).id();
            String again = p.run(c, new CalculatingRun(reference), GwpSet.AR6).id();
            RecalculatingBaseYear policy = new RecalculatingBaseYear();
            assertThat(policy.set(c, tenant, base, 0.05, "test"))
                .isInstanceOf(BaseYearOutcome.Done.class);
            BaseYearOutcome<Restatement> r =
                policy.restate(
                    c,
                    tenant,
                    again,
                    RecalculationTrigger.METHODOLOGY_CHANGE,
                    "AR6 potentials adopted",
                    "test");
            assertThat(r).isInstanceOf(BaseYearOutcome.Done.class);
            return new Stored(
                stored.stored().id(), base, ((BaseYearOutcome.Done<Restatement>) r).value().id());
          });
    }
  }

  /** A connection to the H2 data folder's database or the PostgreSQL test schema. */
  private static Connection connect(String database, String jdbc) throws Exception {
    return DriverManager.getConnection(jdbc, database.equals("h2") ? "sa" : "postgres", "");
  }

  private static String value(String database, String jdbc, String query, String param)
      throws Exception {
    try (Connection c = connect(database, jdbc);
        PreparedStatement ps = c.prepareStatement(query)) {
      ps.setString(1, param);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  private static void sql(String database, String jdbc, String statement, String a, String b)
      throws Exception {
    try (Connection c = connect(database, jdbc);
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
