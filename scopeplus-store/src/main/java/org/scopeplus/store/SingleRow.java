package org.scopeplus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reads the one row a query picks by its key, if there is one. */
public final class SingleRow {

  private SingleRow() {}

  /**
   * The first row of {@code sql}, read by {@code rows}.
   *
   * @param params the values of the {@code ?} placeholders, in order
   */
  public static <T> Optional<T> find(
      Connection c, String sql, PagedQuery.Rows<T> rows, String... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rows.read(rs)) : Optional.empty();
      }
    }
  }
}
