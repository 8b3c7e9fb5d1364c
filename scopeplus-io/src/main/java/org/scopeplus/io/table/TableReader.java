package org.scopeplus.io.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a table (CSV or XLSX) row by row, without holding the whole file, and hashes its bytes
 * while reading.
 */
public abstract class TableReader implements Closeable {

  private final String name;
  private final DigestInputStream digest;
  private final java.util.concurrent.atomic.AtomicLong bytesRead =
      new java.util.concurrent.atomic.AtomicLong();

  protected TableReader(String name, InputStream in) {
    this.name = name;
    this.digest =
        new DigestInputStream(new java.io.BufferedInputStream(counting(in), 1 << 16), sha256());
  }

  private InputStream counting(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytesRead.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          bytesRead.addAndGet(n);
        }
        return n;
      }
    };
  }

  /** Bytes read from the file so far, for progress. */
  public long bytesRead() {
    return bytesRead.get();
  }

  /** Opens a file, choosing the format by extension ({@code .xlsx}, else CSV). */
  public static TableReader open(Path path) throws IOException {
    return open(path, path.getFileName().toString());
  }

  /**
   * Opens a file under another name for messages, e.g. an upload kept in a temporary file: the
   * format is chosen by the extension of {@code displayName} ({@code .xlsx}, else CSV).
   */
  public static TableReader open(Path path, String displayName) throws IOException {
    InputStream in = Files.newInputStream(path);
    if (displayName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return new XlsxTableReader(displayName, in, path);
    }
    return new CsvTableReader(displayName, in);
  }

  /**
   * Opens a file to read on after row {@code row}, which begins at line {@code line} of the file
   * ({@link #rowLine}, from an earlier reading of the same file). For CSV, the header is read, the
   * lines before {@code line} are passed over without being split into cells or checked, and the
   * rows given are those after {@code row}, numbered as before; other formats give every row.
   */
  public static TableReader openAfter(Path path, String displayName, long row, long line)
      throws IOException {
    if (displayName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return open(path, displayName);
    }
    return CsvTableReader.after(displayName, () -> Files.newInputStream(path), row, line);
  }

  /**
   * The line of the file the row last given to a consumer begins at, as the file counts its lines
   * (a row of a CSV file may span lines); 0 when the format has no lines (XLSX).
   */
  public long rowLine() {
    return 0;
  }

  /** Opens a CSV stream, e.g. a classpath resource. */
  public static TableReader csv(String name, InputStream in) {
    return new CsvTableReader(name, in);
  }

  /** The file name, for messages. */
  public String name() {
    return name;
  }

  /** The stream data is read from; subclasses parse it. */
  protected InputStream stream() {
    return digest;
  }

  /** The header cells, trimmed; reading it consumes the first row. */
  public abstract List<String> header() throws IOException;

  /** Calls the consumer with each data row in order. */
  public abstract void forEachRow(Consumer<TableRow> consumer) throws IOException;

  /** Hex SHA-256 of all bytes read; call after the rows have been read. */
  public String sha256Hex() throws IOException {
    byte[] buffer = new byte[8192];
    while (digest.read(buffer) >= 0) {
      // drain what the parser did not need, so the hash covers the whole file
    }
    return HexFormat.of().formatHex(digest.getMessageDigest().digest());
  }

  @Override
  public void close() throws IOException {
    digest.close();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
