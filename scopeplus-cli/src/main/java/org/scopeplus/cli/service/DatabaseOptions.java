package org.scopeplus.cli.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.scopeplus.server.config.StoreConfiguration;
import org.scopeplus.store.DatabaseSettings;
import picocli.CommandLine.Option;

/**
 * Where the service's database is: the embedded H2 database in a data folder (default {@code
 * ~/.scopeplus}), or PostgreSQL given {@code --db-url} or {@code SCOPEPLUS_DB_URL}. The password
 * comes only from {@code SCOPEPLUS_DB_PASSWORD}, never from the command line.
 */
public final class DatabaseOptions {

  /** The default data folder. */
  public static Path defaultDataDir() {
    return Path.of(System.getProperty("user.home"), ".scopeplus");
  }

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of the embedded H2 database (default: ~/.scopeplus).")
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
    return data != null ? data : defaultDataDir();
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

  /** The settings the store opens. */
  public DatabaseSettings settings() {
    try {
      return StoreConfiguration.settings(url(), user(), password(), "", dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + dataDir(), e);
    }
  }
}
