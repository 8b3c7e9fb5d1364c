package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.scopeplus.store.BulkRows;

/**
 * Writes a run's trace lines as they are made, in bulk ({@link BulkRows}: COPY on PostgreSQL,
 * batched inserts on H2), holding at most {@link #COPY_BATCH} or {@link #BATCH} lines, so a run of
 * millions of lines keeps a bounded heap.
 */
final class TraceLineRows implements AutoCloseable {

  /** Lines sent per COPY statement on PostgreSQL (about 7 MB of text). */
  static final int COPY_BATCH = 10_000;

  /** Lines sent per batch on H2, in the same process: a larger batch would only hold more heap. */
  static final int BATCH = 1000;

  private static final List<String> COLUMNS =
      List.of(
          "run_id",
          "line_no",
          "record_id",
          "source",
          "org_unit",
          "activity_type",
          "scope",
          "category",
          "method",
          "gas",
          "biogenic",
          "gas_grams",
          "co2e_grams",
          "factor_id",
          "factor_library",
          "citation",
          "factor_note",
          "formula");

  private final String runId;
  private final BulkRows rows;
  private final int batch;

  TraceLineRows(Connection c, String runId) throws SQLException {
    this.runId = runId;
    this.rows = BulkRows.into(c, "run_line", COLUMNS);
    this.batch = rows.copying() ? COPY_BATCH : BATCH;
  }

  /** Adds a line; every batch of lines is sent. */
  void write(TraceLine t) throws SQLException {
    rows.text(runId)
        .number(t.lineNo())
        .text(t.recordId())
        .text(t.source())
        .text(t.orgUnit())
        .text(t.activityType())
        .number(t.scope())
        .number(t.category())
        .text(t.method())
        .text(t.gas())
        .bool(t.biogenic())
        .number(t.gasGrams())
        .number(t.co2eGrams())
        .text(t.factorId())
        .text(t.factorLibrary())
        .text(t.citation())
        .text(t.factorNote())
        .text(t.formula())
        .endRow();
    if (rows.pending() >= batch) {
      rows.flush();
    }
  }

  /** Sends the lines still held. */
  void finish() throws SQLException {
    rows.flush();
  }

  /** Drops the lines still held (a refused run stores none). */
  void discard() throws SQLException {
    rows.discard();
  }

  @Override
  public void close() throws SQLException {
    rows.close();
  }
}
