package org.scopeplus.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is and how to log in. The password is never printed by {@link #toString()}.
 *
 * @param url the JDBC URL ({@code jdbc:postgresql:...} or {@code jdbc:h2:...})
 * @param user the user name, "" for none
 * @param password the password, "" for none
 * @param schema a schema to use and create when missing (PostgreSQL), or "" for the default
 */
public record DatabaseSettings(String url, String user, String password, String schema) {

  public DatabaseSettings {
    Objects.requireNonNull(url, "url");
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    schema = schema == null ? "" : schema;
  }

  /** The embedded H2 file database in a data folder. */
  public static DatabaseSettings h2In(Path dataDir) {
    return new DatabaseSettings(
        h2Url("file:" + dataDir.toAbsolutePath().resolve("scopeplus")), "sa", "", "");
  }

  /** An in-memory H2 database, kept while the JVM runs; for tests. */
  public static DatabaseSettings h2InMemory(String name) {
    return new DatabaseSettings(h2Url("mem:" + name) + ";DB_CLOSE_DELAY=-1", "sa", "", "");
  }

  private static String h2Url(String where) {
    return "jdbc:h2:" + where + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=120000";
  }

  /** True for PostgreSQL. */
  public boolean postgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + url + ", user=" + user + ", schema=" + schema + "]";
  }
}
