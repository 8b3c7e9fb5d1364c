package org.scopeplus.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The service's database: a connection pool with the schema migrated, and transactions. Work runs
 * inside one transaction that commits when it returns and rolls back when it throws.
 */
public final class Database implements AutoCloseable {

  /**
   * How many connections the spare pool ({@link #spares()}) holds at most: one for each run reading
   * beside its own connection at once, besides the main pool's ten.
   */
  public static final int SPARE_CONNECTIONS = 3;

  /**
   * How long the spare pool waits for a connection to be made: it never waits for one to be given
   * back (a permit is taken first), so this bounds only the login of a new connection.
   */
  static final long SPARE_CONNECTION_TIMEOUT_MS = 500;

  private final DataSource dataSource;
  private final boolean postgres;
  private final DatabaseSettings settings;
  private Spares spares;
  private boolean closed;

  public Database(DataSource dataSource, boolean postgres) {
    this(dataSource, postgres, null);
  }

  private Database(DataSource dataSource, boolean postgres, DatabaseSettings settings) {
    this.dataSource = dataSource;
    this.postgres = postgres;
    this.settings = settings;
  }

  /**
   * A pool of its own beside the main one, with a permit for each of its connections: whoever takes
   * a permit ({@code tryAcquire}, never waiting) is sure of a connection that no caller of the main
   * pool can have taken meanwhile.
   *
   * @param pool the connections, at most as many as there are permits
   * @param permits one for each connection; taken before and given back after using one
   */
  public record Spares(DataSource pool, Semaphore permits) {}

  /**
   * The spare pool of this database, made when first asked for and closed with it; none for a
   * database made from a data source of its own (its settings are unknown), or once it is closed.
   */
  public synchronized Optional<Spares> spares() {
    if (settings == null || closed) {
      return Optional.empty();
    }
    if (spares == null) {
      HikariConfig config = config(settings, "scopeplus-spare", SPARE_CONNECTIONS);
      config.setMinimumIdle(0);
      config.setConnectionTimeout(SPARE_CONNECTION_TIMEOUT_MS);
      spares = new Spares(new HikariDataSource(config), new Semaphore(SPARE_CONNECTIONS));
    }
    return Optional.of(spares);
  }

  /** Opens a pool on the settings and applies the migrations. */
  public static Database open(DatabaseSettings settings) {
    HikariDataSource pool = new HikariDataSource(config(settings, "scopeplus", 10));
    try {
      migrate(pool, settings.schema());
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, settings.postgres(), settings);
  }

  private static HikariConfig config(DatabaseSettings settings, String name, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    if (!settings.user().isEmpty()) {
      config.setUsername(settings.user());
    }
    if (!settings.password().isEmpty()) {
      config.setPassword(settings.password());
    }
    if (!settings.schema().isEmpty()) {
      config.setSchema(settings.schema());
    }
    config.setPoolName(name);
    config.setMaximumPoolSize(size);
    config.setAutoCommit(true);
    return config;
  }

  /**
   * Applies the Flyway migrations under {@code db/migration}, and on PostgreSQL those under {@code
   * db/postgresql} too: the few that only PostgreSQL can run, numbered in the same sequence.
   */
  public static void migrate(DataSource dataSource, String schema) {
    boolean postgres;
    try (Connection c = dataSource.getConnection()) {
      postgres = c.isWrapperFor(org.postgresql.PGConnection.class);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect to the database to migrate it", e);
    }
    var flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(
                postgres
                    ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                    : new String[] {"classpath:db/migration"});
    if (schema != null && !schema.isEmpty()) {
      flyway = flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
    }
    flyway.load().migrate();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public boolean postgres() {
    return postgres;
  }

  /** Runs work in one transaction. */
  public <T> T inTransaction(SqlWork<T> work) {
    return inTransaction(work, result -> true);
  }

  /**
   * Runs work in one transaction that commits only when its result passes the test (an import with
   * problems returns its problems and stores nothing).
   */
  public <T> T inTransaction(SqlWork<T> work, java.util.function.Predicate<T> commitWhen) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        if (commitWhen.test(result)) {
          c.commit();
        } else {
          c.rollback();
        }
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreFailure("database work failed", e);
    }
  }

  @Override
  public void close() {
    Spares made;
    synchronized (this) {
      made = spares;
      spares = null;
      closed = true;
    }
    try {
      if (made != null) {
        close(made.pool());
      }
    } finally {
      close(dataSource);
    }
  }

  private static void close(DataSource pool) {
    if (pool instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close the connection pool", e);
      }
    }
  }
}
