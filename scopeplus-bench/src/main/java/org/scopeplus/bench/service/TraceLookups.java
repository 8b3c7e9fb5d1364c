package org.scopeplus.bench.service;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.store.Database;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunCells;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.run.TraceLine;

/**
 * Times the trace's lookups on a stored run, as the API makes them: a record's lines (the record of
 * the run's middle line), their count, and a page of fifty lines of the middle line's unit,
 * activity type and facility, from the start and from the middle of the run. Each is made five
 * times, in its own transaction, and the median printed. Then, for a run stored a {@code run_line}
 * row a line (layout 1: {@code -Dscopeplus.lineLayout=1}), the same after the run's blocks are
 * deleted, as a run stored before them is read; a run whose lines are packed in its blocks (layout
 * 2, the default) has no lines without them, and says so.
 */
final class TraceLookups {

  private TraceLookups() {}

  /** What is timed. */
  @FunctionalInterface
  private interface Lookup {
    int count(java.sql.Connection c) throws Exception;
  }

  static void time(Database db, String database, CalculationRun run) {
    RunStore runs = new RunStore();
    RunCells cells = new RunCells();
    long middle = run.lines() / 2;
    TraceLine line = db.inTransaction(c -> runs.linesAfter(c, run, null, middle - 1, 1).get(0));
    Map<String, String> record =
        db.inTransaction(c -> cells.record(c, run, line.recordId()).orElseThrow());
    String facility = record.get("facility");
    boolean packed = run.linesPacked();
    for (String stored : List.of(packed ? "packed" : "with blocks", "without blocks")) {
      if (stored.equals("without blocks") && packed) {
        System.out.printf(
            Locale.ROOT,
            "%-8s lookups without blocks: need a run stored a run_line row a line"
                + " (-Dscopeplus.lineLayout=1)%n",
            database);
        break;
      }
      if (stored.equals("without blocks")) {
        db.inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("DELETE FROM run_line_block WHERE run_id = ?")) {
                ps.setString(1, run.id());
                return ps.executeUpdate();
              }
            });
      }
      report(
          db,
          database,
          stored,
          "record " + line.recordId() + " lines",
          c -> runs.linesAfter(c, run, line.recordId(), 0, 100).size());
      report(
          db,
          database,
          stored,
          "record " + line.recordId() + " line count",
          c -> (int) runs.lineCount(c, run, line.recordId()));
      report(
          db,
          database,
          stored,
          "drill-down " + line.orgUnit() + " " + line.activityType() + " first page",
          c -> cells.lines(c, run, line.orgUnit(), facility, line.activityType(), 0, 50).size());
      report(
          db,
          database,
          stored,
          "drill-down " + line.orgUnit() + " " + line.activityType() + " page after line " + middle,
          c ->
              cells
                  .lines(c, run, line.orgUnit(), facility, line.activityType(), middle, 50)
                  .size());
    }
  }

  private static void report(
      Database db, String database, String stored, String what, Lookup lookup) {
    List<Double> ms = new ArrayList<>();
    int found = 0;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      found =
          db.inTransaction(
              c -> {
                try {
                  return lookup.count(c);
                } catch (RuntimeException | java.sql.SQLException e) {
                  throw e;
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      ms.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(ms);
    System.out.printf(
        Locale.ROOT,
        "%-8s lookup %s, %s: %d found, median %.1f ms (of %.1f to %.1f)%n",
        database,
        what,
        stored,
        found,
        ms.get(2),
        ms.get(0),
        ms.get(4));
  }
}
