package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.store.FieldDigest;
import org.scopeplus.store.HashBytes;

/**
 * The SHA-256 of a run's stored rows, recorded in the run's audit entry: computed while a run
 * writes its lines and results and again, row by row from the database, when the audit trail is
 * checked; a result, a trace line or a factor plan edited, added or removed in between gives
 * another hash. Unlike the run's result hash, which compares runs with each other, it covers every
 * stored column (the citation and the factor note too). The layout a run was hashed with is stored
 * with it ({@code calculation_run.rows_digest_version}), so runs hashed before a new layout still
 * check.
 *
 * <ul>
 *   <li><b>Version 1</b> ({@link V1}): every trace line in line order with its plan's columns, then
 *       every result in the order the run stored them ({@code row_no}), each with every column as
 *       text, length-prefixed ({@link FieldDigest}). A plan's citation and note are hashed again
 *       for every line of it.
 *   <li><b>Version 2</b>: three SHA-256 over binary rows, each text its four-byte UTF-8 length and
 *       its bytes, each number eight (or four) big-endian bytes: the factor plans in plan number
 *       order (plan number, scope, category, method, gas, biogenic flag as one byte, factor,
 *       library, citation, note), the lines in line order (line number, plan number, record,
 *       source, org unit, activity type, gas grams, CO2e grams, formula) and the results in {@code
 *       row_no} order (position, dimension, item, the six totals). The hash is the SHA-256 of the
 *       ASCII {@code scopeplus-run-rows-v2\n} followed by the three. Each plan is hashed once, a
 *       line only with its own columns, and no number is written as text.
 *   <li><b>Version 3</b>: version 2's three hashes and a fourth over the run's cells (table {@code
 *       run_cell}, what the inventory explorer sums) in {@code cell_no} order (cell number, org
 *       unit, facility, activity type, month, gas, scope, category, the six totals), after the
 *       ASCII {@code scopeplus-run-rows-v3\n}: a cell edited behind the service's back changes what
 *       the explorer shows, so it changes the hash too.
 *   <li><b>Version 4</b> (new runs): version 3's four hashes and a fifth over the run's year-rule
 *       warnings (table {@code run_factor_year}, listed beside the run's totals) in {@code
 *       warning_no} order (warning number, factor, first and last day it describes as ISO dates,
 *       activity year, earlier flag as one byte, the six totals), after the ASCII {@code
 *       scopeplus-run-rows-v4\n}: a warning edited or removed changes what the run says about the
 *       factors under its totals.
 * </ul>
 */
public final class StoredRunDigest {

  /** The layout new runs are hashed with. */
  public static final int VERSION = 4;

  private final int version;
  private final HashBytes plans = new HashBytes();
  private final HashBytes lines = new HashBytes();
  private final HashBytes results = new HashBytes();
  private final HashBytes cells = new HashBytes();
  private final HashBytes factorYears = new HashBytes();

  /** A hash in the layout new runs are hashed with ({@link #VERSION}). */
  StoredRunDigest() {
    this(VERSION);
  }

  /** A hash in layout 2 (without the cells), 3 (without the year-rule warnings) or 4. */
  StoredRunDigest(int version) {
    if (version < 2 || version > 4) {
      throw new IllegalArgumentException("no stored-rows layout " + version + " in binary rows");
    }
    this.version = version;
  }

  /** Adds the next factor plan, numbered {@code planNo}, with the columns of its first line. */
  void plan(int planNo, TraceLine t) {
    plans
        .int32(planNo)
        .int32(t.scope())
        .int32(t.category())
        .sized(t.method())
        .sized(t.gas())
        .ascii(t.biogenic() ? '1' : '0')
        .sized(t.factorId())
        .sized(t.factorLibrary())
        .sized(t.citation())
        .sized(t.factorNote());
  }

  /** Adds the next trace line, stored with plan {@code planNo}. */
  void line(TraceLine t, int planNo) {
    lines
        .int64(t.lineNo())
        .int32(planNo)
        .sized(t.recordId())
        .sized(t.source())
        .sized(t.orgUnit())
        .sized(t.activityType())
        .int64(t.gasGrams())
        .int64(t.co2eGrams())
        .sized(t.formula());
  }

  /** Adds the next result, stored at position {@code rowNo}. */
  void result(int rowNo, ResultRow r) {
    totals(results.int32(rowNo).sized(r.dimension()).sized(r.item()), r.totals());
  }

  /** Adds the six totals in their stored order, eight big-endian bytes each. */
  private static void totals(HashBytes into, Totals t) {
    into.int64(t.scope1())
        .int64(t.scope2Location())
        .int64(t.scope2Market())
        .int64(t.scope3())
        .int64(t.biogenicCo2())
        .int64(t.montrealMemo());
  }

  /** Adds the next cell, stored at position {@code cellNo}; layout 2 ignores the cells. */
  void cell(int cellNo, RunCells.Cell k, long[] grams) {
    cells
        .int32(cellNo)
        .sized(k.orgUnit())
        .sized(k.facility())
        .sized(k.activityType())
        .sized(k.month())
        .sized(k.gas())
        .int32(k.scope())
        .int32(k.category());
    for (int i = 0; i < 6; i++) {
      cells.int64(grams[i]);
    }
  }

  /**
   * Adds the next year-rule warning, stored at position {@code warningNo}; layouts 2 and 3 ignore
   * them.
   */
  void factorYear(int warningNo, RunFactorYears.Warning w) {
    totals(
        factorYears
            .int32(warningNo)
            .sized(w.factorId())
            .sized(w.validFrom().toString())
            .sized(w.validTo().toString())
            .int32(w.activityYear())
            .ascii(w.earlier() ? '1' : '0'),
        w.emissions());
  }

  /** The hex hash of the rows added so far; the digest cannot be used afterwards. */
  String hex() {
    HashBytes all = new HashBytes();
    all.bytes(
        ("scopeplus-run-rows-v" + version + "\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    all.bytes(plans.digest());
    all.bytes(lines.digest());
    all.bytes(results.digest());
    if (version >= 3) {
      all.bytes(cells.digest());
    }
    if (version >= 4) {
      all.bytes(factorYears.digest());
    }
    return all.hex();
  }

  /**
   * Recomputes the hash of a run's rows as stored now, in the layout recorded with the run,
   * streaming them so a run of millions of trace lines is never held in memory (on PostgreSQL the
   * connection must not be in auto-commit). A run that is not stored hashes as one without rows.
   */
  public static String of(Connection c, String runId) throws SQLException {
    int version = version(c, runId);
    return version == 1 ? V1.of(c, runId) : ofBinaryRows(c, runId, version);
  }

  private static int version(Connection c, String runId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT rows_digest_version FROM calculation_run WHERE id = ?")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : VERSION;
      }
    }
  }

  private static String ofBinaryRows(Connection c, String runId, int version) throws SQLException {
    StoredRunDigest digest = new StoredRunDigest(version);
    FieldDigest.eachRow(
        c,
        PackedBlocks.PLAN_SELECT + " ORDER BY plan_no",
        runId,
        rs -> digest.plan(rs.getInt(1), PackedBlocks.plan(rs)));
    // a packed run's lines are read from its blocks; its run_line rows, none unless added behind
    // the service's back, are read after them as a run stored a row a line reads them
    if (PackedBlocks.packed(c, runId)) {
      PackedBlocks.<RuntimeException>each(
          c,
          runId,
          Long.MIN_VALUE,
          Long.MAX_VALUE,
          lines -> {
            for (PackedLines.Line l : lines) {
              digest.line(
                  new TraceLine(
                      l.lineNo(),
                      l.recordId(),
                      l.source(),
                      l.orgUnit(),
                      l.activityType(),
                      0,
                      0,
                      "",
                      "",
                      false,
                      l.gasGrams(),
                      l.co2eGrams(),
                      "",
                      "",
                      "",
                      "",
                      l.formula()),
                  l.planNo());
            }
            return true;
          });
    }
    FieldDigest.eachRow(
        c,
        "SELECT line_no, plan_no, record_id, source, org_unit, activity_type, gas_grams,"
            + " co2e_grams, formula FROM run_line WHERE run_id = ? ORDER BY line_no",
        runId,
        rs ->
            digest.line(
                new TraceLine(
                    rs.getLong(1),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    0,
                    0,
                    "",
                    "",
                    false,
                    rs.getLong(7),
                    rs.getLong(8),
                    "",
                    "",
                    "",
                    "",
                    rs.getString(9)),
                rs.getInt(2)));
    FieldDigest.eachRow(
        c,
        "SELECT row_no, "
            + RunStore.RESULT_COLUMNS
            + " FROM run_result WHERE run_id = ? ORDER BY row_no, dimension, item",
        runId,
        rs -> digest.result(rs.getInt(1), RunStore.readResult(rs, 2)));
    if (version >= 3) {
      long[] grams = new long[6];
      FieldDigest.eachRow(
          c,
          "SELECT cell_no, org_unit, facility, activity_type, month_key, gas, scope, category,"
              + " scope1, scope2_location, scope2_market, scope3, biogenic_co2, montreal_memo"
              + " FROM run_cell WHERE run_id = ? ORDER BY cell_no",
          runId,
          rs -> {
            for (int i = 0; i < 6; i++) {
              grams[i] = rs.getLong(9 + i);
            }
            digest.cell(
                rs.getInt(1),
                new RunCells.Cell(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getInt(7),
                    rs.getInt(8)),
                grams);
          });
    }
    if (version >= 4) {
      int[] no = {0};
      for (RunFactorYears.Warning w : RunFactorYears.of(c, runId)) {
        digest.factorYear(no[0]++, w);
      }
    }
    return digest.hex();
  }

  /**
   * Version 1 of the layout: every trace line in line order with every column of it and its plan,
   * then every result, each column as text, length-prefixed. Runs stored before version 2 were
   * hashed this way and are checked this way.
   */
  static final class V1 {

    private final FieldDigest fields = new FieldDigest();

    /** Adds the next trace line. */
    void line(TraceLine t) {
      fields.add("line");
      fields.add(Long.toString(t.lineNo()));
      fields.add(t.recordId());
      fields.add(t.source());
      fields.add(t.orgUnit());
      fields.add(t.activityType());
      fields.add(Integer.toString(t.scope()));
      fields.add(Integer.toString(t.category()));
      fields.add(t.method());
      fields.add(t.gas());
      fields.add(Boolean.toString(t.biogenic()));
      fields.add(Long.toString(t.gasGrams()));
      fields.add(Long.toString(t.co2eGrams()));
      fields.add(t.factorId());
      fields.add(t.factorLibrary());
      fields.add(t.citation());
      fields.add(t.factorNote());
      fields.add(t.formula());
    }

    /** Adds the next result, stored at position {@code rowNo}. */
    void result(int rowNo, ResultRow r) {
      Totals t = r.totals();
      fields.add("result");
      fields.add(Integer.toString(rowNo));
      fields.add(r.dimension());
      fields.add(r.item());
      fields.add(Long.toString(t.scope1()));
      fields.add(Long.toString(t.scope2Location()));
      fields.add(Long.toString(t.scope2Market()));
      fields.add(Long.toString(t.scope3()));
      fields.add(Long.toString(t.biogenicCo2()));
      fields.add(Long.toString(t.montrealMemo()));
    }

    /** The hex hash of the rows added so far; the digest cannot be used afterwards. */
    String hex() {
      return fields.hex();
    }

    /** Recomputes the version 1 hash of a run's rows as stored now. */
    static String of(Connection c, String runId) throws SQLException {
      V1 digest = new V1();
      FieldDigest.eachRow(
          c,
          "SELECT "
              + RunStore.LINE_COLUMNS
              + RunStore.LINES_FROM
              + " WHERE l.run_id = ? ORDER BY l.line_no",
          runId,
          rs -> digest.line(RunStore.readLine(rs)));
      FieldDigest.eachRow(
          c,
          "SELECT row_no, "
              + RunStore.RESULT_COLUMNS
              + " FROM run_result WHERE run_id = ? ORDER BY row_no, dimension, item",
          runId,
          rs -> digest.result(rs.getInt(1), RunStore.readResult(rs, 2)));
      return digest.hex();
    }
  }
}
