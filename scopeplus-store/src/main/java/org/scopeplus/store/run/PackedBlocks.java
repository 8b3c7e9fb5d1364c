package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the trace lines of a run stored packed in its blocks' rows (layout 2, {@link PackedLines}):
 * the blocks covering a range of line numbers, a few at a time in block order, so a run of millions
 * of lines is read with a bounded heap. Every block read is checked against its row: as many lines
 * as {@code line_count}, the first and last numbered {@code first_line_no} and {@code
 * last_line_no}; a block that is not is refused, naming the run and block.
 */
final class PackedBlocks {

  /** Blocks read a query: up to a few hundred KB each. */
  static final int BLOCKS_A_QUERY = 4;

  private PackedBlocks() {}

  /** The layout of run {@code runId}'s trace lines ({@link TraceLineRows#ROWS} when unknown). */
  static int layout(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT line_layout FROM calculation_run WHERE id = ?")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : TraceLineRows.ROWS;
      }
    }
  }

  /** Whether run {@code runId}'s lines are packed in its blocks. */
  static boolean packed(Connection c, String runId) throws SQLException {
    return layout(c, runId) == TraceLineRows.PACKED;
  }

  /** What {@link #each} hands the lines of each block to; false stops the reading. */
  @FunctionalInterface
  interface Block<E extends Exception> {
    boolean read(List<PackedLines.Line> lines) throws SQLException, E;
  }

  /**
   * The lines, block by block in line order, of the run's blocks holding a line numbered {@code
   * from} to {@code to} (the whole blocks: the caller keeps the lines it wants).
   */
  static <E extends Exception> void each(
      Connection c, String runId, long from, long to, Block<E> block) throws SQLException, E {
    int after = -1;
    while (true) {
      int read = 0;
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT block_no, first_line_no, last_line_no, line_count, lines FROM"
                  + " run_line_block WHERE run_id = ? AND block_no > ? AND last_line_no >= ?"
                  + " AND first_line_no <= ? ORDER BY block_no FETCH FIRST "
                  + BLOCKS_A_QUERY
                  + " ROWS ONLY")) {
        ps.setString(1, runId);
        ps.setInt(2, after);
        ps.setLong(3, from);
        ps.setLong(4, to);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            read++;
            after = rs.getInt(1);
            List<PackedLines.Line> lines = decode(runId, rs);
            if (!block.read(lines)) {
              return;
            }
          }
        }
      }
      if (read < BLOCKS_A_QUERY) {
        return;
      }
    }
  }

  /** The lines of the block in the current row of {@code rs} (the columns {@link #each} reads). */
  private static List<PackedLines.Line> decode(String runId, ResultSet rs) throws SQLException {
    int blockNo = rs.getInt(1);
    long first = rs.getLong(2);
    long last = rs.getLong(3);
    int count = rs.getInt(4);
    boolean noCount = rs.wasNull();
    byte[] bytes = rs.getBytes(5);
    if (bytes == null || noCount) {
      throw new TraceBlockUnreadable(
          runId, blockNo, "block " + blockNo + " of run " + runId + " has no packed trace lines");
    }
    List<PackedLines.Line> lines = PackedLines.decode(runId, blockNo, bytes);
    if (lines.size() != count
        || lines.get(0).lineNo() != first
        || lines.get(lines.size() - 1).lineNo() != last) {
      throw new TraceBlockUnreadable(
          runId,
          blockNo,
          "block "
              + blockNo
              + " of run "
              + runId
              + " holds lines "
              + lines.get(0).lineNo()
              + " to "
              + lines.get(lines.size() - 1).lineNo()
              + " ("
              + lines.size()
              + "), its row says "
              + first
              + " to "
              + last
              + " ("
              + count
              + ")");
    }
    return lines;
  }

  /** A block's place: its number, first line number and count of lines. */
  record Place(int blockNo, long firstLineNo, int lineCount) {}

  /** The places of the run's blocks, in order, without their lines. */
  static List<Place> places(Connection c, String runId) throws SQLException {
    List<Place> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT block_no, first_line_no, line_count FROM run_line_block WHERE run_id = ?"
                + " ORDER BY block_no")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Place(rs.getInt(1), rs.getLong(2), rs.getInt(3)));
        }
      }
    }
    return out;
  }

  /**
   * The run's factor plans by number, each as a trace line holding only the plan's columns (scope,
   * category, method, gas, biogenic, factor, library, citation and note).
   */
  static Map<Integer, TraceLine> plans(Connection c, String runId) throws SQLException {
    Map<Integer, TraceLine> plans = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(PLAN_SELECT)) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plans.put(rs.getInt(1), plan(rs));
        }
      }
    }
    return plans;
  }

  /** The run's factor plans, read by {@link #plan}; the run is the first parameter. */
  static final String PLAN_SELECT =
      "SELECT plan_no, scope, category, method, gas, biogenic, factor_id, factor_library,"
          + " citation, factor_note FROM run_line_plan WHERE run_id = ?";

  /** The plan of a row of {@code plan_no, scope, ..., factor_note}, as a trace line of it. */
  static TraceLine plan(ResultSet rs) throws SQLException {
    return new TraceLine(
        0,
        "",
        "",
        "",
        "",
        rs.getInt(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        rs.getBoolean(6),
        0,
        0,
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        "");
  }

  /** The trace line of a packed line with its plan, refused when the run has no such plan. */
  static TraceLine line(String runId, Map<Integer, TraceLine> plans, PackedLines.Line l)
      throws SQLException {
    TraceLine plan = plans.get(l.planNo());
    if (plan == null) {
      throw new SQLException(
          "trace line " + l.lineNo() + " of run " + runId + " names no factor plan");
    }
    return l.with(plan);
  }

  /**
   * A run's factor plans, read as its lines need them: only the plans of the lines asked for, in
   * one query for each batch of lines (a run may have thousands of plans, a look-up needs a few).
   */
  static final class Plans {
    private final Connection c;
    private final String runId;
    private final Map<Integer, TraceLine> plans = new HashMap<>();

    Plans(Connection c, String runId) {
      this.c = c;
      this.runId = runId;
    }

    /** The trace lines of packed lines, in their order, with their plans. */
    List<TraceLine> lines(List<PackedLines.Line> lines) throws SQLException {
      java.util.Set<Integer> missing = new java.util.TreeSet<>();
      for (PackedLines.Line l : lines) {
        if (!plans.containsKey(l.planNo())) {
          missing.add(l.planNo());
        }
      }
      if (!missing.isEmpty()) {
        read(missing);
      }
      List<TraceLine> out = new ArrayList<>(lines.size());
      for (PackedLines.Line l : lines) {
        out.add(line(runId, plans, l));
      }
      return out;
    }

    private void read(java.util.Set<Integer> planNos) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(PLAN_SELECT + " AND plan_no = ANY(?)")) {
        java.sql.Array array = c.createArrayOf("INTEGER", planNos.toArray());
        try {
          ps.setString(1, runId);
          ps.setArray(2, array);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              plans.put(rs.getInt(1), plan(rs));
            }
          }
        } finally {
          array.free();
        }
      }
    }
  }
}
