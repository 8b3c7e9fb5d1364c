package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocks of a run's trace lines ({@code run_line_block}, V81): each block of {@link #LINES}
 * consecutive lines is summarised by its first and last line numbers and two {@link LineBloom}
 * filters, of its lines' record ids and of their (org unit, activity type) pairs. They stand in for
 * two indexes on {@code run_line} that cost the run a write per line each: a reader asks which
 * blocks may hold a record's (or a unit and type's) lines, then reads only those line ranges by the
 * primary key with the exact condition. A run stored without blocks (before V81) is read as one
 * range, all of it.
 */
final class RunLineBlocks {

  /**
   * Lines a block: a run of 1,590,851 lines has 389 blocks (about 1.2 MB of record filters, read in
   * one query), and a record's look-up reads about five candidate blocks, some 20,000 lines, by the
   * primary key (BENCHMARKS.md). Fewer lines a block mean more filter rows for about as many lines
   * read; more mean more lines read for each candidate.
   */
  static final int LINES = 4096;

  /** Lines a block of the runs written from now on; tests set fewer to make runs of many blocks. */
  static volatile int linesPerBlock = LINES;

  /** Line numbers {@code first} to {@code last}, both included. */
  record Range(long first, long last) {}

  /** Every line of a run, as read when the run has no blocks. */
  static final Range WHOLE_RUN = new Range(Long.MIN_VALUE, Long.MAX_VALUE);

  private RunLineBlocks() {}

  /**
   * The line ranges of the run's blocks whose {@code column} filter ({@code record_bloom} or {@code
   * unit_type_bloom}) may hold {@code value}, in line order, adjacent ones joined; the whole run
   * when it has no blocks.
   */
  static List<Range> mayHold(Connection c, String runId, String column, String value)
      throws SQLException {
    return mayHold(c, runId, column, List.of(value)).get(0);
  }

  /**
   * For each of {@code values}, what {@link #mayHold(Connection, String, String, String)} gives it,
   * from one read of the run's filters.
   */
  static List<List<Range>> mayHold(Connection c, String runId, String column, List<String> values)
      throws SQLException {
    if (!column.equals("record_bloom") && !column.equals("unit_type_bloom")) {
      throw new IllegalArgumentException("no filter " + column);
    }
    List<List<Range>> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      out.add(new ArrayList<>());
    }
    boolean any = false;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT first_line_no, last_line_no, "
                + column
                + " FROM run_line_block WHERE run_id = ? ORDER BY block_no")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          any = true;
          long first = rs.getLong(1);
          long last = rs.getLong(2);
          byte[] filter = rs.getBytes(3);
          for (int i = 0; i < values.size(); i++) {
            if (LineBloom.mightContain(filter, values.get(i))) {
              join(out.get(i), first, last);
            }
          }
        }
      }
    }
    if (!any) {
      out.replaceAll(ranges -> List.of(WHOLE_RUN));
    }
    return out;
  }

  /** Adds lines {@code first} to {@code last} to the ranges, joined to the last when adjacent. */
  private static void join(List<Range> ranges, long first, long last) {
    int n = ranges.size();
    if (n > 0 && ranges.get(n - 1).last() + 1 == first) {
      ranges.set(n - 1, new Range(ranges.get(n - 1).first(), last));
    } else {
      ranges.add(new Range(first, last));
    }
  }

  /** What {@link #read} hands each row to. */
  @FunctionalInterface
  interface Rows {
    void read(ResultSet rs) throws SQLException;
  }

  /**
   * Up to {@code size} rows numbered after {@code afterLineNo} within {@code ranges}, in line
   * order: {@code ps} ends with {@code line_no BETWEEN ? AND ? ORDER BY line_no LIMIT ?}, whose
   * three parameters, from {@code at}, are set here for each range in turn until {@code size} rows
   * are read; the parameters before them are the caller's. Returns how many rows were read.
   */
  static int read(
      PreparedStatement ps, int at, List<Range> ranges, long afterLineNo, int size, Rows rows)
      throws SQLException {
    int read = 0;
    for (Range r : ranges) {
      if (read >= size) {
        break;
      }
      if (r.last() <= afterLineNo) {
        continue;
      }
      ps.setLong(at, Math.max(r.first(), afterLineNo + 1));
      ps.setLong(at + 1, r.last());
      ps.setInt(at + 2, size - read);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.read(rs);
          read++;
        }
      }
    }
    return read;
  }

  /**
   * Writes the blocks of a run as its lines are written: a line is {@linkplain #add added} in line
   * order, and a block's row is held from its last line until {@link #send}, which the caller calls
   * when no COPY is open on the connection.
   */
  static final class Writer implements AutoCloseable {

    private final String runId;
    private final int lines;
    private final PreparedStatement insert;
    private final Set<String> records = new HashSet<>();
    private final Set<String> pairs = new HashSet<>();
    private int blockNo;
    private int inBlock;
    private long first;
    private long last;
    private int held;

    Writer(Connection c, String runId) throws SQLException {
      this.runId = runId;
      this.lines = linesPerBlock;
      this.insert =
          c.prepareStatement(
              "INSERT INTO run_line_block (run_id, block_no, first_line_no, last_line_no,"
                  + " record_bloom, unit_type_bloom) VALUES (?, ?, ?, ?, ?, ?)");
    }

    /** Adds the next line of the run to its block, which it ends when full. */
    void add(long lineNo, String recordId, String orgUnit, String activityType)
        throws SQLException {
      if (inBlock == 0) {
        first = lineNo;
      } else if (lineNo <= last) {
        throw new IllegalStateException(
            "trace line " + lineNo + " of run " + runId + " after line " + last);
      }
      last = lineNo;
      records.add(recordId);
      pairs.add(LineBloom.pair(orgUnit, activityType));
      if (++inBlock == lines) {
        end();
      }
    }

    /** Ends the block under way, if it has lines. */
    void end() throws SQLException {
      if (inBlock == 0) {
        return;
      }
      insert.setString(1, runId);
      insert.setInt(2, blockNo++);
      insert.setLong(3, first);
      insert.setLong(4, last);
      insert.setBytes(5, LineBloom.of(records));
      insert.setBytes(6, LineBloom.of(pairs));
      insert.addBatch();
      held++;
      inBlock = 0;
      records.clear();
      pairs.clear();
    }

    /** Sends the ended blocks held. */
    void send() throws SQLException {
      if (held > 0) {
        held = 0;
        insert.executeBatch();
      }
    }

    /** Drops the blocks held and the one under way. */
    void discard() throws SQLException {
      held = 0;
      inBlock = 0;
      records.clear();
      pairs.clear();
      insert.clearBatch();
    }

    @Override
    public void close() throws SQLException {
      insert.close();
    }
  }
}
