package org.scopeplus.store.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.store.Sha256;

/**
 * The SHA-256 of a run's stored rows: every trace line in line order, then every result in the
 * order the run stored them ({@code row_no}), each with every stored column, length-prefixed.
 * Computed while a run writes its lines and results and again, row by row from the database, when
 * the audit trail is checked; a result or a trace line edited, added or removed in between gives
 * another hash. Unlike the run's result hash, which compares runs with each other, it covers every
 * stored column (the citation and the factor note too) and is recorded in the run's audit entry.
 */
public final class StoredRunDigest {

  private final MessageDigest md = Sha256.digest();

  /** Adds the next trace line. */
  void line(TraceLine t) {
    field("line");
    field(Long.toString(t.lineNo()));
    field(t.recordId());
    field(t.source());
    field(t.orgUnit());
    field(t.activityType());
    field(Integer.toString(t.scope()));
    field(Integer.toString(t.category()));
    field(t.method());
    field(t.gas());
    field(Boolean.toString(t.biogenic()));
    field(Long.toString(t.gasGrams()));
    field(Long.toString(t.co2eGrams()));
    field(t.factorId());
    field(t.factorLibrary());
    field(t.citation());
    field(t.factorNote());
    field(t.formula());
  }

  /** Adds the next result, stored at position {@code rowNo}. */
  void result(int rowNo, ResultRow r) {
    Totals t = r.totals();
    field("result");
    field(Integer.toString(rowNo));
    field(r.dimension());
    field(r.item());
    field(Long.toString(t.scope1()));
    field(Long.toString(t.scope2Location()));
    field(Long.toString(t.scope2Market()));
    field(Long.toString(t.scope3()));
    field(Long.toString(t.biogenicCo2()));
    field(Long.toString(t.montrealMemo()));
  }

  private void field(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    md.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    md.update(bytes);
    md.update((byte) '\n');
  }

  /** The hex hash of the rows added so far; the digest cannot be used afterwards. */
  String hex() {
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * Recomputes the hash of a run's rows as stored now, streaming them so a run of millions of trace
   * lines is never held in memory (on PostgreSQL the connection must not be in auto-commit).
   */
  public static String of(Connection c, String runId) throws SQLException {
    StoredRunDigest digest = new StoredRunDigest();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT line_no, record_id, source, org_unit, activity_type, scope, category, method,"
                + " gas, biogenic, gas_grams, co2e_grams, factor_id, factor_library, citation,"
                + " factor_note, formula FROM run_line WHERE run_id = ? ORDER BY line_no")) {
      ps.setString(1, runId);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          digest.line(RunStore.readLine(rs));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT row_no, dimension, item, scope1, scope2_location, scope2_market, scope3,"
                + " biogenic_co2, montreal_memo FROM run_result WHERE run_id = ? ORDER BY row_no,"
                + " dimension, item")) {
      ps.setString(1, runId);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          digest.result(
              rs.getInt(1),
              new ResultRow(
                  rs.getString(2),
                  rs.getString(3),
                  new Totals(
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6),
                      rs.getLong(7),
                      rs.getLong(8),
                      rs.getLong(9))));
        }
      }
    }
    return digest.hex();
  }
}
