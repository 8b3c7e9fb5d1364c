package org.scopeplus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads one page of a table's rows and counts them all, with the same filter. */
public final class PagedQuery {

  /** Turns the current row of a result set into a value. */
  @FunctionalInterface
  public interface Rows<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private PagedQuery() {}

  /**
   * One page of {@code select + where + orderBy}, and the count of {@code table + where}.
   *
   * @param select the SELECT ... FROM clause
   * @param table the table counted
   * @param where the WHERE clause with {@code ?} placeholders, filled in order from {@code params}
   * @param orderBy the ORDER BY clause, which makes the pages stable
   */
  public static <T> Page<T> list(
      Connection c,
      String select,
      String table,
      String where,
      String orderBy,
      List<String> params,
      PageRequest page,
      Rows<T> rows)
      throws SQLException {
    List<T> items = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(select + where + orderBy + " LIMIT ? OFFSET ?")) {
      int i = bind(ps, params);
      ps.setInt(i++, page.size());
      ps.setLong(i, page.offset());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(rows.read(rs));
        }
      }
    }
    long total;
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + where)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
    }
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** One page of a tenant's rows of {@code table} in {@code orderBy} order, and their count. */
  public static <T> Page<T> ofTenant(
      Connection c,
      String select,
      String table,
      String tenantId,
      String orderBy,
      PageRequest page,
      Rows<T> rows)
      throws SQLException {
    return list(c, select, table, " WHERE tenant_id = ?", orderBy, List.of(tenantId), page, rows);
  }

  /**
   * As {@link #ofTenant(Connection, String, String, String, String, PageRequest, Rows)}, and when
   * {@code valueOrNull} is given only the rows whose {@code column} holds it.
   */
  public static <T> Page<T> ofTenant(
      Connection c,
      String select,
      String table,
      String tenantId,
      String column,
      String valueOrNull,
      String orderBy,
      PageRequest page,
      Rows<T> rows)
      throws SQLException {
    if (valueOrNull == null) {
      return ofTenant(c, select, table, tenantId, orderBy, page, rows);
    }
    return list(
        c,
        select,
        table,
        " WHERE tenant_id = ? AND " + column + " = ?",
        orderBy,
        List.of(tenantId, valueOrNull),
        page,
        rows);
  }

  private static int bind(PreparedStatement ps, List<String> params) throws SQLException {
    int i = 1;
    for (String p : params) {
      ps.setString(i++, p);
    }
    return i;
  }
}
