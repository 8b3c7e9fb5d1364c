package org.scopeplus.cli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.cli.CommandRun;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.disclosure.ReportJsonWriter;
import org.scopeplus.server.api.RunReports;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.run.CalculatingRun;
import org.scopeplus.store.run.GeneratedPeriod;
import org.scopeplus.store.tenant.TenantStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus report --run ID} reads a run the service stored, with the service stopped: its
 * JSON is byte for byte the report the API's {@code GET /api/v1/runs/{id}/report?format=json}
 * composes ({@link RunReports}, the component behind it), its totals equal those the {@code
 * inventory} command calculates from the same file independently of any database, and the PDF and
 * XLSX are written too. On an H2 data folder and on PostgreSQL (127.0.0.1:5432, database test).
 */
class ReportRunCommandIT {

  private static final Path EXAMPLE = Path.of("../examples/activity-2024.csv");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theReportOfAStoredRunIsTheApisReport(String database) throws Exception {
    String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test";
    String schema = "it_" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    List<String> where = new ArrayList<>();
    DatabaseSettings settings;
    if (database.equals("h2")) {
      settings = DatabaseSettings.h2In(dir);
      where.addAll(List.of("--data", dir.toString()));
    } else {
      try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      settings = new DatabaseSettings(pgUrl + "?currentSchema=" + schema, "postgres", "", "");
      where.addAll(
          List.of("--db-url", pgUrl + "?currentSchema=" + schema, "--db-user", "postgres"));
    }
    try {
      ReferenceData reference = BuiltInReferenceData.load();
      String run;
      byte[] api;
      try (Database db = Database.open(settings)) {
        run = storeAndCalculate(db, reference);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportJsonWriter().write(RunReports.of(db, reference).composeStored(run), out);
        api = out.toByteArray();
      }

      Path json = dir.resolve("run.json");
      CommandRun r = report(where, "--run", run, "--format", "json", "--out", json.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.err()).contains("Wrote the 2024 report");
      assertThat(Files.readAllBytes(json)).isEqualTo(api);

      // the totals, independently: the file calculated without any database
      CommandRun inv =
          CommandRun.of("inventory", EXAMPLE.toString(), "--format", "json", "--no-progress");
      assertThat(inv.exit()).as(inv.err()).isZero();
      JsonMapper m = JsonMapper.builder().build();
      JsonNode expected = m.readTree(inv.out()).get("totals");
      JsonNode report = m.readTree(Files.readAllBytes(json));
      assertThat(report.get("subject").get("runId").asString()).isEqualTo(run);
      for (String k : new String[] {"scope1", "scope2Location", "scope2Market", "scope3"}) {
        assertThat(report.get("totals").get(k).decimalValue())
            .as(k)
            .isEqualByComparingTo(expected.get(k).decimalValue());
      }

      for (String format : new String[] {"pdf", "xlsx"}) {
        Path file = dir.resolve("run." + format);
        CommandRun written =
            report(where, "--run", run, "--format", format, "--out", file.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(file), 4);
        assertThat(new String(head, java.nio.charset.StandardCharsets.ISO_8859_1))
            .isEqualTo(format.equals("pdf") ? "%PDF" : "PK\u0003\u0004");
      }

      Path none = dir.resolve("none.json");
      CommandRun unknown =
          report(where, "--run", "no-such-run", "--format", "json", "--out", none.toString());
      assertThat(unknown.exit()).isEqualTo(1);
      assertThat(unknown.err()).contains("no run no-such-run");
      CommandRun otherYear =
          report(
              where, "--run", run, "--year", "2023", "--format", "json", "--out", none.toString());
      assertThat(otherYear.exit()).isEqualTo(2);
      assertThat(otherYear.err()).contains("is of 2024, not of --year 2023");
      assertThat(Files.exists(none)).isFalse();
    } finally {
      if (database.equals("postgres")) {
        try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
            Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
  }

  private static CommandRun report(List<String> where, String... args) {
    List<String> all = new ArrayList<>(List.of("report"));
    all.addAll(List.of(args));
    all.addAll(where);
    return CommandRun.of(all.toArray(String[]::new));
  }

  /** Stores the example file in a new tenant's FY2024 and calculates it; the run's id. */
  private static String storeAndCalculate(Database db, ReferenceData reference) {
    return db.inTransaction(
        c -> {
          String tenant = new TenantStore().create(c, "Example Co", "test").id();
          GeneratedPeriod p =
              GeneratedPeriod.added(
                  c, tenant, "FY2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
          p.importFile(c, reference, EXAMPLE);
          return p.run(c, new CalculatingRun(reference), GwpSet.DEFAULT).id();
        });
  }
}
