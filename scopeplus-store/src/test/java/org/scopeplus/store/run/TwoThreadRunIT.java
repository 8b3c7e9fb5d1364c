package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.StoreFailure;
import org.scopeplus.store.TestDatabases;

/**
 * A run with a reader on a second connection reads and calculates its records on a worker thread
 * while the caller's thread writes their lines ({@link LineHandoff}): it stores the same rows,
 * lines and hashes as the run on one thread, is refused with the same problems, and a failure on
 * either side surfaces as it was thrown, with the worker ended and the transaction rolled back.
 */
class TwoThreadRunIT {

  /**
   * Records enough for the lines to pass through many batches ({@link LineHandoff#BATCH_LINES}).
   */
  private static final int RECORDS = 12_000;

  @TempDir static Path dir;

  private static final ReferenceData reference = BuiltInReferenceData.load();
  private static DatabaseSettings settings;
  private static Database db;

  @BeforeAll
  static void open() throws Exception {
    settings = TestDatabases.freshPostgres();
    db = Database.open(settings);
  }

  @AfterAll
  static void drop() throws Exception {
    db.close();
    TestDatabases.drop(settings);
  }

  /** The threads that read records and that wrote lines. */
  private static class Threads implements CalculatingRun.Probe {
    final Set<String> reading = ConcurrentHashMap.newKeySet();
    final Set<String> writing = ConcurrentHashMap.newKeySet();
    final AtomicLong read = new AtomicLong();
    final AtomicLong written = new AtomicLong();

    @Override
    public void recordRead() throws SQLException {
      reading.add(Thread.currentThread().getName());
      read.incrementAndGet();
    }

    @Override
    public void lineWritten() throws SQLException {
      writing.add(Thread.currentThread().getName());
      written.incrementAndGet();
    }
  }

  private static CalculatingRun twoThreads(CalculatingRun.Probe probe) {
    return new CalculatingRun(reference, SnapshotReaders.of(db), true, probe);
  }

  private static CalculatingRun oneThread(CalculatingRun.Probe probe) {
    return new CalculatingRun(reference, SnapshotReaders.of(db), false, probe);
  }

  @Test
  void twoThreadsStoreWhatOneThreadStores() throws Exception {
    GeneratedPeriod p = GeneratedPeriod.imported(db, reference, dir, "same", RECORDS, 7);
    Threads two = new Threads();
    Threads one = new Threads();
    CalculationRun onTwo = p.run(db, twoThreads(two));
    CalculationRun onOne = p.run(db, oneThread(one));
    CalculationRun ownConnection = p.run(db, new CalculatingRun(reference));

    // the records were read on the worker, the lines written on the caller's thread
    String caller = Thread.currentThread().getName();
    assertThat(two.reading).hasSize(1).allMatch(name -> name.startsWith("run-records-"));
    assertThat(two.writing).containsExactly(caller);
    assertThat(one.reading).containsExactly(caller);
    assertThat(one.writing).containsExactly(caller);
    assertThat(two.read.get()).isEqualTo(RECORDS);
    assertThat(two.written.get()).isEqualTo(onTwo.lines()).isEqualTo(one.written.get());

    assertThat(onTwo.records()).isEqualTo(RECORDS);
    assertThat(onTwo.lines())
        .isEqualTo(onOne.lines())
        .isEqualTo(ownConnection.lines())
        .isGreaterThan(3L * LineHandoff.BATCH_LINES);
    assertThat(onTwo.resultSha256())
        .isEqualTo(onOne.resultSha256())
        .isEqualTo(ownConnection.resultSha256());
    assertThat(onTwo.rowsSha256())
        .isEqualTo(onOne.rowsSha256())
        .isEqualTo(ownConnection.rowsSha256());
    // what is stored is what was hashed
    String recomputed = db.inTransaction(c -> StoredRunDigest.of(c, onTwo.id()));
    assertThat(recomputed).isEqualTo(onTwo.rowsSha256());
    // stored a row each (layout 1) or packed in the run's blocks (layout 2)
    assertThat(
            count("SELECT COUNT(*) FROM run_line WHERE run_id = ?", onTwo.id())
                + count(
                    "SELECT COALESCE(SUM(line_count), 0) FROM run_line_block WHERE run_id = ?",
                    onTwo.id()))
        .isEqualTo(onTwo.lines());
    assertThat(count("SELECT COUNT(*) FROM run_result WHERE run_id = ?", onTwo.id()))
        .isEqualTo(count("SELECT COUNT(*) FROM run_result WHERE run_id = ?", onOne.id()));
    assertThat(noWorkerLeft()).isTrue();
  }

  @Test
  void aRefusedRunGivesTheSameProblemsOnTwoThreadsAsOnOne() throws Exception {
    GeneratedPeriod p = GeneratedPeriod.imported(db, reference, dir, "refused", RECORDS, 11);
    // rows that no longer read, one early and two after many batches of lines, and a region no
    // factor covers
    db.inTransaction(
        c -> {
          spoil(c, p, "quantity", "not a number", 40);
          spoil(c, p, "region", "Atlantis", 7_000);
          spoil(c, p, "quantity", "-", 9_001);
          spoil(c, p, "period", "2019-13", 11_999);
          return null;
        });
    RunOutcome onTwo = refused(p, twoThreads(CalculatingRun.Probe.NONE));
    RunOutcome onOne = refused(p, oneThread(CalculatingRun.Probe.NONE));
    RunOutcome ownConnection = refused(p, new CalculatingRun(reference));

    RunOutcome.Refused two = (RunOutcome.Refused) onTwo;
    assertThat(two.problems()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(two.problems()).isEqualTo(((RunOutcome.Refused) onOne).problems());
    assertThat(two.problems()).isEqualTo(((RunOutcome.Refused) ownConnection).problems());
    assertThat(two.problemCount())
        .isEqualTo(((RunOutcome.Refused) onOne).problemCount())
        .isEqualTo(((RunOutcome.Refused) ownConnection).problemCount());
    // in row order
    List<Long> rows = two.problems().stream().map(pr -> pr.row()).toList();
    assertThat(rows).isSorted();
    assertThat(noWorkerLeft()).isTrue();
  }

  /** Throws {@code failure} at the {@code at}-th record read or line written, on its thread. */
  private static final class Failing implements CalculatingRun.Probe {
    final boolean reading;
    final long at;
    final Exception failure;
    final AtomicLong seen = new AtomicLong();
    final Set<String> threw = ConcurrentHashMap.newKeySet();

    Failing(boolean reading, long at, Exception failure) {
      this.reading = reading;
      this.at = at;
      this.failure = failure;
    }

    @Override
    public void recordRead() throws SQLException {
      if (reading) {
        maybeThrow();
      }
    }

    @Override
    public void lineWritten() throws SQLException {
      if (!reading) {
        maybeThrow();
      }
    }

    private void maybeThrow() throws SQLException {
      if (seen.incrementAndGet() == at) {
        threw.add(Thread.currentThread().getName());
        if (failure instanceof SQLException e) {
          throw e;
        }
        throw (RuntimeException) failure;
      }
    }
  }

  @Test
  void aFailureWritingLinesStopsTheWorkerAndIsThrownAsItWas() throws Exception {
    GeneratedPeriod p = GeneratedPeriod.imported(db, reference, dir, "writing", RECORDS, 3);
    // the worker is by then ahead, waiting for room in the queue
    Failing broken =
        new Failing(
            false, 2 * LineHandoff.BATCH_LINES + 5, new SQLException("the line sink broke"));
    assertFailsAndLeavesNothing(p, broken);
    assertThat(broken.threw).containsExactly(Thread.currentThread().getName());
    assertFailsAndLeavesNothing(
        p, new Failing(false, 100, new IllegalStateException("a bug writing lines")));
  }

  @Test
  void aFailureReadingRecordsEndsTheRunAndIsThrownAsItWas() throws Exception {
    GeneratedPeriod p = GeneratedPeriod.imported(db, reference, dir, "reading", RECORDS, 5);
    Failing broken = new Failing(true, 8_000, new SQLException("the records' connection broke"));
    assertFailsAndLeavesNothing(p, broken);
    assertThat(broken.threw).hasSize(1).allMatch(name -> name.startsWith("run-records-"));
    assertFailsAndLeavesNothing(
        p, new Failing(true, 1, new IllegalStateException("a bug reading records")));
  }

  /**
   * The run on two threads with {@code failing} throws its failure as it was thrown (an
   * SQLException as the cause of the transaction's failure), no worker is left running, the run's
   * transaction rolled back, and the pool's connections came back: a run after it calculates.
   */
  private static void assertFailsAndLeavesNothing(GeneratedPeriod p, Failing failing) {
    long before = runsOf(p);
    CalculatingRun calculating = twoThreads(failing);
    if (failing.failure instanceof SQLException) {
      assertThatThrownBy(
              () -> db.inTransaction(c -> calculating.run(c, p.tenant(), p.request(), "t")))
          .isInstanceOf(StoreFailure.class)
          .satisfies(e -> assertThat(e.getCause()).isSameAs(failing.failure));
    } else {
      assertThatThrownBy(
              () -> db.inTransaction(c -> calculating.run(c, p.tenant(), p.request(), "t")))
          .isSameAs(failing.failure);
    }
    assertThat(noWorkerLeft()).isTrue();
    assertThat(runsOf(p)).isEqualTo(before);
    assertThat(p.run(db, twoThreads(CalculatingRun.Probe.NONE)).records()).isEqualTo(RECORDS);
    assertThat(runsOf(p)).isEqualTo(before + 1);
  }

  private static RunOutcome refused(GeneratedPeriod p, CalculatingRun calculating) {
    RunOutcome outcome =
        db.inTransaction(
            c -> calculating.run(c, p.tenant(), p.request(), "t"), o -> false /* roll back */);
    assertThat(outcome).isInstanceOf(RunOutcome.Refused.class);
    return outcome;
  }

  /** Sets a column of the stored record of the period's import at {@code row}. */
  private static void spoil(Connection c, GeneratedPeriod p, String column, String value, long row)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE activity_record SET "
                + column
                + " = ? WHERE period_id = ? AND source_row = (SELECT MIN(source_row) + ? FROM"
                + " activity_record WHERE period_id = ?)")) {
      ps.setString(1, value);
      ps.setString(2, p.period());
      ps.setLong(3, row);
      ps.setString(4, p.period());
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  private static boolean noWorkerLeft() {
    return Thread.getAllStackTraces().keySet().stream()
        .noneMatch(t -> t.getName().startsWith("run-records-") && t.isAlive());
  }

  private static long runsOf(GeneratedPeriod p) {
    return count("SELECT COUNT(*) FROM calculation_run WHERE period_id = ?", p.period());
  }

  private static long count(String sql, String key) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
