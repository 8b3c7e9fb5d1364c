package org.scopeplus.io.scope3plus;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.scope3plus.MethodologyCatalog;

/**
 * The methodology configuration kept beside a Scope 3+ state: {@code configuration.csv} in the
 * state folder, with the columns key, value, unit, source of {@link
 * MethodologyLibrary#configuration} and, when the service wrote it, who set each value and when
 * (set_by, set_at; ignored by the checks). The CLI and the service read the same file; a state
 * without one counts with the built-in catalog alone.
 */
public final class ConfigurationFile {

  /** The file's name in the state folder. */
  public static final String NAME = "configuration.csv";

  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");

  /**
   * One configured value as written: the texts of its row, and who set it when (empty when not
   * known, as in a file the CLI copied).
   */
  public record Row(
      String key, String value, String unit, String source, String setBy, String setAt) {

    /** The same value, unit and source: a row that changes nothing when written again. */
    public boolean sameValue(Row other) {
      return key.equals(other.key)
          && value.equals(other.value)
          && unit.equals(other.unit)
          && source.equals(other.source);
    }
  }

  private ConfigurationFile() {}

  /**
   * The catalog a state counts with: the built-in methodologies with the configuration kept in
   * {@code stateFolder}, or without any when there is none.
   *
   * @throws ConfigurationRefused when the kept configuration no longer passes the checks
   */
  public static MethodologyCatalog catalog(Path stateFolder) throws IOException {
    Path file = stateFolder.resolve(NAME);
    if (!Files.exists(file)) {
      return MethodologyLibrary.builtIn();
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return MethodologyLibrary.builtIn(MethodologyLibrary.configuration(r));
    }
  }

  /**
   * Checks a configuration given as CSV text (key, value, unit, source) as the CLI checks its file:
   * every row read, every value against the unit of its reference value, the methodologies built
   * with them. Answers the catalog it makes.
   *
   * @throws ConfigurationRefused naming each problem's row, field, key and value
   */
  public static MethodologyCatalog check(String csv) throws IOException {
    return MethodologyLibrary.builtIn(MethodologyLibrary.configuration(new StringReader(csv)));
  }

  /** The rows of a configuration's CSV text, in order, as their texts (set_by, set_at if any). */
  public static List<Row> rows(String csv) throws IOException {
    List<Row> out = new ArrayList<>();
    try (var reader = CsvReader.builder().ofNamedCsvRecord(new StringReader(csv))) {
      for (var r : reader) {
        out.add(
            new Row(
                field(r, "key"),
                field(r, "value"),
                field(r, "unit"),
                field(r, "source"),
                field(r, "set_by"),
                field(r, "set_at")));
      }
    }
    return out;
  }

  /** The rows kept in {@code stateFolder}; none when there is no configuration. */
  public static List<Row> read(Path stateFolder) throws IOException {
    Path file = stateFolder.resolve(NAME);
    if (!Files.exists(file)) {
      return List.of();
    }
    return rows(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Rows as CSV text with the columns key, value, unit, source, set_by, set_at. */
  public static String text(List<Row> rows) {
    StringWriter out = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().build(out)) {
      csv.writeRecord("key", "value", "unit", "source", "set_by", "set_at");
      for (Row r : rows) {
        csv.writeRecord(r.key(), r.value(), r.unit(), r.source(), r.setBy(), r.setAt());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Keeps {@code rows} as the configuration of {@code stateFolder} durably: written to a temporary
   * file, synced, renamed over the old one and the folder synced, so a crash leaves the old
   * configuration or the new one, never a part. Check the rows first ({@link #check}).
   */
  public static void write(Path stateFolder, List<Row> rows) throws IOException {
    Files.createDirectories(stateFolder);
    Path tmp = stateFolder.resolve(NAME + ".tmp");
    byte[] bytes = text(rows).getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    try {
      Files.move(
          tmp,
          stateFolder.resolve(NAME),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException ex) {
      throw new IOException("the state directory must support atomic rename: " + stateFolder, ex);
    }
    if (!WINDOWS) {
      try (FileChannel ch = FileChannel.open(stateFolder, StandardOpenOption.READ)) {
        ch.force(true);
      }
    }
  }

  private static String field(de.siegmar.fastcsv.reader.NamedCsvRecord r, String name) {
    return r.findField(name).orElse("").strip();
  }
}
