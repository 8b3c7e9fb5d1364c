package org.scopeplus.cli.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.scopeplus.server.config.StoreConfiguration;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import picocli.CommandLine.Option;

/**
 * Where the service's database is: the embedded H2 database in a data folder ({@code --data}, else
 * {@code SCOPEPLUS_DATA_DIR}, else {@code ~/.scopeplus}), or PostgreSQL given {@code --db-url} or
 * {@code SCOPEPLUS_DB_URL}. The password comes only from {@code SCOPEPLUS_DB_PASSWORD}, never from
 * the command line. {@code serve}, {@code user add} and {@code audit verify} share these options,
 * so they find the same folder; only {@code serve} creates it ({@link #existingSettings()}).
 */
public final class DatabaseOptions {

  /** The default data folder. */
  public static Path defaultDataDir() {
    return Path.of(System.getProperty("user.home"), ".scopeplus");
  }

  /** The environment variable naming the data folder when {@code --data} is not given. */
  public static final String DATA_DIR_VARIABLE = "SCOPEPLUS_DATA_DIR";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder of the embedded H2 database (default: SCOPEPLUS_DATA_DIR, else ~/.scopeplus).")
  Path data;

  @Option(
      names = "--db-url",
      paramLabel = "URL",
      defaultValue = "${env:SCOPEPLUS_DB_URL}",
      description =
          "PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/scopeplus (default:"
              + " SCOPEPLUS_DB_URL; without it the embedded H2 database is used).")
  String dbUrl;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      defaultValue = "${env:SCOPEPLUS_DB_USER}",
      description =
          "Database user (default: SCOPEPLUS_DB_USER). The password is read from"
              + " SCOPEPLUS_DB_PASSWORD.")
  String dbUser;

  /** The data folder asked for or the default. */
  public Path dataDir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv(DATA_DIR_VARIABLE);
    return env != null && !env.isBlank() ? Path.of(env.strip()) : defaultDataDir();
  }

  public String url() {
    return dbUrl == null ? "" : dbUrl.strip();
  }

  public String user() {
    return dbUser == null ? "" : dbUser.strip();
  }

  public String password() {
    String p = System.getenv("SCOPEPLUS_DB_PASSWORD");
    return p == null ? "" : p;
  }

  /**
   * The settings of a database that exists already: PostgreSQL, or the embedded database of a data
   * folder a service has used. A missing folder or database is a {@link NoDatabase} naming the
   * folder, never a new empty one.
   */
  public DatabaseSettings existingSettings() {
    if (!url().isEmpty()) {
      return settings();
    }
    Path dir = dataDir().toAbsolutePath();
    if (!Files.isDirectory(dir)) {
      throw new NoDatabase(
          "there is no data folder "
              + dir
              + ": start the service once with `scopeplus serve"
              + (data == null ? "" : " --data " + data)
              + "`, or name the folder the service uses with --data DIR (or SCOPEPLUS_DATA_DIR)");
    }
    if (!Files.exists(dir.resolve("scopeplus.mv.db"))) {
      throw new NoDatabase(
          "the folder "
              + dir
              + " holds no ScopePlus database (scopeplus.mv.db): start the service once with"
              + " `scopeplus serve --data "
              + dir
              + "`, or name the folder the service uses with --data DIR");
    }
    return DatabaseSettings.h2In(dir);
  }

  /**
   * Opens the database that exists already ({@link #existingSettings()}). The embedded database of
   * a running service is held by it: that is a {@link NoDatabase} saying to go through the service
   * ({@code --server URL}) or stop it first.
   */
  public Database openExisting() {
    DatabaseSettings settings = existingSettings();
    try {
      return Database.open(settings);
    } catch (RuntimeException e) {
      if (!settings.postgres() && heldByAnotherProcess(e)) {
        throw new NoDatabase(
            "the database in "
                + dataDir().toAbsolutePath()
                + " is in use by a running service: go through the service (scopeplus user add"
                + " --server URL with the setup token from its log; the audit check is GET"
                + " /api/v1/audit/verification), or stop it first");
      }
      throw e;
    }
  }

  private static boolean heldByAnotherProcess(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
        return true;
      }
      if (t.getMessage() != null && t.getMessage().contains("already in use")) {
        return true;
      }
    }
    return false;
  }

  /** No database where the options point. */
  public static final class NoDatabase extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoDatabase(String message) {
      super(message);
    }
  }

  /** The settings the store opens, creating the data folder when it is missing (for serve). */
  public DatabaseSettings settings() {
    try {
      return StoreConfiguration.settings(url(), user(), password(), "", dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + dataDir(), e);
    }
  }
}
