package org.scopeplus.store;

import java.nio.charset.StandardCharsets;
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

  private final MessageDigest md = Sha256.digest();

  /** Adds the next field. */
  public void add(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    md.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    md.update(bytes);
    md.update((byte) '\n');
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
