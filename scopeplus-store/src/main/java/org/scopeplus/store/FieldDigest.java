package org.scopeplus.store;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * The SHA-256 of a sequence of text fields, each written as its UTF-8 length in decimal ASCII, a
 * colon, its UTF-8 bytes and a newline, so no two sequences of fields give the same bytes. The
 * stored-row digests of imports and runs are taken this way, and recomputed from the database by
 * streaming the rows through {@link #eachRow}.
 */
public final class FieldDigest {

  /** Reads the current row of a streamed query. */
  @FunctionalInterface
  public interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  /** Room before a field's bytes for its length and the colon. */
  private static final int PREFIX = 20;

  private final MessageDigest md = Sha256.digest();
  private byte[] buffer = new byte[512];

  /** Adds the next field. */
  public void add(String value) {
    int room = PREFIX + Utf8.maxBytes(value.length()) + 1;
    if (room > buffer.length) {
      buffer = new byte[Math.max(room, buffer.length * 2)];
    }
    int end = Utf8.encode(value, buffer, PREFIX);
    buffer[end] = '\n';
    int start = PREFIX;
    buffer[--start] = ':';
    int length = end - PREFIX;
    do {
      buffer[--start] = (byte) ('0' + length % 10);
      length /= 10;
    } while (length > 0);
    md.update(buffer, start, end + 1 - start);
  }

  /** The hex hash of the fields added so far; the digest cannot be used afterwards. */
  public String hex() {
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * Hands every row of {@code sql}, whose one placeholder is {@code key}, to {@code row} in the
   * query's order, fetching them a thousand at a time so millions of rows are never held in memory
   * (on PostgreSQL the connection must not be in auto-commit).
   */
  public static void eachRow(Connection c, String sql, String key, Row row) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, key);
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          row.read(rs);
        }
      }
    }
  }
}
