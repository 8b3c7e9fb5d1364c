package org.scopeplus.store.activity;

import java.sql.Connection;
import java.sql.SQLException;
import org.scopeplus.store.FieldDigest;

/**
 * The SHA-256 of an import's stored activity rows in source-row order: each row's number, period
 * and every stored cell, length-prefixed (an empty {@code supplier_product_id} left out). Computed
 * while an import writes its rows and again, row by row from the database, when the audit trail is
 * checked; a row edited, added or removed in between gives another hash. An import without rows (a
 * superseded one) hashes to {@link #EMPTY}.
 */
public final class StoredRowsDigest {

  /** The hash of no rows. */
  public static final String EMPTY = new StoredRowsDigest().hex();

  private final FieldDigest fields = new FieldDigest();

  /** Adds the next row. */
  void add(long sourceRow, String periodId, String[] cells) {
    row(sourceRow, periodId);
    for (int i = 0; i < cells.length; i++) {
      FieldDigest cell = cell(i, cells[i]);
      if (cell != null) {
        cell.add(cells[i]);
      }
    }
  }

  /** Starts the next row: its number and period; its cells follow through {@link #cell}. */
  void row(long sourceRow, String periodId) {
    fields.add(sourceRow);
    fields.add(periodId);
  }

  /**
   * Where the row's cell of stored column {@code column} is to be added (in column order), or null
   * when the cell is left out of the hash.
   */
  FieldDigest cell(int column, String value) {
    if (column == StoredColumns.SUPPLIER_PRODUCT && (value == null || value.isEmpty())) {
      // a row naming no supplier product hashes as it did before the column existed
      return null;
    }
    return fields;
  }

  /** The hex hash of the rows added so far; the digest cannot be used afterwards. */
  String hex() {
    return fields.hex();
  }

  /**
   * Recomputes the hash of an import's rows as stored now, streaming them so an import of millions
   * of rows is never held in memory (on PostgreSQL the connection must not be in auto-commit).
   */
  public static String of(Connection c, String importId) throws SQLException {
    StoredRowsDigest digest = new StoredRowsDigest();
    int n = StoredColumns.SQL_NAMES.size();
    String[] cells = new String[n];
    FieldDigest.eachRow(
        c,
        "SELECT source_row, period_id, "
            + String.join(", ", StoredColumns.SQL_NAMES)
            + " FROM activity_record WHERE import_id = ? ORDER BY source_row",
        importId,
        rs -> {
          for (int i = 0; i < n; i++) {
            cells[i] = rs.getString(3 + i);
          }
          digest.add(rs.getLong(1), rs.getString(2), cells);
        });
    return digest.hex();
  }
}
