package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportingActivities;
import org.scopeplus.store.tenant.TenantStore;

/**
 * A run that reads its records on a second connection, on its transaction's snapshot, while its
 * trace lines stream into its own ({@link SnapshotReaders}): it stores the same rows, results and
 * hashes as the run that reads on its own connection; a transaction that has already written gets
 * no reader (its own rows would be invisible to one) and still calculates them; readers are
 * limited; a reader does not see what commits after its snapshot; H2 gets none.
 */
class SnapshotRunIT {

  @TempDir Path dir;

  private final ReferenceData reference = BuiltInReferenceData.load();

  /** Readers that count what they hand out. */
  private static final class Counted implements SnapshotReaders {
    private final SnapshotReaders inner;
    final List<Boolean> given = new ArrayList<>();

    Counted(SnapshotReaders inner) {
      this.inner = inner;
    }

    @Override
    public Optional<Reader> open(Connection main) throws SQLException {
      Optional<Reader> r = inner.open(main);
      given.add(r.isPresent());
      return r;
    }
  }

  @Test
  void aRunReadingOnTheSnapshotStoresWhatTheRunReadingOnItsOwnConnectionStores() throws Exception {
    DatabaseSettings settings = TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      GeneratedPeriod p = GeneratedPeriod.imported(db, reference, dir, "snapshot", 3000, 42);

      Counted readers = new Counted(SnapshotReaders.of(db));
      CalculationRun streamed = p.run(db, new CalculatingRun(reference, readers));
      CalculationRun sequential = p.run(db, new CalculatingRun(reference));

      assertThat(readers.given).containsExactly(true);
      assertThat(streamed.records()).isEqualTo(3000);
      assertThat(streamed.lines()).isEqualTo(sequential.lines()).isGreaterThan(3000);
      assertThat(streamed.resultSha256()).isEqualTo(sequential.resultSha256());
      assertThat(streamed.rowsSha256()).isEqualTo(sequential.rowsSha256());
      // what is stored is what was hashed: recomputed from the database, the same
      String recomputed = db.inTransaction(c -> StoredRunDigest.of(c, streamed.id()));
      assertThat(recomputed).isEqualTo(streamed.rowsSha256());
      assertThat(lineCount(db, streamed.id())).isEqualTo(streamed.lines());
      assertThat(planCount(db, streamed.id())).isEqualTo(planCount(db, sequential.id()));
    } finally {
      TestDatabases.drop(settings);
    }
  }

  @Test
  void aTransactionThatHasWrittenGetsNoReaderAndCalculatesItsOwnRows() throws Exception {
    Path file = GeneratedPeriod.generated(dir, "written", 500, 42);
    DatabaseSettings settings = TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      GeneratedPeriod p = GeneratedPeriod.empty(db, "written");
      Counted readers = new Counted(SnapshotReaders.of(db));
      // the records are imported in the run's own transaction, not yet committed
      RunOutcome outcome =
          db.inTransaction(
              c -> {
                ImportOutcome imported =
                    new ImportingActivities(reference)
                        .importFile(c, p.tenant(), p.period(), file, unit -> true, null, "test");
                assertThat(imported).isInstanceOf(ImportOutcome.Stored.class);
                return new CalculatingRun(reference, readers).run(c, p.tenant(), p.request(), "t");
              });
      assertThat(readers.given).containsExactly(false);
      assertThat(outcome).isInstanceOf(RunOutcome.Calculated.class);
      assertThat(((RunOutcome.Calculated) outcome).run().records()).isEqualTo(500);
    } finally {
      TestDatabases.drop(settings);
    }
  }

  @Test
  void readersAreLimitedAndSeeTheSnapshotNotLaterCommits() throws Exception {
    DatabaseSettings settings = TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      tenant(db);
      SnapshotReaders readers = SnapshotReaders.postgres(db.dataSource(), 1);
      try (Connection main = db.dataSource().getConnection()) {
        main.setAutoCommit(false);
        // a connection in autocommit has no transaction to share
        try (Connection auto = db.dataSource().getConnection()) {
          assertThat(readers.open(auto)).isEmpty();
        }
        Optional<SnapshotReaders.Reader> first = readers.open(main);
        assertThat(first).isPresent();
        // the limit of one is taken
        try (Connection other = db.dataSource().getConnection()) {
          other.setAutoCommit(false);
          assertThat(readers.open(other)).isEmpty();
          other.rollback();
        }
        // a tenant committed after the snapshot: the reader does not see it
        tenant(db);
        assertThat(tenants(first.get().connection())).isEqualTo(1);
        assertThat(tenants(main)).isEqualTo(2);
        // the reader is read only
        assertThatThrownBy(
                () -> {
                  try (PreparedStatement ps =
                      first.get().connection().prepareStatement("DELETE FROM tenant")) {
                    ps.executeUpdate();
                  }
                })
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("read-only");
        first.get().close();
        main.rollback();
        // the permit is back
        Optional<SnapshotReaders.Reader> again = readers.open(main);
        assertThat(again).isPresent();
        again.get().close();
        main.rollback();
      }
    } finally {
      TestDatabases.drop(settings);
    }
  }

  @Test
  void aPoolWithNoConnectionToSpareGivesNoReaderAndItsPermitBack() throws Exception {
    DatabaseSettings settings = TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      tenant(db);
      com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
      config.setJdbcUrl(settings.url());
      config.setUsername(settings.user());
      if (!settings.password().isEmpty()) {
        config.setPassword(settings.password());
      }
      config.setSchema(settings.schema());
      config.setMaximumPoolSize(2);
      config.setConnectionTimeout(250);
      try (com.zaxxer.hikari.HikariDataSource pool =
          new com.zaxxer.hikari.HikariDataSource(config)) {
        SnapshotReaders readers = SnapshotReaders.postgres(pool, 1);
        try (Connection main = pool.getConnection()) {
          main.setAutoCommit(false);
          try (Connection taken = pool.getConnection()) {
            // both of the pool's connections are in use: no reader, and no wait for one
            assertThat(readers.open(main)).isEmpty();
            assertThat(taken.isValid(1)).isTrue();
          }
          main.rollback();
          // the one permit was given back: with a connection free again, a reader is had
          Optional<SnapshotReaders.Reader> reader = readers.open(main);
          assertThat(reader).isPresent();
          assertThat(tenants(reader.get().connection())).isEqualTo(1);
          reader.get().close();
          main.rollback();
        }
      }
    } finally {
      TestDatabases.drop(settings);
    }
  }

  @Test
  void theServiceReadersNeverWaitWhenEveryOneIsTakenAndClosingOneGivesItBack() throws Exception {
    DatabaseSettings settings = TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      tenant(db);
      SnapshotReaders readers = SnapshotReaders.of(db);
      List<Connection> mains = new ArrayList<>();
      List<SnapshotReaders.Reader> open = new ArrayList<>();
      try {
        for (int i = 0; i <= SnapshotReaders.SERVICE_LIMIT; i++) {
          Connection main = db.dataSource().getConnection();
          main.setAutoCommit(false);
          mains.add(main);
        }
        for (int i = 0; i < SnapshotReaders.SERVICE_LIMIT; i++) {
          Optional<SnapshotReaders.Reader> r = readers.open(mains.get(i));
          assertThat(r).isPresent();
          open.add(r.get());
        }
        Connection last = mains.get(SnapshotReaders.SERVICE_LIMIT);
        // every reader is taken: the next run gets none at once, not after a pool's time-out
        long started = System.nanoTime();
        assertThat(readers.open(last)).isEmpty();
        assertThat(SnapshotReaders.of(db).open(last)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        // the readers hold none of the main pool's connections: only the runs' own are in use
        assertThat(
                ((com.zaxxer.hikari.HikariDataSource) db.dataSource())
                    .getHikariPoolMXBean()
                    .getActiveConnections())
            .isEqualTo(mains.size());
        // closing one gives it back
        open.remove(0).close();
        Optional<SnapshotReaders.Reader> again = readers.open(last);
        assertThat(again).isPresent();
        assertThat(tenants(again.get().connection())).isEqualTo(1);
        open.add(again.get());
      } finally {
        for (SnapshotReaders.Reader r : open) {
          r.close();
        }
        for (Connection c : mains) {
          c.rollback();
          c.close();
        }
      }
      // closing the database closes its spare pool, which is not made again
      assertThat(db.spares()).isPresent();
      db.close();
      assertThat(db.spares()).isEmpty();
    } finally {
      TestDatabases.drop(settings);
    }
  }

  @Test
  void aDatabaseMadeFromItsOwnDataSourceHasNoSparePoolAndGivesNoReaders() throws Exception {
    DatabaseSettings settings = TestDatabases.freshPostgres();
    try (Database opened = Database.open(settings)) {
      Database wrapped = new Database(opened.dataSource(), true);
      assertThat(wrapped.spares()).isEmpty();
      try (Connection main = opened.dataSource().getConnection()) {
        main.setAutoCommit(false);
        assertThat(SnapshotReaders.of(wrapped).open(main)).isEmpty();
        main.rollback();
      }
    } finally {
      TestDatabases.drop(settings);
    }
  }

  @Test
  void h2GetsNoReaders() throws Exception {
    try (Database db = Database.open(TestDatabases.h2(dir.resolve("h2")))) {
      try (Connection main = db.dataSource().getConnection()) {
        main.setAutoCommit(false);
        assertThat(SnapshotReaders.of(db).open(main)).isEmpty();
      }
    }
  }

  @Test
  void aSnapshotNameOtherThanPostgresqlWritesIsRefusedBeforeItIsQuoted() throws Exception {
    assertThat(SnapshotReaders.Postgres.snapshotId("00000003-0000001B-1"))
        .isEqualTo("00000003-0000001B-1");
    assertThatThrownBy(() -> SnapshotReaders.Postgres.snapshotId("1'; DROP TABLE tenant; --"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> SnapshotReaders.Postgres.snapshotId(null))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> SnapshotReaders.postgres(null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String tenant(Database db) {
    return db.inTransaction(
        c -> new TenantStore().create(c, "snapshot-" + System.nanoTime(), "test").id());
  }

  /** The run's lines, stored a row each (layout 1) or packed in its blocks (layout 2). */
  private static long lineCount(Database db, String runId) {
    return count(db, "SELECT COUNT(*) FROM run_line WHERE run_id = ?", runId)
        + count(
            db, "SELECT COALESCE(SUM(line_count), 0) FROM run_line_block WHERE run_id = ?", runId);
  }

  private static long planCount(Database db, String runId) {
    return count(db, "SELECT COUNT(*) FROM run_line_plan WHERE run_id = ?", runId);
  }

  private static long count(Database db, String sql, String runId) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private static long tenants(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM tenant");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
