package org.scopeplus.store.run;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored fields of the activity records a block of trace lines names, read in one query ({@code
 * record_id = ANY(?)}): what {@code LEFT JOIN activity_record r ON r.period_id = ? AND r.record_id
 * = l.record_id} gives the lines of a run stored a row a line. A record not found (gone from the
 * period) is absent, and its lines get empty fields, as the join gives them.
 */
public final class RecordFields {

  private RecordFields() {}

  /**
   * The {@code columns} of {@code activity_record} of the period's records {@code ids}, by record
   * id, in the order of {@code columns}.
   */
  public static Map<String, String[]> of(
      Connection c, String periodId, Collection<String> ids, String... columns)
      throws SQLException {
    Map<String, String[]> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT record_id, "
                + String.join(", ", columns)
                + " FROM activity_record WHERE period_id = ? AND record_id = ANY(?)")) {
      Array array = c.createArrayOf("VARCHAR", ids.toArray());
      try {
        ps.setString(1, periodId);
        ps.setArray(2, array);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String[] fields = new String[columns.length];
            for (int i = 0; i < fields.length; i++) {
              fields[i] = rs.getString(2 + i);
            }
            out.put(rs.getString(1), fields);
          }
        }
      } finally {
        array.free();
      }
    }
    return out;
  }

  /** The distinct record ids of {@code lines}, in their order. */
  public static Collection<String> idsOf(List<TraceLine> lines) {
    Set<String> ids = new LinkedHashSet<>();
    for (TraceLine l : lines) {
      ids.add(l.recordId());
    }
    return ids;
  }
}
