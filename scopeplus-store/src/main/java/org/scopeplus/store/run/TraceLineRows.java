package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.store.BulkRows;

/**
 * Writes a run's trace lines as they are made. What lines share (scope, category, method, gas,
 * biogenic flag, factor, library, citation and note: the factor plan) is written once per run into
 * {@code run_line_plan}, numbered from 0 in the order of its first line; a line is stored with its
 * plan's number, its own keys, grams and formula. The plans of a run are held until it ends: a few
 * per factor and note, not per line. Every {@link RunLineBlocks#LINES} lines make a block, whose
 * row in {@code run_line_block} holds its line range and the filters of its records and of its
 * units and types.
 *
 * <p>A run is written in layout 2 ({@code calculation_run.line_layout}, V84): a block's row also
 * carries its lines, packed ({@link PackedLines}), and no {@code run_line} row is written; the
 * blocks are sent {@link #BLOCK_BATCH} at a time, so a run of millions of lines keeps a bounded
 * heap. A {@code run_line} row a line cost PostgreSQL its primary key, heap tuple and COPY parsing
 * for every line, most of its work in a run (BENCHMARKS.md). With {@link #packing} off (tests,
 * measurements) a run is written in layout 1, as runs were before V84: a {@code run_line} row a
 * line, in bulk ({@link BulkRows}: COPY on PostgreSQL, batched inserts on H2), holding at most
 * {@link #COPY_BATCH} or {@link #BATCH} lines, each block's row sent after the COPY of its last
 * line.
 */
final class TraceLineRows implements AutoCloseable {

  /** Lines sent per COPY statement on PostgreSQL. */
  static final int COPY_BATCH = 10_000;

  /** Lines sent per batch on H2, in the same process: a larger batch would only hold more heap. */
  static final int BATCH = 1000;

  /**
   * Lines per COPY statement when the run reads its records on another connection: the statement
   * stays open while the lines are made, each piece sent as it fills, so the database stores lines
   * while the next are calculated; a statement's end waits for the database to catch up, so they
   * are few.
   */
  static final int STREAMED_BATCH = 100_000;

  private static final List<String> LINE_COLUMNS =
      List.of(
          "run_id",
          "line_no",
          "plan_no",
          "record_id",
          "source",
          "org_unit",
          "activity_type",
          "gas_grams",
          "co2e_grams",
          "formula");

  private static final List<String> PLAN_COLUMNS =
      List.of(
          "run_id",
          "plan_no",
          "scope",
          "category",
          "method",
          "gas",
          "biogenic",
          "factor_id",
          "factor_library",
          "citation",
          "factor_note");

  /** What trace lines share: the columns of {@code run_line_plan}. */
  private record Plan(
      int scope,
      int category,
      String method,
      String gas,
      boolean biogenic,
      String factorId,
      String factorLibrary,
      String citation,
      String factorNote) {

    static Plan of(TraceLine t) {
      return new Plan(
          t.scope(),
          t.category(),
          t.method(),
          t.gas(),
          t.biogenic(),
          t.factorId(),
          t.factorLibrary(),
          t.citation(),
          t.factorNote());
    }

    // written out: the record's generated methods go through method handles, a cost per line

    @Override
    public int hashCode() {
      int h = scope;
      h = 31 * h + category;
      h = 31 * h + method.hashCode();
      h = 31 * h + gas.hashCode();
      h = 31 * h + (biogenic ? 1 : 0);
      h = 31 * h + factorId.hashCode();
      h = 31 * h + factorLibrary.hashCode();
      h = 31 * h + citation.hashCode();
      return 31 * h + factorNote.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Plan p
          && scope == p.scope
          && category == p.category
          && biogenic == p.biogenic
          && method.equals(p.method)
          && gas.equals(p.gas)
          && factorId.equals(p.factorId)
          && factorLibrary.equals(p.factorLibrary)
          && citation.equals(p.citation)
          && factorNote.equals(p.factorNote);
    }
  }

  /**
   * Whether runs written from now on pack their lines into their blocks' rows (layout 2) rather
   * than a {@code run_line} row a line (layout 1); tests set it to write both layouts, and
   * measurements through the system property {@code scopeplus.lineLayout} ("1").
   */
  static volatile boolean packing = !"1".equals(System.getProperty("scopeplus.lineLayout"));

  /** Packed blocks sent per batch: a few MB at most. */
  static final int BLOCK_BATCH = 8;

  private final String runId;
  private final BulkRows lines;
  private final BulkRows plans;
  private final RunLineBlocks.Writer blocks;
  private final Map<Plan, Integer> planNumbers = new HashMap<>();
  private final int batch;
  private final boolean streamed;
  private final StoredRunDigest digest;

  /** Writes the lines of run {@code runId}, adding each plan and line to {@code digest}. */
  TraceLineRows(Connection c, String runId, StoredRunDigest digest) throws SQLException {
    this(c, runId, digest, false);
  }

  /**
   * Writes the lines of run {@code runId}; {@code streamed}: nothing but these lines runs on {@code
   * c} until {@link #finish} (the run reads its records on another connection), so the lines stream
   * into long statements and the plans, a few per factor, wait for the end.
   */
  TraceLineRows(Connection c, String runId, StoredRunDigest digest, boolean streamed)
      throws SQLException {
    this.runId = runId;
    this.digest = digest;
    boolean packed = packing;
    if (packed) {
      // the run row, inserted before its lines, says where they are
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE calculation_run SET line_layout = " + PACKED + " WHERE id = ?")) {
        ps.setString(1, runId);
        ps.executeUpdate();
      }
      this.lines = null;
    } else {
      this.lines =
          streamed
              ? BulkRows.streamingInto(c, "run_line", LINE_COLUMNS)
              : BulkRows.into(c, "run_line", LINE_COLUMNS);
    }
    this.plans = BulkRows.into(c, "run_line_plan", PLAN_COLUMNS);
    this.blocks = new RunLineBlocks.Writer(c, runId, packed);
    this.streamed = !packed && streamed && lines.copying();
    this.batch =
        this.streamed
            ? STREAMED_BATCH
            : (packed ? plans.copying() : lines.copying()) ? COPY_BATCH : BATCH;
  }

  /** {@code calculation_run.line_layout} of a run whose lines are {@code run_line} rows. */
  static final int ROWS = 1;

  /** {@code calculation_run.line_layout} of a run whose lines are packed in its blocks' rows. */
  static final int PACKED = 2;

  /**
   * Adds a line, and its plan when it is the plan's first, to the rows and the digest; every batch
   * of lines is sent.
   */
  void write(TraceLine t) throws SQLException {
    Plan plan = Plan.of(t);
    Integer planNo = planNumbers.get(plan);
    if (planNo == null) {
      planNo = planNumbers.size();
      planNumbers.put(plan, planNo);
      digest.plan(planNo, t);
      plans
          .text(runId)
          .number(planNo)
          .number(plan.scope())
          .number(plan.category())
          .text(plan.method())
          .text(plan.gas())
          .bool(plan.biogenic())
          .text(plan.factorId())
          .text(plan.factorLibrary())
          .text(plan.citation())
          .text(plan.factorNote())
          .endRow();
      if (!streamed && plans.pending() >= batch) {
        plans.flush();
      }
    }
    digest.line(t, planNo);
    if (lines == null) {
      blocks.pack(t, planNo);
      if (blocks.held() >= BLOCK_BATCH) {
        blocks.send();
      }
      return;
    }
    lines
        .text(runId)
        .number(t.lineNo())
        .number(planNo)
        .text(t.recordId())
        .text(t.source())
        .text(t.orgUnit())
        .text(t.activityType())
        .number(t.gasGrams())
        .number(t.co2eGrams())
        .text(t.formula())
        .endRow();
    blocks.add(t.lineNo(), t.recordId(), t.orgUnit(), t.activityType());
    if (lines.pending() >= batch) {
      lines.flush();
      blocks.send();
    }
  }

  /** Sends the lines and plans still held. */
  void finish() throws SQLException {
    if (lines != null) {
      lines.flush();
    }
    plans.flush();
    blocks.end();
    blocks.send();
  }

  /** Drops the lines and plans still held (a refused run stores none). */
  void discard() throws SQLException {
    plans.discard();
    if (lines != null) {
      lines.discard();
    }
    blocks.discard();
  }

  @Override
  public void close() throws SQLException {
    try {
      if (lines != null) {
        lines.close();
      }
    } finally {
      try {
        plans.close();
      } finally {
        blocks.close();
      }
    }
  }
}
