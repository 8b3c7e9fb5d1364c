package org.scopeplus.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The service's database: a connection pool with the schema migrated, and transactions. Work runs
 * inside one transaction that commits when it returns and rolls back when it throws.
 */
public final class Database implements AutoCloseable {

  private final DataSource dataSource;
  private final boolean postgres;

  public Database(DataSource dataSource, boolean postgres) {
    this.dataSource = dataSource;
    this.postgres = postgres;
  }

  /** Opens a pool on the settings and applies the migrations. */
  public static Database open(DatabaseSettings settings) {
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
    config.setPoolName("scopeplus");
    config.setMaximumPoolSize(10);
    config.setAutoCommit(true);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      migrate(pool, settings.schema());
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, settings.postgres());
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
    if (dataSource instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close the connection pool", e);
      }
    }
  }
}
