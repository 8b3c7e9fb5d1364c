package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.disclosure.StoredLineFacts;
import org.scopeplus.store.disclosure.StoredRunReport;

/**
 * A run whose trace lines are packed in its blocks' rows (layout 2, V84) reads exactly as the same
 * run stored a {@code run_line} row a line (layout 1): the same period calculated in each layout,
 * over blocks of a few lines, gives the same answers from every reader of lines (pages by offset
 * and by key, a record's lines and count, every line in order, the stored rows' digest, the lines
 * joined with their records for disclosures, the annual report and the explorer's drill-down),
 * including for a line whose record is gone from the period. On H2 and PostgreSQL.
 */
class PackedLayoutIT {

  @TempDir Path dir;

  private final ReferenceData reference = BuiltInReferenceData.load();

  /** Lines a block in this test: a run of 1,500 records makes hundreds of blocks. */
  private static final int BLOCK = 7;

  @AfterEach
  void usualLayout() {
    RunLineBlocks.linesPerBlock = RunLineBlocks.LINES;
    TraceLineRows.packing = true;
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void bothLayoutsReadTheSame(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      GeneratedPeriod p = GeneratedPeriod.imported(db, reference, dir, "packed", 1_500, 11);
      RunLineBlocks.linesPerBlock = BLOCK;
      TraceLineRows.packing = false;
      CalculationRun rows = p.run(db, new CalculatingRun(reference));
      TraceLineRows.packing = true;
      CalculationRun packed = p.run(db, new CalculatingRun(reference));

      assertThat(layout(db, rows)).isEqualTo(TraceLineRows.ROWS);
      assertThat(layout(db, packed)).isEqualTo(TraceLineRows.PACKED);
      assertThat(count(db, "SELECT COUNT(*) FROM run_line WHERE run_id = ?", rows))
          .isEqualTo(rows.lines());
      assertThat(count(db, "SELECT COUNT(*) FROM run_line WHERE run_id = ?", packed)).isZero();
      // PostgreSQL compresses the blocks itself with lz4 (V85): they are written as encoded, and
      // stored smaller than that; H2 does not, so they are deflated before they are written
      assertThat(formats(db, packed))
          .containsOnlyKeys(database.equals("h2") ? PackedLines.DEFLATED : PackedLines.PLAIN)
          .containsValue((packed.lines() + BLOCK - 1) / BLOCK);
      if (database.equals("postgres")) {
        assertThat(
                count(
                    db,
                    "SELECT COUNT(*) FROM pg_attribute WHERE attrelid = 'run_line_block'::regclass"
                        + " AND attname = ? AND attcompression = 'l'",
                    "lines"))
            .as("the blocks' column compressed with lz4")
            .isEqualTo(1);
      }
      assertThat(
              count(
                  db,
                  "SELECT COALESCE(SUM(line_count), 0) FROM run_line_block WHERE run_id = ?",
                  packed))
          .isEqualTo(packed.lines());
      assertThat(count(db, "SELECT COUNT(*) FROM run_line_block WHERE run_id = ?", packed))
          .isEqualTo((packed.lines() + BLOCK - 1) / BLOCK);
      assertThat(packed.lines()).isEqualTo(rows.lines()).isGreaterThan(1_500);

      // the digest is over the logical rows: as recorded while writing, and the same in both
      assertThat(digest(db, rows)).isEqualTo(rows.rowsSha256());
      assertThat(digest(db, packed)).isEqualTo(packed.rowsSha256());
      assertThat(packed.rowsSha256()).isEqualTo(rows.rowsSha256());
      assertThat(packed.resultSha256()).isEqualTo(rows.resultSha256());

      RunStore store = new RunStore();
      List<TraceLine> all = every(db, rows);
      assertThat(all).hasSize((int) rows.lines());
      assertThat(every(db, packed)).isEqualTo(all);

      // pages by offset, within a block, across blocks, the last and beyond it
      int last = (int) ((all.size() - 1) / 10);
      for (int page : new int[] {0, 1, 37, last, last + 1, last + 5}) {
        assertThat(page(db, packed, null, page, 10))
            .as("page %d", page)
            .isEqualTo(page(db, rows, null, page, 10));
      }
      assertThat(page(db, packed, null, 1, 1000)).isEqualTo(page(db, rows, null, 1, 1000));
      assertThat(page(db, packed, null, 0, 10).items()).isEqualTo(all.subList(0, 10));
      assertThat(page(db, packed, null, 0, 10).total()).isEqualTo(all.size());

      // keyset pages
      for (long after : new long[] {Long.MIN_VALUE, 0, 6, 7, 8, 500, all.size() - 3, all.size()}) {
        for (int size : new int[] {1, 5, 100}) {
          assertThat(after(db, packed, null, after, size))
              .as("after %d, %d", after, size)
              .isEqualTo(after(db, rows, null, after, size));
        }
      }
      assertThat(after(db, packed, null, 0, 1000)).isEqualTo(all.subList(0, 1000));

      // a record's lines: some records, one across a block's end, one not in the run
      Map<String, List<TraceLine>> byRecord = new LinkedHashMap<>();
      for (TraceLine t : all) {
        byRecord.computeIfAbsent(t.recordId(), k -> new ArrayList<>()).add(t);
      }
      List<String> records = new ArrayList<>(byRecord.keySet()).subList(0, 40);
      records = new ArrayList<>(records);
      for (List<TraceLine> lines : byRecord.values()) {
        long firstBlock = (lines.get(0).lineNo() - 1) / BLOCK;
        long lastBlock = (lines.get(lines.size() - 1).lineNo() - 1) / BLOCK;
        if (lines.size() >= 3 && firstBlock != lastBlock) {
          records.add(lines.get(0).recordId());
          break;
        }
      }
      assertThat(records).hasSize(41);
      records.add("no such record");
      for (String r : records) {
        List<TraceLine> expected = byRecord.getOrDefault(r, List.of());
        assertThat(after(db, packed, r, 0, 100)).as(r).isEqualTo(expected);
        assertThat(after(db, rows, r, 0, 100)).as(r).isEqualTo(expected);
        long firstNo = expected.isEmpty() ? 0 : expected.get(0).lineNo();
        assertThat(after(db, packed, r, firstNo, 100)).isEqualTo(after(db, rows, r, firstNo, 100));
        assertThat(after(db, packed, r, 0, 1)).isEqualTo(after(db, rows, r, 0, 1));
        for (int page = 0; page < 3; page++) {
          assertThat(page(db, packed, r, page, 1)).isEqualTo(page(db, rows, r, page, 1));
        }
        long packedCount = db.inTransaction(c -> store.lineCount(c, packed, r));
        long rowsCount = db.inTransaction(c -> store.lineCount(c, rows, r));
        assertThat(packedCount).isEqualTo(rowsCount).isEqualTo(expected.size());
      }

      // the explorer's drill-down: a unit (and below it) and a type at a facility, page by page
      TraceLine first = all.get(0);
      String facility =
          db.inTransaction(
              c -> new RunCells().record(c, rows, first.recordId()).orElseThrow().get("facility"));
      for (String unit : new String[] {first.orgUnit(), first.orgUnit().split("/")[0], null}) {
        List<TraceLine> expected = drill(db, rows, unit, facility, first.activityType(), 0, 2000);
        assertThat(expected).as(unit).isNotEmpty();
        assertThat(drill(db, packed, unit, facility, first.activityType(), 0, 2000))
            .isEqualTo(expected);
        long middle = expected.get(expected.size() / 2).lineNo();
        for (int size : new int[] {1, 5}) {
          assertThat(drill(db, packed, unit, facility, first.activityType(), middle, size))
              .isEqualTo(drill(db, rows, unit, facility, first.activityType(), middle, size));
        }
      }
      assertThat(drill(db, packed, first.orgUnit(), "no such facility", first.activityType(), 0, 5))
          .isEmpty();

      // the lines with their records' stored fields, a line whose record is gone with none
      String gone = all.get(20).recordId();
      assertThat(facts(db, packed)).isEqualTo(facts(db, rows));
      assertReportsEqual(report(db, packed), report(db, rows));
      count(
          db,
          "UPDATE activity_record SET record_id = 'renamed-" + gone + "' WHERE record_id = ?",
          gone);
      List<StoredLineFacts> afterGone = facts(db, packed);
      assertThat(afterGone).isEqualTo(facts(db, rows)).hasSize(all.size());
      assertThat(afterGone.stream().filter(f -> f.recordId().equals(gone)))
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f.dataQuality() + f.region() + f.period()).isEmpty());
      assertReportsEqual(report(db, packed), report(db, rows));
    } finally {
      TestDatabases.drop(settings);
    }
  }

  private static void assertReportsEqual(AnnualReport packed, AnnualReport rows) {
    assertThat(packed.totals()).isEqualTo(rows.totals());
    assertThat(packed.scope3()).isEqualTo(rows.scope3());
    assertThat(packed.gases()).isEqualTo(rows.gases());
    assertThat(packed.businessUnits()).isEqualTo(rows.businessUnits());
    assertThat(packed.factors()).isEqualTo(rows.factors());
    assertThat(packed.groups()).isEqualTo(rows.groups());
    assertThat(packed.lines()).isEqualTo(rows.lines());
    assertThat(packed.detail()).isEqualTo(rows.detail());
  }

  private static AnnualReport report(Database db, CalculationRun run) {
    return db.inTransaction(
        c -> new StoredRunReport().compose(c, run, type -> "", gas -> false, context -> context));
  }

  private static List<TraceLine> drill(
      Database db,
      CalculationRun run,
      String unit,
      String facility,
      String type,
      long after,
      int size) {
    return db.inTransaction(c -> new RunCells().lines(c, run, unit, facility, type, after, size));
  }

  private static List<StoredLineFacts> facts(Database db, CalculationRun run) {
    List<StoredLineFacts> out = new ArrayList<>();
    db.inTransaction(
        c -> {
          StoredLineFacts.forEach(c, run, out::add);
          return null;
        });
    return out;
  }

  private static List<TraceLine> every(Database db, CalculationRun run) {
    List<TraceLine> all = new ArrayList<>();
    db.inTransaction(
        c -> {
          new RunStore().forEachLine(c, run, all::add);
          return null;
        });
    return all;
  }

  private static Page<TraceLine> page(
      Database db, CalculationRun run, String record, int page, int size) {
    return db.inTransaction(c -> new RunStore().lines(c, run, record, new PageRequest(page, size)));
  }

  private static List<TraceLine> after(
      Database db, CalculationRun run, String record, long after, int size) {
    return db.inTransaction(c -> new RunStore().linesAfter(c, run, record, after, size));
  }

  private static String digest(Database db, CalculationRun run) {
    return db.inTransaction(c -> StoredRunDigest.of(c, run.id()));
  }

  /** How many of the run's blocks begin with each format byte ({@link PackedLines}). */
  private static Map<Integer, Long> formats(Database db, CalculationRun run) {
    return db.inTransaction(
        c -> {
          Map<Integer, Long> out = new LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT lines FROM run_line_block WHERE run_id = ?")) {
            ps.setString(1, run.id());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.merge((int) rs.getBytes(1)[0], 1L, Long::sum);
              }
            }
          }
          return out;
        });
  }

  private static long layout(Database db, CalculationRun run) {
    return count(db, "SELECT line_layout FROM calculation_run WHERE id = ?", run);
  }

  private static long count(Database db, String sql, CalculationRun run) {
    return count(db, sql, run.id());
  }

  /** The first column of the query's one row, or the rows an update changed. */
  private static long count(Database db, String sql, String param) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            if (!sql.startsWith("SELECT")) {
              return (long) ps.executeUpdate();
            }
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
