package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Edits of a run's packed trace lines behind the service's back, as SQL on the block rows would
 * make them: a block is read, decoded with the public codec, changed and written back.
 */
public final class PackedBlockEdits {

  private PackedBlockEdits() {}

  /** The number of the block of run {@code runId} holding line {@code lineNo}. */
  public static int blockOf(Connection c, String runId, long lineNo) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT block_no FROM run_line_block WHERE run_id = ? AND first_line_no <= ?"
                + " AND last_line_no >= ?")) {
      ps.setString(1, runId);
      ps.setLong(2, lineNo);
      ps.setLong(3, lineNo);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no block of run " + runId + " holds line " + lineNo);
        }
        return rs.getInt(1);
      }
    }
  }

  /** The lines of a block as stored. */
  public static List<PackedLines.Line> lines(Connection c, String runId, int blockNo)
      throws SQLException {
    return PackedLines.decode(runId, blockNo, bytes(c, runId, blockNo));
  }

  /** Line {@code lineNo} of the run as stored. */
  public static PackedLines.Line line(Connection c, String runId, long lineNo) throws SQLException {
    for (PackedLines.Line l : lines(c, runId, blockOf(c, runId, lineNo))) {
      if (l.lineNo() == lineNo) {
        return l;
      }
    }
    throw new IllegalStateException("run " + runId + " has no line " + lineNo);
  }

  /** Replaces line {@code lineNo} of the run by what {@code edit} makes of it. */
  public static void edit(
      Connection c, String runId, long lineNo, UnaryOperator<PackedLines.Line> edit)
      throws SQLException {
    int blockNo = blockOf(c, runId, lineNo);
    List<PackedLines.Line> lines = new ArrayList<>(lines(c, runId, blockNo));
    lines.replaceAll(l -> l.lineNo() == lineNo ? edit.apply(l) : l);
    setBytes(c, runId, blockNo, PackedLines.encode(lines));
  }

  /** Removes line {@code lineNo}, the last of its block, and its block's row says so. */
  public static void removeLast(Connection c, String runId, long lineNo) throws SQLException {
    int blockNo = blockOf(c, runId, lineNo);
    List<PackedLines.Line> lines = new ArrayList<>(lines(c, runId, blockNo));
    if (lines.get(lines.size() - 1).lineNo() != lineNo || lines.size() < 2) {
      throw new IllegalArgumentException("line " + lineNo + " is not the last of a block");
    }
    lines.remove(lines.size() - 1);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE run_line_block SET lines = ?, line_count = ?, last_line_no = ?"
                + " WHERE run_id = ? AND block_no = ?")) {
      ps.setBytes(1, PackedLines.encode(lines));
      ps.setInt(2, lines.size());
      ps.setLong(3, lines.get(lines.size() - 1).lineNo());
      ps.setString(4, runId);
      ps.setInt(5, blockNo);
      ps.executeUpdate();
    }
  }

  /** The stored bytes of a block. */
  public static byte[] bytes(Connection c, String runId, int blockNo) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT lines FROM run_line_block WHERE run_id = ? AND block_no = ?")) {
      ps.setString(1, runId);
      ps.setInt(2, blockNo);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBytes(1);
      }
    }
  }

  /** Stores {@code bytes} as the lines of a block. */
  public static void setBytes(Connection c, String runId, int blockNo, byte[] bytes)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE run_line_block SET lines = ? WHERE run_id = ? AND block_no = ?")) {
      ps.setBytes(1, bytes);
      ps.setString(2, runId);
      ps.setInt(3, blockNo);
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException("run " + runId + " has no block " + blockNo);
      }
    }
  }

  /** The first half of a block's bytes: they never decode, whatever the block. */
  public static byte[] corrupted(byte[] bytes) {
    return java.util.Arrays.copyOf(bytes, bytes.length / 2);
  }
}
