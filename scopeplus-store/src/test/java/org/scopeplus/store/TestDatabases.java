package org.scopeplus.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The two databases the store is tested on: an H2 file database in a folder, and PostgreSQL at
 * 127.0.0.1:5432 (database {@code test}, user {@code postgres}; override with {@code
 * SCOPEPLUS_TEST_PG_URL}, {@code SCOPEPLUS_TEST_PG_USER}, {@code SCOPEPLUS_TEST_PG_PASSWORD}) in a
 * fresh schema. An unreachable PostgreSQL fails the test; it never skips.
 */
public final class TestDatabases {

  private TestDatabases() {}

  public static DatabaseSettings h2(Path dir) {
    return DatabaseSettings.h2In(dir);
  }

  /** Settings for a new, empty PostgreSQL schema; drop it with {@link #drop}. */
  public static DatabaseSettings freshPostgres() throws SQLException {
    String url = env("SCOPEPLUS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = env("SCOPEPLUS_TEST_PG_USER", "postgres");
    String password = env("SCOPEPLUS_TEST_PG_PASSWORD", "");
    String schema = "it_" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return new DatabaseSettings(url, user, password, schema);
  }

  /** Drops a PostgreSQL test schema. */
  public static void drop(DatabaseSettings settings) throws SQLException {
    if (!settings.postgres() || !settings.schema().startsWith("it_")) {
      return;
    }
    try (Connection c =
            DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + settings.schema() + " CASCADE");
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? fallback : v;
  }
}
