package org.scopeplus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.scopeplus.core.text.PlainText;

/**
 * Rows written into one table in bulk, inside the caller's transaction: on PostgreSQL with {@code
 * COPY ... FROM STDIN} (text format, every value escaped), elsewhere (H2) as batches of one
 * prepared {@code INSERT}. Values are given column by column, a row ended with {@link #endRow}; the
 * rows given since the last {@link #flush} are held (at most a batch, bounded by the caller) and
 * sent together by it, so a failure (a unique key broken) is one statement the caller can roll back
 * to a savepoint. Values are never null.
 *
 * <p>A streaming writer ({@link #streamingInto}) sends the rows of a statement in pieces of {@link
 * #PIECE} bytes as they are given, so PostgreSQL stores them on its own core while the caller makes
 * the next ones; the statement still ends (and fails, if it fails) only at {@link #flush}, though a
 * piece's write may fail first.
 */
public final class BulkRows implements AutoCloseable {

  /** Bytes of COPY text a streaming writer holds before it sends them. */
  static final int PIECE = 1 << 16;

  private final int columns;
  private final boolean streaming;
  private final String copySql;
  private final CopyManager copy;
  private final PreparedStatement insert;
  private byte[] buffer;
  private int length;
  private int column;
  private int rowStart;
  private char[] chars = new char[256];
  private int rows;
  private CopyIn open;

  private BulkRows(Connection c, String table, List<String> columnNames, boolean streaming)
      throws SQLException {
    this.columns = columnNames.size();
    this.streaming = streaming;
    String names = String.join(", ", columnNames);
    if (c.isWrapperFor(PGConnection.class)) {
      this.copy = c.unwrap(PGConnection.class).getCopyAPI();
      this.copySql = "COPY " + table + " (" + names + ") FROM STDIN";
      this.insert = null;
      this.buffer = new byte[1 << 16];
    } else {
      this.copy = null;
      this.copySql = null;
      this.insert =
          c.prepareStatement(
              "INSERT INTO "
                  + table
                  + " ("
                  + names
                  + ") VALUES (?"
                  + ", ?".repeat(columns - 1)
                  + ")");
    }
  }

  /** A writer of rows of {@code table}, whose values come in the order of {@code columns}. */
  public static BulkRows into(Connection c, String table, List<String> columns)
      throws SQLException {
    return new BulkRows(c, table, columns, false);
  }

  /**
   * A writer of rows of {@code table} that sends a statement's rows while they are given (on
   * PostgreSQL; on H2 the same as {@link #into}).
   */
  public static BulkRows streamingInto(Connection c, String table, List<String> columns)
      throws SQLException {
    return new BulkRows(c, table, columns, true);
  }

  /** Whether rows go by COPY (PostgreSQL). */
  public boolean copying() {
    return copy != null;
  }

  /** The next value, text. */
  public BulkRows text(String value) throws SQLException {
    if (copy == null) {
      insert.setString(++column, value);
      return this;
    }
    copyText(value, null);
    return this;
  }

  /**
   * The next value, text, read once for three purposes: written (on PostgreSQL as COPY text), added
   * to {@code digest} as a field of its UTF-8 bytes (unless {@code digest} is null), and checked
   * against {@link PlainText}. Answers the index of the first character {@link PlainText} refuses,
   * or -1 when the text is plain; a row holding refused text must not be stored ({@link #dropRow}).
   */
  public int checkedText(String value, FieldDigest digest) throws SQLException {
    if (copy == null) {
      insert.setString(++column, value);
      if (digest != null) {
        digest.add(value);
      }
      return PlainText.firstRefused(value);
    }
    return copyText(value, digest);
  }

  /**
   * Writes a value as COPY text, in one pass over its characters: ASCII as it is, COPY's special
   * characters escaped, the rest as UTF-8; its UTF-8 bytes go into {@code digest} when not null.
   */
  private int copyText(String value, FieldDigest digest) {
    separate();
    int n = value.length();
    // at most four bytes a character: three of UTF-8, or an escape of four
    ensure(Utf8.maxBytes(n) + n);
    byte[] b = buffer;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    // copied whole (one intrinsic) rather than read by charAt, which checks its index and coder
    char[] text = chars;
    value.getChars(0, n, text, 0);
    int start = length;
    int at = start;
    int refused = -1;
    boolean escaped = false;
    for (int i = 0; i < n; i++) {
      char ch = text[i];
      if (ch >= ' ' && ch < 0x80 && ch != '\\') {
        b[at++] = (byte) ch;
        continue;
      }
      if (refused < 0 && PlainText.refuses(ch)) {
        refused = i;
      }
      if (ch < 0x80) {
        // a backslash or a control character: COPY's text format reads these as escapes
        at = escape(ch, b, at);
        escaped = true;
      } else {
        int end = Utf8.encodeBeyondAscii(value, i, b, at);
        i += Utf8.pairs(at, end);
        at = end;
      }
    }
    length = at;
    if (digest != null) {
      if (escaped) {
        digest.add(value);
      } else {
        // without escapes the COPY text is the value's UTF-8
        digest.add(b, start, at);
      }
    }
    return refused;
  }

  /** The next value, a whole number. */
  public BulkRows number(long value) throws SQLException {
    if (copy == null) {
      insert.setLong(++column, value);
      return this;
    }
    separate();
    ensure(24);
    if (value == Long.MIN_VALUE) {
      for (byte b : Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
        buffer[length++] = b;
      }
      return this;
    }
    if (value < 0) {
      buffer[length++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long v = value / 10; v > 0; v /= 10) {
      digits++;
    }
    for (int i = length + digits - 1; i >= length; i--) {
      buffer[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += digits;
    return this;
  }

  /** The next value, true or false. */
  public BulkRows bool(boolean value) throws SQLException {
    if (copy == null) {
      insert.setBoolean(++column, value);
      return this;
    }
    separate();
    ensure(1);
    buffer[length++] = (byte) (value ? 't' : 'f');
    return this;
  }

  /** Ends the row: every column must have had its value. */
  public void endRow() throws SQLException {
    if (column != columns) {
      throw new IllegalStateException(
          "a row of " + columns + " columns was given " + column + " values");
    }
    if (copy == null) {
      insert.addBatch();
    } else {
      ensure(1);
      buffer[length++] = '\n';
    }
    column = 0;
    rows++;
    if (streaming && length >= PIECE) {
      send();
    }
  }

  /**
   * Forgets the values given for the row under way, as if none had been given: a row found invalid
   * after its values were written.
   */
  public void dropRow() {
    column = 0;
    length = rowStart;
  }

  /** Sends the COPY text held so far, opening the statement with its first piece. */
  private void send() throws SQLException {
    if (open == null) {
      open = copy.copyIn(copySql);
    }
    int bytes = length;
    length = 0;
    open.writeToCopy(buffer, 0, bytes);
  }

  /** Rows given since the last flush. */
  public int pending() {
    return rows;
  }

  /** Sends the pending rows as one statement. */
  public void flush() throws SQLException {
    if (rows == 0) {
      return;
    }
    int sent = rows;
    rows = 0;
    column = 0;
    if (copy == null) {
      insert.executeBatch();
      return;
    }
    try {
      send();
      long written = open.endCopy();
      if (written != sent) {
        throw new SQLException("COPY stored " + written + " rows of " + sent);
      }
    } finally {
      close(open);
      open = null;
    }
  }

  /** Ends a COPY left open by a failure, so the connection can roll back. */
  private static void close(CopyIn in) throws SQLException {
    if (in != null && in.isActive()) {
      in.cancelCopy();
    }
  }

  /** Drops the pending rows without sending them. */
  public void discard() throws SQLException {
    rows = 0;
    column = 0;
    length = 0;
    if (insert != null) {
      insert.clearBatch();
    }
    CopyIn in = open;
    open = null;
    close(in);
  }

  @Override
  public void close() throws SQLException {
    CopyIn in = open;
    open = null;
    close(in);
    if (insert != null) {
      insert.close();
    }
  }

  private void separate() {
    if (column >= columns) {
      throw new IllegalStateException("a row of " + columns + " columns was given more values");
    }
    if (column == 0) {
      rowStart = length;
    }
    if (column++ > 0) {
      ensure(1);
      buffer[length++] = '\t';
    }
  }

  /**
   * Writes a character COPY's text format reads specially as a backslash escape at {@code at};
   * answers where it ends.
   */
  private static int escape(char ch, byte[] b, int at) {
    b[at++] = '\\';
    switch (ch) {
      case '\\' -> b[at++] = '\\';
      case '\n' -> b[at++] = 'n';
      case '\r' -> b[at++] = 'r';
      case '\t' -> b[at++] = 't';
      default -> {
        // any other control character as three octal digits
        b[at++] = (byte) ('0' + ((ch >> 6) & 7));
        b[at++] = (byte) ('0' + ((ch >> 3) & 7));
        b[at++] = (byte) ('0' + (ch & 7));
      }
    }
    return at;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }

  // ---- Text written once for the COPY and two hashes ----

  /**
   * The next value, text, written as {@link #text} writes it, and its UTF-8 bytes added to {@code
   * plain} as they are ({@link HashBytes#text}) and to {@code sized} after their length ({@link
   * HashBytes#sized(String)}). On PostgreSQL the value is encoded once: when COPY's text of it
   * holds no escape it is its UTF-8, and those bytes go into both hashes.
   */
  public BulkRows hashedText(String value, HashBytes plain, HashBytes sized) throws SQLException {
    if (copy == null) {
      insert.setString(++column, value);
      plain.text(value);
      sized.sized(value);
      return this;
    }
    int before = length;
    copyText(value, null);
    // after the tab that separates it from the column before, if any
    int start = column > 1 ? before + 1 : before;
    if (escapes(buffer, start, length)) {
      plain.text(value);
      sized.sized(value);
    } else {
      plain.bytes(buffer, start, length - start);
      sized.sized(buffer, start, length - start);
    }
    return this;
  }

  /**
   * Whether COPY text escaped a character between {@code from} and {@code to}: every escape starts
   * with a backslash, a byte no other character's UTF-8 holds (a backslash itself is escaped).
   */
  private static boolean escapes(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\\') {
        return true;
      }
    }
    return false;
  }
}
