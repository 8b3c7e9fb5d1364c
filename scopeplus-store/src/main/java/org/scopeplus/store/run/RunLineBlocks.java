package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * The blocks of a run's trace lines ({@code run_line_block}, V81): each block of {@link #LINES}
 * consecutive lines is summarised by its first and last line numbers and two {@link LineBloom}
 * filters, of its lines' record ids (of {@link LineBloom#FIXED_BITS} bits, which PostgreSQL tests
 * itself) and of their (org unit, activity type) pairs. They stand in for two indexes on {@code
 * run_line} that cost the run a write per line each: a reader asks which blocks may hold a record's
 * (or a unit and type's) lines, then reads only those line ranges by the primary key with the exact
 * condition. A run stored without blocks (before V81) is read as one range, all of it.
 *
 * <p>Since V84 a block's row of a run in layout 2 also holds the block's lines ({@code lines},
 * {@link PackedLines}, and {@code line_count}): the ranges the filters give are then read by
 * decoding those blocks ({@link PackedBlocks}), not through {@code run_line}.
 */
final class RunLineBlocks {

  /**
   * Lines a block: a run of 1,590,851 lines has 389 blocks (1.6 MB of record filters of 4 KB, whose
   * bits PostgreSQL tests without handing them over), and a record's look-up reads a few candidate
   * blocks by the primary key (BENCHMARKS.md). Fewer lines a block mean more filter rows for about
   * as many lines read; more mean more lines read for each candidate.
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
   * For each of {@code values}, what {@link #mayHold(Connection, String, String, String)} gives it.
   * On PostgreSQL the database tests the values' bits in the filters of {@link
   * LineBloom#FIXED_BITS} bits itself ({@code get_bit}) and hands back only the blocks whose filter
   * may hold one of them, and every filter of another size (stored before, or a pair filter), which
   * are tested here; on H2 every filter is read and tested here.
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
    if (c.isWrapperFor(PGConnection.class)) {
      for (int from = 0; from < values.size(); from += VALUES_A_QUERY) {
        int to = Math.min(values.size(), from + VALUES_A_QUERY);
        any |= read(c, runId, column, values, from, to, out);
      }
      any = any || hasBlocks(c, runId);
    } else {
      any = read(c, runId, column, values, 0, values.size(), out);
    }
    if (!any) {
      out.replaceAll(ranges -> List.of(WHOLE_RUN));
    }
    return out;
  }

  /** Values whose bits one query tests on PostgreSQL: 7 parameters each. */
  static final int VALUES_A_QUERY = 100;

  /**
   * Reads the run's blocks whose filter may hold one of {@code values} from {@code from} to {@code
   * to} (on PostgreSQL, tested by the database when the filter has {@link LineBloom#FIXED_BITS}
   * bits; on H2 every block), tests them here and adds each block to the ranges of the values it
   * may hold. Returns whether any block was read.
   */
  private static boolean read(
      Connection c,
      String runId,
      String column,
      List<String> values,
      int from,
      int to,
      List<List<Range>> out)
      throws SQLException {
    boolean postgres = c.isWrapperFor(PGConnection.class);
    StringBuilder sql =
        new StringBuilder("SELECT first_line_no, last_line_no, ")
            .append(column)
            .append(" FROM run_line_block WHERE run_id = ?");
    if (postgres) {
      // a filter of another size, or of another format, comes back whole to be tested here
      sql.append(" AND CASE WHEN octet_length(")
          .append(column)
          .append(") <> ")
          .append(1 + LineBloom.FIXED_BITS / 8)
          .append(" THEN TRUE WHEN get_byte(")
          .append(column)
          .append(", 0) <> ")
          .append(LineBloom.FORMAT)
          .append(" THEN TRUE ELSE ");
      for (int i = from; i < to; i++) {
        sql.append(i == from ? "(" : " OR (");
        for (int j = 0; j < LineBloom.HASHES; j++) {
          sql.append(j == 0 ? "" : " AND ").append("get_bit(").append(column).append(", ?) = 1");
        }
        sql.append(')');
      }
      sql.append(" END");
    }
    sql.append(" ORDER BY block_no");
    boolean any = false;
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      ps.setString(1, runId);
      if (postgres) {
        int at = 2;
        for (int i = from; i < to; i++) {
          for (int bit : LineBloom.fixedPositions(values.get(i))) {
            ps.setInt(at++, bit);
          }
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          any = true;
          long first = rs.getLong(1);
          long last = rs.getLong(2);
          byte[] filter = rs.getBytes(3);
          for (int i = from; i < to; i++) {
            if (LineBloom.mightContain(filter, values.get(i))) {
              join(out.get(i), first, last);
            }
          }
        }
      }
    }
    return any;
  }

  /** Whether the run was stored with blocks (since V81). */
  private static boolean hasBlocks(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM run_line_block WHERE run_id = ? FETCH FIRST 1 ROW ONLY")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
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
    private final PackedLines.Encoder packed;
    private byte[] records = LineBloom.fixed();
    private final Set<String> pairs = new HashSet<>();
    private String lastRecord;
    private String lastUnit;
    private String lastType;
    private int blockNo;
    private int inBlock;
    private long first;
    private long last;
    private int held;

    /** Writes the blocks of a run whose lines are stored as {@code run_line} rows (layout 1). */
    Writer(Connection c, String runId) throws SQLException {
      this(c, runId, false);
    }

    /**
     * Writes the blocks of a run; {@code packed}: each block's row carries its lines ({@link
     * PackedLines}, layout 2), which are {@linkplain #pack added} instead of {@linkplain #add
     * summarised}.
     */
    Writer(Connection c, String runId, boolean packed) throws SQLException {
      this.runId = runId;
      this.lines = linesPerBlock;
      this.packed =
          packed ? new PackedLines.Encoder(PackedLines.deflating && !compressesLines(c)) : null;
      this.insert =
          c.prepareStatement(
              "INSERT INTO run_line_block (run_id, block_no, first_line_no, last_line_no,"
                  + " record_bloom, unit_type_bloom, line_count, lines)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Whether the database compresses {@code run_line_block.lines} itself with lz4 (V85 on a
     * PostgreSQL server built with lz4), so a block is written as encoded; elsewhere (H2, a server
     * without lz4) the service deflates it.
     */
    private static boolean compressesLines(Connection c) throws SQLException {
      if (!c.isWrapperFor(PGConnection.class)) {
        return false;
      }
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT attcompression FROM pg_attribute WHERE attrelid ="
                      + " 'run_line_block'::regclass AND attname = 'lines'");
          ResultSet rs = ps.executeQuery()) {
        return rs.next() && "l".equals(rs.getString(1));
      }
    }

    /** Adds the next line of the run, plan {@code planNo}, to its packed block. */
    void pack(TraceLine t, int planNo) throws SQLException {
      packed.add(
          t.lineNo(),
          planNo,
          t.recordId(),
          t.source(),
          t.orgUnit(),
          t.activityType(),
          t.gasGrams(),
          t.co2eGrams(),
          t.formula());
      add(t.lineNo(), t.recordId(), t.orgUnit(), t.activityType());
    }

    /** The ended blocks held, not yet sent. */
    int held() {
      return held;
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
      // a record's lines are consecutive and of one unit and type: each is put in once a block
      if (inBlock == 0 || !recordId.equals(lastRecord)) {
        LineBloom.put(records, recordId);
        lastRecord = recordId;
      }
      if (inBlock == 0
          || !Objects.equals(orgUnit, lastUnit)
          || !Objects.equals(activityType, lastType)) {
        pairs.add(LineBloom.pair(orgUnit, activityType));
        lastUnit = orgUnit;
        lastType = activityType;
      }
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
      insert.setBytes(5, records);
      insert.setBytes(6, LineBloom.of(pairs));
      if (packed == null) {
        insert.setNull(7, java.sql.Types.INTEGER);
        insert.setNull(8, java.sql.Types.VARBINARY);
      } else {
        insert.setInt(7, packed.count());
        insert.setBytes(8, packed.finish());
      }
      insert.addBatch();
      held++;
      inBlock = 0;
      records = LineBloom.fixed();
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
      records = LineBloom.fixed();
      pairs.clear();
      if (packed != null && packed.count() > 0) {
        packed.finish();
      }
      insert.clearBatch();
    }

    @Override
    public void close() throws SQLException {
      try {
        insert.close();
      } finally {
        if (packed != null) {
          packed.close();
        }
      }
    }
  }
}
