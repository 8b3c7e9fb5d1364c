package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.inventory.InventoryAccumulator;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.store.BulkRows;

/**
 * A run's results by org unit, facility, activity type, month and gas together (table {@code
 * run_cell}), made as the run calculates and summed here by any one of them, within a part of the
 * org tree, a facility or an activity type, and for a scope, a Scope 3 category or a gas: what the
 * console's inventory explorer drills through. The trace lines of a drilled-down cell are read
 * through the {@code run_line_unit_type} index, a page at a time.
 */
public final class RunCells {

  /** What the cells are summed by: the column of each. */
  public enum By {
    ORG_UNIT("org_unit"),
    FACILITY("facility"),
    ACTIVITY_TYPE("activity_type"),
    MONTH("month_key"),
    GAS("gas");

    final String column;

    By(String column) {
      this.column = column;
    }
  }

  /** The key of one cell. */
  record Cell(
      String orgUnit,
      String facility,
      String activityType,
      String month,
      String gas,
      int scope,
      int category) {
    /**
     * The cell of {@code line} in calendar month {@code month} ({@code 2024-03}): a record over
     * several months has a part in each, spread as the run's month results are ({@link
     * org.scopeplus.core.inventory.MonthSpread}), so the month cells add up to the month results.
     */
    static Cell of(ResultLine line, String month) {
      return new Cell(
          line.record().orgUnit(),
          line.record().facility(),
          line.type().key(),
          month,
          line.gas().id(),
          line.type().scope().number(),
          line.type().category());
    }

    // written out: the record's generated methods go through method handles, and a run looks a
    // cell up for every month of every trace line

    @Override
    public int hashCode() {
      int h = java.util.Objects.hashCode(orgUnit);
      h = 31 * h + java.util.Objects.hashCode(facility);
      h = 31 * h + java.util.Objects.hashCode(activityType);
      h = 31 * h + java.util.Objects.hashCode(month);
      h = 31 * h + java.util.Objects.hashCode(gas);
      h = 31 * h + scope;
      return 31 * h + category;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cell c
          && scope == c.scope
          && category == c.category
          && java.util.Objects.equals(orgUnit, c.orgUnit)
          && java.util.Objects.equals(facility, c.facility)
          && java.util.Objects.equals(activityType, c.activityType)
          && java.util.Objects.equals(month, c.month)
          && java.util.Objects.equals(gas, c.gas);
    }
  }

  /**
   * Which cells to sum; each null field takes all.
   *
   * @param orgUnit an org unit's path: the unit and everything below it
   * @param facility a facility
   * @param activityType an activity type's key
   * @param scope 1, 2 or 3
   * @param category a Scope 3 category, 1 to 15
   * @param gas a gas id, e.g. CO2
   */
  public record Filter(
      String orgUnit,
      String facility,
      String activityType,
      Integer scope,
      Integer category,
      String gas) {

    /** Every cell of the run. */
    public static final Filter ALL = new Filter(null, null, null, null, null, null);

    private String where(List<Object> args) {
      StringBuilder w = new StringBuilder();
      if (orgUnit != null) {
        w.append(" AND (org_unit = ? OR org_unit LIKE ?)");
        args.add(orgUnit);
        args.add(likePrefix(orgUnit));
      }
      if (facility != null) {
        w.append(" AND facility = ?");
        args.add(facility);
      }
      if (activityType != null) {
        w.append(" AND activity_type = ?");
        args.add(activityType);
      }
      if (scope != null) {
        w.append(" AND scope = ?");
        args.add(scope);
      }
      if (category != null) {
        w.append(" AND category = ?");
        args.add(category);
      }
      if (gas != null) {
        w.append(" AND gas = ?");
        args.add(gas);
      }
      return w.toString();
    }
  }

  /** One cell of a two-way sum, e.g. a facility's month. */
  public record Pair(String first, String second, Totals totals) {}

  /** Cells fetched per round trip when streaming a run's cells. */
  static final int FETCH = 5000;

  /** Cells sent per COPY statement on PostgreSQL. */
  static final int COPY_BATCH = 10_000;

  /** Cells sent per batch of inserts on H2, in the same process. */
  static final int BATCH = 1000;

  private static final List<String> COLUMNS =
      List.of(
          "run_id",
          "org_unit",
          "facility",
          "activity_type",
          "month_key",
          "gas",
          "scope",
          "category",
          "scope1",
          "scope2_location",
          "scope2_market",
          "scope3",
          "biogenic_co2",
          "montreal_memo",
          "cell_no");

  /**
   * Stores a run's cells in bulk, as the trace lines are ({@link BulkRows}: COPY on PostgreSQL,
   * batched inserts on H2), numbered from 0 in the order written, and adds each to the stored rows'
   * hash.
   */
  static void store(Connection c, String runId, Map<Cell, long[]> cells, StoredRunDigest stored)
      throws SQLException {
    try (BulkRows rows = BulkRows.into(c, "run_cell", COLUMNS)) {
      int batch = rows.copying() ? COPY_BATCH : BATCH;
      int cellNo = 0;
      for (Map.Entry<Cell, long[]> e : cells.entrySet()) {
        Cell k = e.getKey();
        long[] g = e.getValue();
        stored.cell(cellNo, k, g);
        rows.text(runId)
            .text(k.orgUnit())
            .text(k.facility())
            .text(k.activityType())
            .text(k.month())
            .text(k.gas())
            .number(k.scope())
            .number(k.category());
        for (int i = 0; i < 6; i++) {
          rows.number(g[i]);
        }
        rows.number(cellNo++);
        rows.endRow();
        if (rows.pending() >= batch) {
          rows.flush();
        }
      }
      rows.flush();
    }
  }

  /** The run's cells within the filter, summed by one of their keys, in key order. */
  public List<ResultRow> sums(Connection c, CalculationRun run, Filter filter, By by)
      throws SQLException {
    List<Object> args = new ArrayList<>();
    args.add(run.id());
    String where = filter.where(args);
    List<ResultRow> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + by.column
                + ", "
                + SUMS
                + " FROM run_cell WHERE run_id = ?"
                + where
                + " GROUP BY "
                + by.column
                + " ORDER BY "
                + by.column)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ResultRow(by.name(), rs.getString(1), totals(rs, 2)));
        }
      }
    }
    return out;
  }

  /** The run's cells within the filter, summed by two of their keys. */
  public List<Pair> sums(Connection c, CalculationRun run, Filter filter, By first, By second)
      throws SQLException {
    List<Object> args = new ArrayList<>();
    args.add(run.id());
    String where = filter.where(args);
    List<Pair> out = new ArrayList<>();
    String group = first.column + ", " + second.column;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + group
                + ", "
                + SUMS
                + " FROM run_cell WHERE run_id = ?"
                + where
                + " GROUP BY "
                + group
                + " ORDER BY "
                + group)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Pair(rs.getString(1), rs.getString(2), totals(rs, 3)));
        }
      }
    }
    return out;
  }

  /**
   * What the explorer shows of a part of the tree, read in one query: the total, the facilities and
   * each facility's months within {@code filter}, the org units within {@code unitsFilter}, and the
   * gases of the whole run. Rows are in key order, as {@link #sums} gives them.
   */
  public record Breakdown(
      Totals total,
      List<ResultRow> gases,
      List<ResultRow> orgUnits,
      List<ResultRow> facilities,
      List<Pair> facilityMonths) {}

  /**
   * The explorer's sums of a part of the tree in one pass over the run's cells: the database
   * streams the cells, marking which fall within each filter, and they are added up here by each
   * key in exact long arithmetic. Five grouped queries read the same cells five times; PostgreSQL
   * could do it in one with {@code GROUPING SETS}, which H2 does not have, and grouping in the
   * database first costs more than it saves (its sums of bigint are numeric, and the cells of a run
   * are few: bounded by org unit, facility, activity type, month and gas, not by the records). The
   * filters are the same SQL conditions {@link #sums} uses, evaluated by the database.
   *
   * @param filter the total, the facilities and their months
   * @param unitsFilter the org units
   */
  public Breakdown breakdown(Connection c, CalculationRun run, Filter filter, Filter unitsFilter)
      throws SQLException {
    List<Object> args = new ArrayList<>();
    String inFilter = filter.where(args);
    String inUnits = unitsFilter.where(args);
    args.add(run.id());
    String sql =
        "SELECT org_unit, facility, month_key, gas, CASE WHEN 1 = 1"
            + inFilter
            + " THEN 1 ELSE 0 END, CASE WHEN 1 = 1"
            + inUnits
            + " THEN 1 ELSE 0 END, scope1, scope2_location, scope2_market, scope3, biogenic_co2,"
            + " montreal_memo FROM run_cell WHERE run_id = ?";
    long[] total = new long[6];
    Map<String, long[]> gases = new java.util.HashMap<>();
    Map<String, long[]> units = new java.util.HashMap<>();
    Map<String, long[]> facilities = new java.util.HashMap<>();
    Map<List<String>, long[]> facilityMonths = new java.util.HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      ps.setFetchSize(FETCH);
      try (ResultSet rs = ps.executeQuery()) {
        long[] g = new long[6];
        while (rs.next()) {
          for (int i = 0; i < 6; i++) {
            g[i] = rs.getLong(7 + i);
          }
          add(gases.computeIfAbsent(rs.getString(4), k -> new long[6]), g);
          if (rs.getInt(6) == 1) {
            add(units.computeIfAbsent(rs.getString(1), k -> new long[6]), g);
          }
          if (rs.getInt(5) == 1) {
            String facility = rs.getString(2);
            add(total, g);
            add(facilities.computeIfAbsent(facility, k -> new long[6]), g);
            add(
                facilityMonths.computeIfAbsent(
                    java.util.Arrays.asList(facility, rs.getString(3)), k -> new long[6]),
                g);
          }
        }
      }
    }
    List<Pair> months = new ArrayList<>();
    facilityMonths.entrySet().stream()
        .sorted(
            Map.Entry.comparingByKey(
                java.util.Comparator.comparing((List<String> k) -> k.get(0), KEY_ORDER)
                    .thenComparing(k -> k.get(1), KEY_ORDER)))
        .forEach(
            e ->
                months.add(
                    new Pair(
                        e.getKey().get(0),
                        e.getKey().get(1),
                        InventoryAccumulator.totalsOf(e.getValue()))));
    return new Breakdown(
        InventoryAccumulator.totalsOf(total),
        rows(By.GAS, gases),
        rows(By.ORG_UNIT, units),
        rows(By.FACILITY, facilities),
        months);
  }

  /** Keys in order, a missing key (no facility) last. */
  private static final java.util.Comparator<String> KEY_ORDER =
      java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder());

  private static List<ResultRow> rows(By by, Map<String, long[]> sums) {
    List<ResultRow> out = new ArrayList<>();
    sums.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(KEY_ORDER))
        .forEach(
            e ->
                out.add(
                    new ResultRow(
                        by.name(), e.getKey(), InventoryAccumulator.totalsOf(e.getValue()))));
    return out;
  }

  /** Exact addition of one cell's grams: an overflow is an error, never a wrapped total. */
  private static void add(long[] sum, long[] g) {
    for (int i = 0; i < 6; i++) {
      sum[i] = Math.addExact(sum[i], g[i]);
    }
  }

  /** The sum of the run's cells within the filter. */
  public Totals total(Connection c, CalculationRun run, Filter filter) throws SQLException {
    List<Object> args = new ArrayList<>();
    args.add(run.id());
    String where = filter.where(args);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + SUMS + " FROM run_cell WHERE run_id = ?" + where)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return totals(rs, 1);
      }
    }
  }

  /**
   * Up to {@code size} trace lines of one activity type at one facility within an org unit (and
   * below it; every unit when {@code orgUnitOrNull} is null), in line order, after line {@code
   * afterLineNo}; the facility is the activity record's, found through the period's records.
   *
   * <p>The org units holding such lines come first from the run's cells (a few rows); then each
   * unit's lines are read in line order by the primary key, only from the blocks whose filter may
   * hold the unit and type ({@link RunLineBlocks}), at most {@code size} a unit, and merged. A
   * single query with {@code org_unit LIKE 'unit/%'} could not be read in line order: on a run of
   * millions of lines it sorted every line of the unit and type to keep fifty.
   */
  public List<TraceLine> lines(
      Connection c,
      CalculationRun run,
      String orgUnitOrNull,
      String facility,
      String activityType,
      long afterLineNo,
      int size)
      throws SQLException {
    List<ResultRow> units =
        sums(
            c,
            run,
            new Filter(orgUnitOrNull, facility, activityType, null, null, null),
            By.ORG_UNIT);
    List<String> pairs = new ArrayList<>();
    for (ResultRow unit : units) {
      pairs.add(LineBloom.pair(unit.item(), activityType));
    }
    List<List<RunLineBlocks.Range>> ranges =
        RunLineBlocks.mayHold(c, run.id(), "unit_type_bloom", pairs);
    List<TraceLine> out = new ArrayList<>();
    if (run.linesPacked()) {
      PackedBlocks.Plans plans = new PackedBlocks.Plans(c, run.id());
      for (int u = 0; u < units.size(); u++) {
        packedLines(
            c,
            run,
            plans,
            units.get(u).item(),
            facility,
            activityType,
            ranges.get(u),
            afterLineNo,
            size,
            out);
      }
    } else {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT "
                  + RunStore.LINE_COLUMNS
                  + RunStore.LINES_FROM
                  + " JOIN activity_record r ON r.period_id = ? AND r.record_id ="
                  + " l.record_id WHERE l.run_id = ? AND l.org_unit = ? AND l.activity_type = ?"
                  + " AND r.facility = ? AND l.line_no BETWEEN ? AND ? ORDER BY l.line_no LIMIT ?")) {
        for (int u = 0; u < units.size(); u++) {
          ResultRow unit = units.get(u);
          ps.setString(1, run.periodId());
          ps.setString(2, run.id());
          ps.setString(3, unit.item());
          ps.setString(4, activityType);
          ps.setString(5, facility);
          RunLineBlocks.read(
              ps, 6, ranges.get(u), afterLineNo, size, rs -> out.add(RunStore.readLine(rs)));
        }
      }
    }
    out.sort(java.util.Comparator.comparingLong(TraceLine::lineNo));
    return out.size() > size ? new ArrayList<>(out.subList(0, size)) : out;
  }

  /**
   * Adds to {@code out} up to {@code size} packed lines of {@code unit} and {@code activityType}
   * after {@code afterLineNo} within {@code ranges} whose record, in the run's period, is at {@code
   * facility}: each block's candidates have their records' facilities read in one query.
   */
  private static void packedLines(
      Connection c,
      CalculationRun run,
      PackedBlocks.Plans plans,
      String unit,
      String facility,
      String activityType,
      List<RunLineBlocks.Range> ranges,
      long afterLineNo,
      int size,
      List<TraceLine> out)
      throws SQLException {
    int[] added = {0};
    for (RunLineBlocks.Range r : ranges) {
      if (added[0] >= size || r.last() <= afterLineNo) {
        continue;
      }
      PackedBlocks.<RuntimeException>each(
          c,
          run.id(),
          Math.max(r.first(), afterLineNo + 1),
          r.last(),
          lines -> {
            List<PackedLines.Line> candidates = new ArrayList<>();
            for (PackedLines.Line l : lines) {
              if (l.lineNo() > afterLineNo
                  && l.lineNo() >= r.first()
                  && l.lineNo() <= r.last()
                  && l.orgUnit().equals(unit)
                  && l.activityType().equals(activityType)) {
                candidates.add(l);
              }
            }
            if (candidates.isEmpty()) {
              return true;
            }
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            for (PackedLines.Line l : candidates) {
              ids.add(l.recordId());
            }
            Map<String, String[]> records = RecordFields.of(c, run.periodId(), ids, "facility");
            List<PackedLines.Line> kept = new ArrayList<>();
            for (PackedLines.Line l : candidates) {
              String[] fields = records.get(l.recordId());
              if (fields != null && facility != null && facility.equals(fields[0])) {
                kept.add(l);
                if (++added[0] >= size) {
                  break;
                }
              }
            }
            out.addAll(plans.lines(kept));
            return added[0] < size;
          });
    }
  }

  /**
   * One activity record of the run's period, as stored: its cells by column name, or empty when the
   * period has no record with this id.
   */
  public Optional<Map<String, String>> record(Connection c, CalculationRun run, String recordId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT r.* FROM activity_record r JOIN activity_import i ON i.id = r.import_id"
                + " WHERE r.period_id = ? AND r.record_id = ? AND i.tenant_id = ?")) {
      ps.setString(1, run.periodId());
      ps.setString(2, recordId);
      ps.setString(3, run.tenantId());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.put(
              rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
              rs.getString(i));
        }
        return Optional.of(row);
      }
    }
  }

  private static final String SUMS =
      "SUM(scope1), SUM(scope2_location), SUM(scope2_market), SUM(scope3), SUM(biogenic_co2),"
          + " SUM(montreal_memo)";

  /** A LIKE pattern for everything below the unit, with the pattern's own characters escaped. */
  private static String likePrefix(String unit) {
    return unit.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%";
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      if (a instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else {
        ps.setString(i + 1, (String) a);
      }
    }
  }

  private static Totals totals(ResultSet rs, int first) throws SQLException {
    long[] g = new long[6];
    for (int i = 0; i < 6; i++) {
      g[i] = rs.getLong(first + i);
    }
    return InventoryAccumulator.totalsOf(g);
  }
}
