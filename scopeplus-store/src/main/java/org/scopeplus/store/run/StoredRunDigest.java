package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.SQLException;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.store.FieldDigest;

/**
 * The SHA-256 of a run's stored rows: every trace line in line order, then every result in the
 * order the run stored them ({@code row_no}), each with every stored column, length-prefixed.
 * Computed while a run writes its lines and results and again, row by row from the database, when
 * the audit trail is checked; a result or a trace line edited, added or removed in between gives
 * another hash. Unlike the run's result hash, which compares runs with each other, it covers every
 * stored column (the citation and the factor note too) and is recorded in the run's audit entry.
 */
public final class StoredRunDigest {

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

  /**
   * Recomputes the hash of a run's rows as stored now, streaming them so a run of millions of trace
   * lines is never held in memory (on PostgreSQL the connection must not be in auto-commit).
   */
  public static String of(Connection c, String runId) throws SQLException {
    StoredRunDigest digest = new StoredRunDigest();
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
