package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.scopeplus.store.Database;

/**
 * Second connections that read exactly what a caller's transaction reads, so a run can read its
 * records on one connection while its trace lines stream into the other, and the database's work of
 * reading, the database's work of storing and this process's calculation overlap instead of taking
 * turns.
 *
 * <p>On PostgreSQL the caller's transaction exports its snapshot ({@code pg_export_snapshot()}) and
 * the reader opens a {@code REPEATABLE READ, READ ONLY} transaction on that snapshot ({@code SET
 * TRANSACTION SNAPSHOT}): it sees the rows committed when the snapshot was taken, which is what the
 * caller's transaction sees as long as it has written nothing itself. A transaction that has
 * already written (its own uncommitted rows would be invisible to the reader) gets no reader, and
 * neither does a caller when {@code limit} readers are already open (each holds a connection
 * besides its caller's): the run then reads on its own connection, as on H2. The service's readers
 * come from the database's spare pool ({@link Database#spares()}), a pool of their own with a
 * permit for each connection, so a run never waits for a reader: it has one at once or reads on its
 * own connection.
 */
public interface SnapshotReaders {

  /**
   * A reader of what {@code main}'s transaction sees, or none when it cannot be had. The caller
   * closes it; closing it ends its read-only transaction and gives its connection back.
   */
  Optional<Reader> open(Connection main) throws SQLException;

  /** A connection in a read-only transaction on the caller's snapshot. */
  interface Reader extends AutoCloseable {

    Connection connection();

    @Override
    void close() throws SQLException;
  }

  /** No second connections: every run reads on its own connection. */
  static SnapshotReaders none() {
    return main -> Optional.empty();
  }

  /**
   * At most this many readers are open at once by the service's runs: each holds one of the spare
   * pool's connections ({@link Database#spares()}), none of the main pool's.
   */
  int SERVICE_LIMIT = Database.SPARE_CONNECTIONS;

  /**
   * The readers the service's runs use on {@code db}: on PostgreSQL, from its spare pool, limited
   * by that pool's permits (shared by every caller of this method on {@code db}); on H2, or a
   * database without a spare pool, none.
   */
  static SnapshotReaders of(Database db) {
    if (!db.postgres()) {
      return none();
    }
    return db.spares()
        .<SnapshotReaders>map(s -> new Postgres(s.pool(), s.permits()))
        .orElseGet(SnapshotReaders::none);
  }

  /**
   * Readers from {@code pool} (a PostgreSQL pool), at most {@code limit} open at once. When others
   * take connections from {@code pool} too, a reader may wait for that pool's connection time-out;
   * the service's readers ({@link #of}) have a pool of their own and never do.
   */
  static SnapshotReaders postgres(DataSource pool, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("at least one reader, not " + limit);
    }
    return new Postgres(pool, new Semaphore(limit));
  }

  /** The PostgreSQL readers. */
  final class Postgres implements SnapshotReaders {

    private final DataSource pool;
    private final Semaphore open;

    private Postgres(DataSource pool, Semaphore open) {
      this.pool = pool;
      this.open = open;
    }

    @Override
    public Optional<Reader> open(Connection main) throws SQLException {
      if (main.getAutoCommit() || wroteAlready(main) || !open.tryAcquire()) {
        return Optional.empty();
      }
      Connection reader = null;
      boolean handed = false;
      try {
        reader = spare();
        if (reader == null) {
          return Optional.empty();
        }
        String snapshot = single(main, "SELECT pg_export_snapshot()");
        reader.setAutoCommit(false);
        try (Statement s = reader.createStatement()) {
          s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
          s.execute("SET TRANSACTION SNAPSHOT '" + snapshotId(snapshot) + "'");
        }
        handed = true;
        return Optional.of(new Opened(reader, open));
      } finally {
        if (!handed) {
          giveBack(reader, open);
        }
      }
    }

    /**
     * A connection of the pool, or null when it cannot make one within its connection time-out: a
     * run then reads on its own connection.
     */
    private Connection spare() throws SQLException {
      try {
        return pool.getConnection();
      } catch (SQLTransientConnectionException e) {
        return null;
      }
    }

    /** Whether the transaction has written (it has a transaction id only once it has). */
    private static boolean wroteAlready(Connection main) throws SQLException {
      return single(main, "SELECT CAST(txid_current_if_assigned() AS TEXT)") != null;
    }

    private static String single(Connection c, String sql) throws SQLException {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getString(1);
      }
    }

    /** A snapshot id as PostgreSQL writes them (hexadecimal and dashes), checked before quoting. */
    static String snapshotId(String id) throws SQLException {
      if (id == null || !id.matches("[0-9A-Fa-f-]{1,64}")) {
        throw new SQLException("PostgreSQL exported a snapshot named " + id);
      }
      return id;
    }
  }

  /**
   * An open reader: its transaction is rolled back (it wrote nothing) and its permit given back.
   */
  final class Opened implements Reader {

    private final Connection connection;
    private final Semaphore permits;

    private Opened(Connection connection, Semaphore permits) {
      this.connection = connection;
      this.permits = permits;
    }

    @Override
    public Connection connection() {
      return connection;
    }

    @Override
    public void close() throws SQLException {
      giveBack(connection, permits);
    }
  }

  /**
   * Ends a reader's connection, if it has one (its transaction rolled back: it wrote nothing), and
   * gives its permit back, whatever fails on the way.
   */
  private static void giveBack(Connection reader, Semaphore permits) throws SQLException {
    try {
      if (reader != null) {
        try {
          if (!reader.getAutoCommit()) {
            reader.rollback();
            reader.setAutoCommit(true);
          }
        } finally {
          reader.close();
        }
      }
    } finally {
      permits.release();
    }
  }
}
