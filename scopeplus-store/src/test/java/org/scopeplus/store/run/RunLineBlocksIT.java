package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.TestDatabases;

/**
 * The readers of a record's lines and of a unit's lines of one activity type, which find them
 * through the run's blocks ({@link RunLineBlocks}), give what a read of every line of the run and a
 * filter give: over a run of many small blocks, for a record whose lines cross a block's end and
 * for pages of a drill-down that cross blocks, and for the same run with its blocks removed (a run
 * stored before V81). And a trace line names a run that exists, which cannot be deleted while lines
 * name it (on PostgreSQL checked once per statement, V82; on H2 by the foreign key). On H2 and
 * PostgreSQL.
 */
class RunLineBlocksIT {

  @TempDir Path dir;

  private final ReferenceData reference = BuiltInReferenceData.load();

  /** Lines a block in this test: a run of 2,000 records makes hundreds of blocks. */
  private static final int BLOCK = 7;

  @AfterEach
  void blocksOfTheUsualSize() {
    RunLineBlocks.linesPerBlock = RunLineBlocks.LINES;
    TraceLineRows.packing = true;
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void blocksFindWhatAReadOfEveryLineFinds(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      CalculationRun run = calculated(db);
      List<TraceLine> all = allLines(db, run);
      assertThat(all).hasSize((int) run.lines());
      assertThat(blocks(db, run)).isEqualTo((all.size() + BLOCK - 1) / BLOCK);

      // a record whose lines cross from one block into the next
      String crossing = null;
      Map<String, List<TraceLine>> byRecord = new LinkedHashMap<>();
      for (TraceLine t : all) {
        byRecord.computeIfAbsent(t.recordId(), k -> new ArrayList<>()).add(t);
      }
      for (List<TraceLine> lines : byRecord.values()) {
        long firstBlock = (lines.get(0).lineNo() - 1) / BLOCK;
        long lastBlock = (lines.get(lines.size() - 1).lineNo() - 1) / BLOCK;
        if (lines.size() >= 3 && firstBlock != lastBlock) {
          crossing = lines.get(0).recordId();
          break;
        }
      }
      assertThat(crossing).as("a record of three lines or more across a block's end").isNotNull();
      String unit = all.get(0).orgUnit();
      String top = unit.split("/")[0];
      String type = all.get(0).activityType();
      String facility = facilityOf(db, run, all.get(0).recordId());

      Reads withBlocks = reads(db, run, crossing, top, facility, type);
      assertThat(withBlocks.recordLines()).isEqualTo(byRecord.get(crossing));
      assertThat(withBlocks.count()).isEqualTo(byRecord.get(crossing).size());
      assertThat(withBlocks.drillDown())
          .as("the drill-down, page by page")
          .isEqualTo(drillDownByEveryLine(db, run, top, facility, type));
      assertThat(withBlocks.drillDown()).as("more than a page of five").hasSizeGreaterThan(5);
      assertThat(withBlocks.drillDown().stream().map(t -> (t.lineNo() - 1) / BLOCK).distinct())
          .as("lines of several blocks")
          .hasSizeGreaterThan(3);
      // a record that is not in the run, and one whose id differs only in case
      assertThat(reads(db, run, "no such record", top, facility, type).recordLines()).isEmpty();
      assertThat(reads(db, run, crossing.toLowerCase() + "x", top, facility, type).count())
          .isZero();

      // the same run without its blocks, as a run stored before them
      db.inTransaction(c -> update(c, "DELETE FROM run_line_block WHERE run_id = ?", run.id()));
      assertThat(blocks(db, run)).isZero();
      assertThat(reads(db, run, crossing, top, facility, type)).isEqualTo(withBlocks);

      aLineNamesARunThatExists(db, run, settings.postgres());
    } finally {
      TestDatabases.drop(settings);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void onlyTheBlocksThatMayHoldARecordAnswer(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      CalculationRun run = calculated(db);
      List<TraceLine> all = allLines(db, run);
      List<RunLineBlocks.Range> blocks = blockRanges(db, run);
      Map<String, List<Integer>> blocksOf = new LinkedHashMap<>();
      for (TraceLine t : all) {
        List<Integer> of = blocksOf.computeIfAbsent(t.recordId(), k -> new ArrayList<>());
        int b = blockOf(blocks, t.lineNo());
        if (!of.contains(b)) {
          of.add(b);
        }
      }
      String crossing =
          blocksOf.entrySet().stream()
              .filter(e -> e.getValue().size() > 1)
              .findFirst()
              .orElseThrow()
              .getKey();
      List<Integer> its = blocksOf.get(crossing);
      // its blocks are adjacent: one range from the first line of the first to the last of the last
      List<RunLineBlocks.Range> expected =
          List.of(
              new RunLineBlocks.Range(
                  blocks.get(its.get(0)).first(), blocks.get(its.get(its.size() - 1)).last()));
      // a block of 7 lines has a few records in 32,768 bits: a false positive is all but
      // impossible ((7 * 7 / 32768)^7 < 1e-19 a block), so exactly its blocks answer
      assertThat(mayHold(db, run, crossing)).isEqualTo(expected);
      assertThat(mayHold(db, run, "no such record"))
          .as("a run with blocks, none of them")
          .isEmpty();

      // many values at once, more than one query's worth on PostgreSQL, each its own answer
      List<String> many = new ArrayList<>(blocksOf.keySet()).subList(0, 240);
      many.set(120, "no such record");
      List<List<RunLineBlocks.Range>> each =
          db.inTransaction(c -> RunLineBlocks.mayHold(c, run.id(), "record_bloom", many));
      for (int i = 0; i < many.size(); i++) {
        assertThat(each.get(i)).as(many.get(i)).isEqualTo(mayHold(db, run, many.get(i)));
      }
      assertThat(each.get(120)).isEmpty();

      // a false positive: a block whose filter admits everything answers for a missing record,
      // and the exact condition then reads none of its lines
      int admitting = its.get(0) + 5;
      byte[] full = LineBloom.fixed();
      java.util.Arrays.fill(full, 1, full.length, (byte) 0xff);
      setFilter(db, run, admitting, full);
      assertThat(mayHold(db, run, "no such record")).containsExactly(blocks.get(admitting));
      List<TraceLine> none =
          db.inTransaction(c -> new RunStore().linesAfter(c, run, "no such record", 0, 100));
      assertThat(none).isEmpty();
      // a filter of another format byte admits everything too, and is read whole
      byte[] other = LineBloom.fixed();
      other[0] = 9;
      setFilter(db, run, admitting, other);
      assertThat(mayHold(db, run, "no such record")).containsExactly(blocks.get(admitting));

      // a filter as stored before, sized by its values, is read as before
      List<String> recordsOfFirst = new ArrayList<>();
      blocksOf.forEach(
          (record, b) -> {
            if (b.contains(its.get(0))) {
              recordsOfFirst.add(record);
            }
          });
      setFilter(db, run, its.get(0), LineBloom.of(recordsOfFirst));
      setFilter(db, run, admitting, LineBloom.of(List.of("E-none")));
      assertThat(mayHold(db, run, crossing)).isEqualTo(expected);
      assertThat(mayHold(db, run, "no such record")).isEmpty();
      List<TraceLine> found =
          db.inTransaction(c -> new RunStore().linesAfter(c, run, crossing, 0, 100));
      assertThat(found.stream().map(TraceLine::lineNo).toList())
          .isEqualTo(
              all.stream()
                  .filter(t -> t.recordId().equals(crossing))
                  .map(TraceLine::lineNo)
                  .toList());
    } finally {
      TestDatabases.drop(settings);
    }
  }

  /** Every line of the run, read in line order. */
  private static List<TraceLine> allLines(Database db, CalculationRun run) {
    List<TraceLine> all = new ArrayList<>();
    db.inTransaction(
        c -> {
          new RunStore().forEachLine(c, run, all::add);
          return null;
        });
    return all;
  }

  private static List<RunLineBlocks.Range> mayHold(Database db, CalculationRun run, String record) {
    return db.inTransaction(c -> RunLineBlocks.mayHold(c, run.id(), "record_bloom", record));
  }

  /** The run's blocks' line ranges, by block number. */
  private static List<RunLineBlocks.Range> blockRanges(Database db, CalculationRun run) {
    return db.inTransaction(
        c -> {
          List<RunLineBlocks.Range> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT block_no, first_line_no, last_line_no FROM run_line_block"
                      + " WHERE run_id = ? ORDER BY block_no")) {
            ps.setString(1, run.id());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                assertThat(rs.getInt(1)).isEqualTo(out.size());
                out.add(new RunLineBlocks.Range(rs.getLong(2), rs.getLong(3)));
              }
            }
          }
          return out;
        });
  }

  private static int blockOf(List<RunLineBlocks.Range> blocks, long lineNo) {
    for (int b = 0; b < blocks.size(); b++) {
      if (blocks.get(b).first() <= lineNo && lineNo <= blocks.get(b).last()) {
        return b;
      }
    }
    throw new AssertionError("no block has line " + lineNo);
  }

  private static void setFilter(Database db, CalculationRun run, int blockNo, byte[] filter) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE run_line_block SET record_bloom = ? WHERE run_id = ? AND block_no = ?")) {
            ps.setBytes(1, filter);
            ps.setString(2, run.id());
            ps.setInt(3, blockNo);
            return ps.executeUpdate();
          }
        });
  }

  /** What the readers give for a record and for a drill-down. */
  private record Reads(
      List<TraceLine> recordLines,
      long count,
      List<TraceLine> recordPages,
      List<TraceLine> drillDown) {}

  private static Reads reads(
      Database db, CalculationRun run, String record, String unit, String facility, String type) {
    return db.inTransaction(
        c -> {
          RunStore runs = new RunStore();
          List<TraceLine> lines = runs.linesAfter(c, run, record, 0, 1000);
          // keyset pages of one line give the same lines
          List<TraceLine> oneByOne = new ArrayList<>();
          long after = 0;
          for (List<TraceLine> page = runs.linesAfter(c, run, record, after, 1);
              !page.isEmpty();
              page = runs.linesAfter(c, run, record, after, 1)) {
            assertThat(page).hasSize(1);
            oneByOne.add(page.get(0));
            after = page.get(0).lineNo();
          }
          assertThat(oneByOne).isEqualTo(lines);
          // numbered pages of two
          List<TraceLine> paged = new ArrayList<>();
          long count = runs.lineCount(c, run, record);
          for (int p = 0; ; p++) {
            var page = runs.lines(c, run, record, new PageRequest(p, 2));
            assertThat(page.total()).isEqualTo(count);
            if (page.items().isEmpty()) {
              break;
            }
            assertThat(page.items().size()).isLessThanOrEqualTo(2);
            paged.addAll(page.items());
          }
          assertThat(paged).isEqualTo(lines);
          // the drill-down in keyset pages of five
          RunCells cells = new RunCells();
          List<TraceLine> drill = new ArrayList<>();
          after = 0;
          for (List<TraceLine> page = cells.lines(c, run, unit, facility, type, after, 5);
              !page.isEmpty();
              page = cells.lines(c, run, unit, facility, type, after, 5)) {
            assertThat(page.size()).isLessThanOrEqualTo(5);
            assertThat(page.get(0).lineNo()).isGreaterThan(after);
            drill.addAll(page);
            after = page.get(page.size() - 1).lineNo();
          }
          return new Reads(lines, count, paged, drill);
        });
  }

  /** The drill-down's lines read from every line of the run with the drill-down's condition. */
  private static List<TraceLine> drillDownByEveryLine(
      Database db, CalculationRun run, String unit, String facility, String type) {
    return db.inTransaction(
        c -> {
          List<TraceLine> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + RunStore.LINE_COLUMNS
                      + RunStore.LINES_FROM
                      + " JOIN activity_record r ON r.period_id = ? AND r.record_id = l.record_id"
                      + " WHERE l.run_id = ? AND (l.org_unit = ? OR l.org_unit LIKE ?)"
                      + " AND l.activity_type = ? AND r.facility = ? ORDER BY l.line_no")) {
            ps.setString(1, run.periodId());
            ps.setString(2, run.id());
            ps.setString(3, unit);
            ps.setString(4, unit + "/%");
            ps.setString(5, type);
            ps.setString(6, facility);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(RunStore.readLine(rs));
              }
            }
          }
          return out;
        });
  }

  /**
   * Lines naming no run are refused, alone or beside lines naming the run; the run is not deleted
   * or renumbered while lines name it.
   */
  private static void aLineNamesARunThatExists(Database db, CalculationRun run, boolean postgres) {
    String insert =
        "INSERT INTO run_line (run_id, line_no, plan_no, record_id, source, org_unit,"
            + " activity_type, gas_grams, co2e_grams, formula) VALUES (?, ?, 0, 'E-x', 'a.csv:2',"
            + " 'Group', 'electricity.grid', 1, 1, '1 × 1 = 1')";
    long next = run.lines() + 1;
    assertRefused(db, c -> line(c, insert, "no-such-run", next), null);
    assertRefused(
        db,
        c ->
            update(
                c,
                "INSERT INTO run_line (run_id, line_no, plan_no, record_id, source, org_unit,"
                    + " activity_type, gas_grams, co2e_grams, formula) SELECT CASE WHEN line_no"
                    + " = 1 THEN 'no-such-run' ELSE run_id END, line_no + "
                    + next
                    + ", plan_no, record_id, source, org_unit, activity_type, gas_grams,"
                    + " co2e_grams, formula FROM run_line WHERE run_id = ? AND line_no <= 2",
                run.id()),
        null);
    assertRefused(
        db,
        c -> update(c, "UPDATE run_line SET run_id = 'no-such-run' WHERE run_id = ?", run.id()),
        null);
    // on PostgreSQL the lines' own check refuses first (the other tables' keys are checked later)
    String stillHasLines = postgres ? "still has trace lines" : null;
    assertRefused(
        db, c -> update(c, "DELETE FROM calculation_run WHERE id = ?", run.id()), stillHasLines);
    assertRefused(
        db,
        c -> update(c, "UPDATE calculation_run SET id = 'renumbered' WHERE id = ?", run.id()),
        stillHasLines);
    // what the rule allows goes through: a line of the run
    db.inTransaction(c -> line(c, insert, run.id(), next));
    List<TraceLine> added =
        db.inTransaction(c -> new RunStore().linesAfter(c, run, null, next - 1, 10));
    assertThat(added).hasSize(1);
  }

  private interface Work {
    int run(Connection c) throws SQLException;
  }

  /** The work fails for the referential rule (SQL state class 23), with the message if given. */
  private static void assertRefused(Database db, Work work, String message) {
    assertThatThrownBy(() -> db.inTransaction(work::run))
        .satisfies(
            e -> {
              Throwable t = e;
              while (t != null && !(t instanceof SQLException)) {
                t = t.getCause();
              }
              assertThat(t).as("an SQLException in %s", e).isNotNull();
              assertThat(((SQLException) t).getSQLState()).startsWith("23");
              if (message != null) {
                assertThat(t.getMessage()).contains(message);
              }
            });
  }

  private static int line(Connection c, String sql, String runId, long lineNo) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, runId);
      ps.setLong(2, lineNo);
      return ps.executeUpdate();
    }
  }

  private static int update(Connection c, String sql, String runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, runId);
      return ps.executeUpdate();
    }
  }

  private static long blocks(Database db, CalculationRun run) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM run_line_block WHERE run_id = ?")) {
            ps.setString(1, run.id());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private static String facilityOf(Database db, CalculationRun run, String recordId) {
    return db.inTransaction(
        c -> new RunCells().record(c, run, recordId).orElseThrow().get("facility"));
  }

  private CalculationRun calculated(Database db) throws Exception {
    GeneratedPeriod p = GeneratedPeriod.imported(db, reference, dir, "blocks", 2_000, 7);
    RunLineBlocks.linesPerBlock = BLOCK;
    // a run_line row a line (layout 1), whose blocks can be removed as before V81; the packed
    // layout is compared with it in PackedLayoutIT
    TraceLineRows.packing = false;
    CalculationRun run = p.run(db, new CalculatingRun(reference));
    // the stored rows are the ones the run hashed, blocks or not
    String stored = db.inTransaction(c -> StoredRunDigest.of(c, run.id()));
    assertThat(stored).isEqualTo(run.rowsSha256());
    return run;
  }
}
