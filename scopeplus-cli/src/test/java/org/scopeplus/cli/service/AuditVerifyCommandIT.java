package org.scopeplus.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.cli.ScopePlusCommand;

/**
 * {@code scopeplus user add} makes the first admin (and the tenant); {@code scopeplus audit verify}
 * finds the intact chain, then names the entry a direct database edit changed. On an H2 data folder
 * and on PostgreSQL (127.0.0.1:5432, database test, a fresh schema).
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
