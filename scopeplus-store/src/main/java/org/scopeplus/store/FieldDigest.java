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

  /** Room for a field's length and colon before its bytes. */
  private static final int PREFIX = 20;

  /** Bytes of fields gathered before they go into the hash together. */
  private static final int GATHERED = 1 << 13;

  private final MessageDigest md = Sha256.digest();
  private byte[] buffer = new byte[GATHERED + 512];
  private int length;

  /**
   * Adds the next field. Fields are gathered in a buffer and hashed a few kilobytes at a time (one
   * update per field cost more than the hash of its few bytes); the bytes hashed are the same.
   */
  public void add(String value) {
    room(Utf8.maxBytes(value.length()));
    // the text first, leaving room for its length, then the length and the colon moved up to it
    int start = length + PREFIX;
    int end = Utf8.encode(value, buffer, start);
    frame(start, end - start);
  }

  /**
   * Adds the next field, given as its UTF-8 bytes (e.g. already written elsewhere): the same as
   * {@link #add(String)} of the text they encode.
   */
  public void add(byte[] utf8, int from, int to) {
    int bytes = to - from;
    room(bytes);
    int at = prefix(bytes);
    System.arraycopy(utf8, from, buffer, at, bytes);
    end(at + bytes);
  }

  /** Adds the next field, a whole number: the same as {@link #add(String)} of its decimal text. */
  public void add(long value) {
    if (value < 0) {
      add(Long.toString(value));
      return;
    }
    int digits = digits(value);
    room(digits);
    int at = prefix(digits);
    for (int i = at + digits - 1; i >= at; i--, value /= 10) {
      buffer[i] = (byte) ('0' + value % 10);
    }
    end(at + digits);
  }

  /** Makes room for a field of at most {@code bytes} bytes with its length, colon and newline. */
  private void room(int bytes) {
    int room = PREFIX + bytes + 1;
    if (length + room > buffer.length) {
      drain();
      if (room > buffer.length) {
        buffer = new byte[room];
      }
    }
  }

  /** Frames the field's {@code bytes} written at {@code start}: its length and colon before it. */
  private void frame(int start, int bytes) {
    int at = prefix(bytes);
    System.arraycopy(buffer, start, buffer, at, bytes);
    end(at + bytes);
  }

  /** Writes a field's length and colon; answers where its bytes go. */
  private int prefix(int bytes) {
    int at = length;
    byte[] b = buffer;
    // nearly every field is shorter than 100 bytes: its length written without a loop of divisions
    if (bytes < 10) {
      b[at++] = (byte) ('0' + bytes);
    } else if (bytes < 100) {
      b[at++] = (byte) ('0' + bytes / 10);
      b[at++] = (byte) ('0' + bytes % 10);
    } else {
      int digits = digits(bytes);
      for (int i = digits - 1, v = bytes; i >= 0; i--, v /= 10) {
        b[at + i] = (byte) ('0' + v % 10);
      }
      at += digits;
    }
    b[at++] = ':';
    return at;
  }

  /** Ends the field whose bytes end at {@code at} with its newline. */
  private void end(int at) {
    buffer[at++] = '\n';
    length = at;
    if (length >= GATHERED) {
      drain();
    }
  }

  /** Decimal digits of a number not negative. */
  private static int digits(long value) {
    int digits = 1;
    for (long v = value / 10; v > 0; v /= 10) {
      digits++;
    }
    return digits;
  }

  private void drain() {
    md.update(buffer, 0, length);
    length = 0;
  }

  /** The hex hash of the fields added so far; the digest cannot be used afterwards. */
  public String hex() {
    drain();
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
