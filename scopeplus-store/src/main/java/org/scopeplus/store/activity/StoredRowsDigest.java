package org.scopeplus.store.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.scopeplus.store.Sha256;

/**
 * The SHA-256 of an import's stored activity rows in source-row order: each row's number, period
 * and every stored cell, length-prefixed. Computed while an import writes its rows and again, row
 * by row from the database, when the audit trail is checked; a row edited, added or removed in
 * between gives another hash. An import without rows (a superseded one) hashes to {@link #EMPTY}.
 */
public final class StoredRowsDigest {

  /** The hash of no rows. */
  public static final String EMPTY = new StoredRowsDigest().hex();

  private final MessageDigest md = Sha256.digest();

  /** Adds the next row. */
  void add(long sourceRow, String periodId, String[] cells) {
    field(Long.toString(sourceRow));
    field(periodId);
    for (String cell : cells) {
      field(cell);
    }
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
   * Recomputes the hash of an import's rows as stored now, streaming them so an import of millions
   * of rows is never held in memory (on PostgreSQL the connection must not be in auto-commit).
   */
  public static String of(Connection c, String importId) throws SQLException {
    StoredRowsDigest digest = new StoredRowsDigest();
    int n = StoredColumns.SQL_NAMES.size();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT source_row, period_id, "
                + String.join(", ", StoredColumns.SQL_NAMES)
                + " FROM activity_record WHERE import_id = ? ORDER BY source_row")) {
      ps.setString(1, importId);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        String[] cells = new String[n];
        while (rs.next()) {
          for (int i = 0; i < n; i++) {
            cells[i] = rs.getString(3 + i);
          }
          digest.add(rs.getLong(1), rs.getString(2), cells);
        }
      }
    }
    return digest.hex();
  }
}
