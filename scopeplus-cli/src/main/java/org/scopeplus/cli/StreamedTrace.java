package org.scopeplus.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import org.scopeplus.core.calculation.LineSink;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.io.report.InventoryCsvWriter;
import org.scopeplus.io.report.InventoryJsonWriter;
import org.scopeplus.io.report.InventoryTableWriter;
import org.scopeplus.io.report.TraceFields;

/**
 * The trace of a run written line by line as the engine makes it, into a temporary file next to the
 * output (or in the temporary directory for standard output), so a trace of any size needs no
 * memory. The output appears only through {@link #finish}, once the run has no problem; closing
 * without finishing deletes the temporary file, so the output stays all or nothing.
 *
 * <p>With {@code --format csv} the temporary file is the trace CSV itself; for json and table it
 * holds the trace's elements, which {@link #finish} writes after the inventory's summary.
 */
final class StreamedTrace implements LineSink, AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final OutputFormat format;
  private final Path spill;
  private final Writer writer;
  private final CsvWriter csv;
  private final PrintWriter text;
  private final InventoryJsonWriter json = new InventoryJsonWriter();
  private final InventoryTableWriter table = new InventoryTableWriter();
  private long lines;

  private StreamedTrace(OutputFormat format, Path spill) throws IOException {
    this.format = format;
    this.spill = spill;
    this.writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(spill), StandardCharsets.UTF_8), 1 << 16);
    this.csv = format == OutputFormat.CSV ? CsvWriter.builder().build(writer) : null;
    this.text = format == OutputFormat.TABLE ? new PrintWriter(writer) : null;
    if (csv != null) {
      csv.writeRecord(TraceFields.COLUMNS);
    }
  }

  /** A trace for output in {@code format} to {@code out} (null: standard output). */
  static StreamedTrace open(OutputFormat format, Path out) throws IOException {
    return new StreamedTrace(format, temporaryNextTo(out));
  }

  @Override
  public void accept(ResultLine line) {
    switch (format) {
      case CSV -> csv.writeRecord(InventoryCsvWriter.traceCells(line));
      case TABLE -> table.writeTraceLine(line, text);
      case JSON -> {
        try {
          if (lines > 0) {
            writer.write(",\n");
          }
          writer.write("    ");
          writer.write(json.traceElement(line));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    lines++;
  }

  /**
   * Writes the output: the inventory with the trace received, to {@code out} (moved into place
   * whole) or, when null, to {@code stdout}.
   */
  void finish(Inventory inventory, Path out, OutputStream stdout) throws IOException {
    if (csv != null) {
      csv.flush();
    }
    writer.close();
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
      writer.close();
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
