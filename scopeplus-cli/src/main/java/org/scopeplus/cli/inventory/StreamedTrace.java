package org.scopeplus.cli.inventory;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.io.report.CsvCells;
import org.scopeplus.io.report.InventoryCsvWriter;
import org.scopeplus.io.report.InventoryJsonWriter;
import org.scopeplus.io.report.InventoryTableWriter;
import org.scopeplus.io.report.TraceFields;
import org.scopeplus.io.run.RenderingLineSink;

/**
 * The trace of a run written line by line as the engine makes it, into a temporary file next to the
 * output (or in the temporary directory for standard output), so a trace of any size needs no
 * memory. The output appears only through {@link #finish}, once the run has no problem; closing
 * without finishing deletes the temporary file, so the output stays all or nothing.
 *
 * <p>With {@code --format csv} the temporary file is the trace CSV itself; for json and table it
 * holds the trace's elements, which {@link #finish} writes after the inventory's summary.
 */
final class StreamedTrace implements RenderingLineSink, AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] JSON_SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);

  private final OutputFormat format;
  private final Path spill;
  private final OutputStream spilled;
  private final InventoryJsonWriter json = new InventoryJsonWriter();
  private final InventoryTableWriter table;
  private long lines;

  private StreamedTrace(OutputFormat format, Path spill, boolean sources) throws IOException {
    this.format = format;
    this.table = new InventoryTableWriter(sources);
    this.spill = spill;
    this.spilled = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
    if (format == OutputFormat.CSV) {
      spilled.write(csv(List.<String[]>of(TraceFields.COLUMNS.toArray(new String[0]))));
    }
  }

  /** A trace for output in {@code format} to {@code out} (null: standard output). */
  static StreamedTrace open(OutputFormat format, Path out, boolean sources) throws IOException {
    return new StreamedTrace(format, temporaryNextTo(out), sources);
  }

  /** Renders lines as this trace's format writes them; safe to call on several threads at once. */
  @Override
  public byte[] render(List<ResultLine> batch) {
    if (format == OutputFormat.CSV) {
      List<String[]> rows = new ArrayList<>(batch.size());
      for (ResultLine line : batch) {
        rows.add(InventoryCsvWriter.traceCells(line));
      }
      return csv(rows);
    }
    StringWriter text = new StringWriter(batch.size() * 1024);
    switch (format) {
      case CSV -> throw new IllegalStateException("rendered above");
      case TABLE -> {
        PrintWriter p = new PrintWriter(text);
        for (ResultLine line : batch) {
          table.writeTraceLine(line, p);
        }
        p.flush();
      }
      case JSON -> {
        for (int i = 0; i < batch.size(); i++) {
          if (i > 0) {
            text.write(",\n");
          }
          text.write("    ");
          text.write(json.traceElement(batch.get(i)));
        }
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] csv(List<String[]> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 1024);
    try (CsvWriter csv = CsvWriter.builder().build(bytes, StandardCharsets.UTF_8)) {
      for (String[] row : rows) {
        csv.writeRecord(CsvCells.neutralised(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Override
  public void write(byte[] rendered, int count) {
    if (count == 0) {
      return;
    }
    try {
      if (format == OutputFormat.JSON && lines > 0) {
        spilled.write(JSON_SEPARATOR);
      }
      spilled.write(rendered);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lines += count;
  }

  /**
   * Writes the output: the inventory with the trace received, to {@code out} (moved into place
   * whole) or, when null, to {@code stdout}.
   */
  void finish(Inventory inventory, Path out, OutputStream stdout) throws IOException {
    spilled.close();
    if (format == OutputFormat.CSV) {
      if (out == null) {
        Files.copy(spill, stdout);
        stdout.flush();
      } else {
        move(spill, out);
      }
      return;
    }
    if (out == null) {
      writeWhole(inventory, stdout);
      stdout.flush();
      return;
    }
    Path whole = temporaryNextTo(out);
    try {
      try (OutputStream os = Files.newOutputStream(whole)) {
        writeWhole(inventory, os);
      }
      move(whole, out);
    } finally {
      Files.deleteIfExists(whole);
    }
  }

  private void writeWhole(Inventory inventory, OutputStream os) throws IOException {
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    if (format == OutputFormat.JSON) {
      String summary = json.toJson(inventory, null).stripTrailing();
      // the summary is an object: open its "trace" member before the closing brace
      w.write(summary, 0, summary.length() - 1);
      w.write(lines == 0 ? ",\n  \"trace\" : [" : ",\n  \"trace\" : [\n");
      w.flush();
      Files.copy(spill, os);
      w.write(lines == 0 ? " ]\n}" : "\n  ]\n}");
      w.write(System.lineSeparator());
    } else {
      PrintWriter p = new PrintWriter(w);
      table.write(inventory, null, p);
      p.println();
      p.println("Trace");
      p.flush();
      Files.copy(spill, os);
    }
    w.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      spilled.close();
    } finally {
      Files.deleteIfExists(spill);
    }
  }

  private static Path temporaryNextTo(Path out) throws IOException {
    if (out == null) {
      return Files.createTempFile("scopeplus-trace-", ".part");
    }
    // created with the permissions any new file gets there, which the output keeps when moved
    Path dir = out.toAbsolutePath().getParent();
    while (true) {
      Path part =
          dir.resolve(
              "." + out.getFileName() + "-" + Long.toUnsignedString(RANDOM.nextLong()) + ".part");
      try {
        return Files.createFile(part);
      } catch (FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
