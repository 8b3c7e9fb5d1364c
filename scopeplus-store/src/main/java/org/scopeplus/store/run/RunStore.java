package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.PagedQuery;
import org.scopeplus.store.SingleRow;

/**
 * Reads stored runs, their results and traces. A run's trace lines are stored in one of two layouts
 * ({@code calculation_run.line_layout}): a {@code run_line} row a line (layout 1, every run stored
 * before V84) or packed a block to a {@code run_line_block} row (layout 2, {@link PackedLines});
 * every reader gives the same lines, in the same order, from either.
 */
public final class RunStore {

  public Optional<CalculationRun> byId(Connection c, String tenantId, String id)
      throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", RunStore::read, id, tenantId);
  }

  /**
   * The tenant a run belongs to, for one who holds the whole database (the command line with the
   * service stopped); every other reader names the tenant and uses {@link #byId}.
   */
  public Optional<String> tenantOf(Connection c, String id) throws SQLException {
    return SingleRow.find(
        c, "SELECT tenant_id FROM calculation_run WHERE id = ?", rs -> rs.getString(1), id);
  }

  /** The tenant's runs, newest first, optionally of one period. */
  public Page<CalculationRun> list(
      Connection c, String tenantId, String periodIdOrNull, PageRequest page) throws SQLException {
    return PagedQuery.ofTenant(
        c,
        SELECT,
        "calculation_run",
        tenantId,
        "period_id",
        periodIdOrNull,
        " ORDER BY created_at DESC, id",
        page,
        RunStore::read);
  }

  /** A run's results in one dimension, by item. */
  public List<ResultRow> results(Connection c, CalculationRun run, String dimension)
      throws SQLException {
    List<ResultRow> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + RESULT_COLUMNS
                + " FROM run_result WHERE run_id = ? AND dimension = ? ORDER BY item")) {
      ps.setString(1, run.id());
      ps.setString(2, dimension);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readResult(rs, 1));
        }
      }
    }
    return out;
  }

  /** The run's total. */
  public Totals total(Connection c, CalculationRun run) throws SQLException {
    List<ResultRow> rows = results(c, run, "total");
    return rows.isEmpty() ? Totals.ZERO : rows.get(0).totals();
  }

  /**
   * A page of the run's trace lines, optionally of one activity record: a record's are read from
   * the blocks that may hold them ({@link RunLineBlocks}).
   */
  public Page<TraceLine> lines(
      Connection c, CalculationRun run, String recordIdOrNull, PageRequest page)
      throws SQLException {
    if (recordIdOrNull == null && run.linesPacked()) {
      return packedPage(c, run, page);
    }
    if (recordIdOrNull == null) {
      return PagedQuery.list(
          c,
          "SELECT " + LINE_COLUMNS + LINES_FROM,
          "run_line l",
          " WHERE l.run_id = ?",
          " ORDER BY l.line_no",
          List.of(run.id()),
          page,
          RunStore::readLine);
    }
    List<RunLineBlocks.Range> ranges =
        RunLineBlocks.mayHold(c, run.id(), "record_bloom", recordIdOrNull);
    long wanted = page.offset() + page.size();
    List<TraceLine> read =
        recordLines(
            c,
            run,
            recordIdOrNull,
            ranges,
            Long.MIN_VALUE,
            (int) Math.min(wanted, Integer.MAX_VALUE));
    List<TraceLine> items =
        page.offset() >= read.size()
            ? List.of()
            : new ArrayList<>(read.subList((int) page.offset(), read.size()));
    return new Page<>(items, page.page(), page.size(), lineCount(c, run, recordIdOrNull, ranges));
  }

  /**
   * The run's trace lines numbered after {@code afterLineNo}, at most {@code size} of them, in line
   * order, optionally of one activity record: a keyset page, read through the primary key (run,
   * line number) so its cost does not grow with how far into the run it starts; a record's only
   * from the blocks that may hold them.
   */
  public List<TraceLine> linesAfter(
      Connection c, CalculationRun run, String recordIdOrNull, long afterLineNo, int size)
      throws SQLException {
    if (recordIdOrNull != null) {
      return recordLines(
          c,
          run,
          recordIdOrNull,
          RunLineBlocks.mayHold(c, run.id(), "record_bloom", recordIdOrNull),
          afterLineNo,
          size);
    }
    List<TraceLine> out = new ArrayList<>(Math.min(size, PageRequest.MAX_SIZE));
    if (run.linesPacked()) {
      packedLines(
          c,
          run,
          new PackedBlocks.Plans(c, run.id()),
          null,
          afterLineNo,
          Long.MAX_VALUE,
          size,
          out);
      return out;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + LINE_COLUMNS
                + LINES_FROM
                + " WHERE l.run_id = ? AND l.line_no > ? ORDER BY l.line_no LIMIT ?")) {
      ps.setString(1, run.id());
      ps.setLong(2, afterLineNo);
      ps.setInt(3, size);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readLine(rs));
        }
      }
    }
    return out;
  }

  /** Up to {@code size} lines of the record after {@code afterLineNo} within {@code ranges}. */
  private static List<TraceLine> recordLines(
      Connection c,
      CalculationRun run,
      String recordId,
      List<RunLineBlocks.Range> ranges,
      long afterLineNo,
      int size)
      throws SQLException {
    List<TraceLine> out = new ArrayList<>(Math.min(size, PageRequest.MAX_SIZE));
    if (run.linesPacked()) {
      PackedBlocks.Plans plans = new PackedBlocks.Plans(c, run.id());
      for (RunLineBlocks.Range r : ranges) {
        if (out.size() >= size) {
          break;
        }
        if (r.last() > afterLineNo) {
          long after = r.first() == Long.MIN_VALUE ? afterLineNo : r.first() - 1;
          packedLines(c, run, plans, recordId, Math.max(after, afterLineNo), r.last(), size, out);
        }
      }
      return out;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + LINE_COLUMNS
                + LINES_FROM
                + " WHERE l.run_id = ? AND l.record_id = ? AND l.line_no BETWEEN ? AND ?"
                + " ORDER BY l.line_no LIMIT ?")) {
      ps.setString(1, run.id());
      ps.setString(2, recordId);
      RunLineBlocks.read(ps, 3, ranges, afterLineNo, size, rs -> out.add(readLine(rs)));
    }
    return out;
  }

  /** What {@link #forEachLine} hands each trace line to. */
  @FunctionalInterface
  public interface LineVisitor<E extends Exception> {
    void visit(TraceLine line) throws SQLException, E;
  }

  /**
   * Every trace line of the run in line order, read through one cursor ({@code fetchSize}: the
   * driver holds a thousand rows at a time, inside the caller's transaction) with the run's factor
   * plans read once beforehand: memory is bounded by the plans, not the lines, and the time is
   * linear in the lines whatever the planner's statistics say (paging with {@link #linesAfter}
   * joins the plans again on every page).
   */
  public <E extends Exception> void forEachLine(
      Connection c, CalculationRun run, LineVisitor<E> visitor) throws SQLException, E {
    if (run.linesPacked()) {
      Map<Integer, TraceLine> plans = PackedBlocks.plans(c, run.id());
      PackedBlocks.<E>each(
          c,
          run.id(),
          Long.MIN_VALUE,
          Long.MAX_VALUE,
          lines -> {
            for (PackedLines.Line l : lines) {
              visitor.visit(PackedBlocks.line(run.id(), plans, l));
            }
            return true;
          });
      return;
    }
    Map<Integer, TraceLine> plans = PackedBlocks.plans(c, run.id());
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT line_no, record_id, source, org_unit, activity_type, plan_no, gas_grams,"
                + " co2e_grams, formula FROM run_line WHERE run_id = ? ORDER BY line_no")) {
      ps.setString(1, run.id());
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          visitor.visit(
              PackedBlocks.line(
                  run.id(),
                  plans,
                  new PackedLines.Line(
                      rs.getLong(1),
                      rs.getInt(6),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getLong(7),
                      rs.getLong(8),
                      rs.getString(9))));
        }
      }
    }
  }

  /** What {@link #forEachBlock} hands the lines of each block to. */
  @FunctionalInterface
  public interface BlockVisitor<E extends Exception> {
    void visit(List<TraceLine> lines) throws SQLException, E;
  }

  /**
   * Every trace line of the run in line order, a block at a time (at most {@link
   * RunLineBlocks#LINES} lines), the run's factor plans read once beforehand: memory is bounded by
   * a few blocks. A reader that joins each line with other stored rows reads them a block at a
   * time, in either layout: a packed run's blocks as stored, a run stored a row a line in lists of
   * as many lines.
   */
  public <E extends Exception> void forEachBlock(
      Connection c, CalculationRun run, BlockVisitor<E> visitor) throws SQLException, E {
    if (!run.linesPacked()) {
      List<TraceLine> held = new ArrayList<>(RunLineBlocks.LINES);
      this.<E>forEachLine(
          c,
          run,
          line -> {
            held.add(line);
            if (held.size() == RunLineBlocks.LINES) {
              visitor.visit(held);
              held.clear();
            }
          });
      if (!held.isEmpty()) {
        visitor.visit(held);
      }
      return;
    }
    Map<Integer, TraceLine> plans = PackedBlocks.plans(c, run.id());
    PackedBlocks.<E>each(
        c,
        run.id(),
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        lines -> {
          List<TraceLine> out = new ArrayList<>(lines.size());
          for (PackedLines.Line l : lines) {
            out.add(PackedBlocks.line(run.id(), plans, l));
          }
          visitor.visit(out);
          return true;
        });
  }

  /** How many trace lines the run has of one activity record. */
  public long lineCount(Connection c, CalculationRun run, String recordId) throws SQLException {
    return lineCount(
        c, run, recordId, RunLineBlocks.mayHold(c, run.id(), "record_bloom", recordId));
  }

  private static long lineCount(
      Connection c, CalculationRun run, String recordId, List<RunLineBlocks.Range> ranges)
      throws SQLException {
    long[] count = {0};
    if (run.linesPacked()) {
      for (RunLineBlocks.Range r : ranges) {
        PackedBlocks.<RuntimeException>each(
            c,
            run.id(),
            r.first(),
            r.last(),
            lines -> {
              for (PackedLines.Line l : lines) {
                if (l.recordId().equals(recordId) && l.lineNo() >= r.first()) {
                  count[0] += l.lineNo() <= r.last() ? 1 : 0;
                }
              }
              return true;
            });
      }
      return count[0];
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM run_line WHERE run_id = ? AND record_id = ?"
                + " AND line_no BETWEEN ? AND ?")) {
      ps.setString(1, run.id());
      ps.setString(2, recordId);
      for (RunLineBlocks.Range r : ranges) {
        ps.setLong(3, r.first());
        ps.setLong(4, r.last());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          count[0] += rs.getLong(1);
        }
      }
    }
    return count[0];
  }

  /**
   * Adds to {@code out}, until it holds {@code size}, the packed lines of the run numbered after
   * {@code afterLineNo} up to {@code last}, of record {@code recordIdOrNull} or of any.
   */
  private static void packedLines(
      Connection c,
      CalculationRun run,
      PackedBlocks.Plans plans,
      String recordIdOrNull,
      long afterLineNo,
      long last,
      int size,
      List<TraceLine> out)
      throws SQLException {
    if (out.size() >= size || afterLineNo == Long.MAX_VALUE) {
      return;
    }
    List<PackedLines.Line> found = new ArrayList<>();
    int wanted = size - out.size();
    PackedBlocks.<RuntimeException>each(
        c,
        run.id(),
        afterLineNo + 1,
        last,
        lines -> {
          for (PackedLines.Line l : lines) {
            if (l.lineNo() > afterLineNo
                && l.lineNo() <= last
                && (recordIdOrNull == null || l.recordId().equals(recordIdOrNull))) {
              found.add(l);
              if (found.size() >= wanted) {
                return false;
              }
            }
          }
          return true;
        });
    out.addAll(plans.lines(found));
  }

  /**
   * A page of the packed lines of the run: the blocks are counted from their rows' line counts, and
   * only those holding the page's lines are read.
   */
  private static Page<TraceLine> packedPage(Connection c, CalculationRun run, PageRequest page)
      throws SQLException {
    List<PackedBlocks.Place> places = PackedBlocks.places(c, run.id());
    long total = 0;
    long skip = page.offset();
    long fromLineNo = Long.MAX_VALUE;
    int skipInBlock = 0;
    for (PackedBlocks.Place p : places) {
      if (fromLineNo == Long.MAX_VALUE && skip < total + p.lineCount()) {
        fromLineNo = p.firstLineNo();
        skipInBlock = (int) (skip - total);
      }
      total += p.lineCount();
    }
    List<TraceLine> items = new ArrayList<>(Math.min(page.size(), PageRequest.MAX_SIZE));
    if (fromLineNo != Long.MAX_VALUE) {
      // the lines before the page in its first block are read and left
      packedLines(
          c,
          run,
          new PackedBlocks.Plans(c, run.id()),
          null,
          fromLineNo - 1,
          Long.MAX_VALUE,
          skipInBlock + page.size(),
          items);
      items = new ArrayList<>(items.subList(Math.min(skipInBlock, items.size()), items.size()));
    }
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** The columns of a stored result, in the order {@link #readResult} reads them. */
  static final String RESULT_COLUMNS =
      "dimension, item, scope1, scope2_location, scope2_market, scope3, biogenic_co2,"
          + " montreal_memo";

  /**
   * The columns of a trace line, in the order {@link #readLine} reads them: the line's own ({@code
   * l}) and its factor plan's ({@code p}), read through {@link #LINES_FROM}.
   */
  static final String LINE_COLUMNS =
      "l.line_no, l.record_id, l.source, l.org_unit, l.activity_type, p.scope, p.category,"
          + " p.method, p.gas, p.biogenic, l.gas_grams, l.co2e_grams, p.factor_id,"
          + " p.factor_library, p.citation, p.factor_note, l.formula";

  /** The trace lines ({@code l}) with their factor plans ({@code p}). */
  static final String LINES_FROM =
      " FROM run_line l JOIN run_line_plan p ON p.run_id = l.run_id AND p.plan_no = l.plan_no";

  private static final String SELECT =
      "SELECT id, tenant_id, period_id, gwp_set, consolidation, engine_version, manifest,"
          + " result_sha256, record_count, line_count, created_by, created_at, rows_sha256,"
          + " line_layout FROM"
          + " calculation_run";

  /** A result from {@link #RESULT_COLUMNS}, the first of them at column {@code first}. */
  static ResultRow readResult(ResultSet rs, int first) throws SQLException {
    return new ResultRow(
        rs.getString(first),
        rs.getString(first + 1),
        new Totals(
            rs.getLong(first + 2),
            rs.getLong(first + 3),
            rs.getLong(first + 4),
            rs.getLong(first + 5),
            rs.getLong(first + 6),
            rs.getLong(first + 7)));
  }

  /** A trace line from a row of {@link #LINE_COLUMNS}. */
  static TraceLine readLine(ResultSet rs) throws SQLException {
    return new TraceLine(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getInt(6),
        rs.getInt(7),
        rs.getString(8),
        rs.getString(9),
        rs.getBoolean(10),
        rs.getLong(11),
        rs.getLong(12),
        rs.getString(13),
        rs.getString(14),
        rs.getString(15),
        rs.getString(16),
        rs.getString(17));
  }

  private static CalculationRun read(ResultSet rs) throws SQLException {
    return new CalculationRun(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getLong(9),
        rs.getLong(10),
        rs.getString(11),
        rs.getTimestamp(12).toInstant(),
        rs.getString(13),
        rs.getInt(14));
  }
}
