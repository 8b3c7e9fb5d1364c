package org.scopeplus.io.table;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.scopeplus.core.problem.Problem;

/**
 * A CSV table as {@link CsvFormat} defines it; the first record is the header. The first row that
 * breaks the format ends the reading with a {@link TableProblem} naming it.
 */
final class CsvTableReader extends TableReader {

  private CsvReader<CsvRecord> reader;
  private CloseableIterator<CsvRecord> iterator;
  private List<String> header;
  private long number;
  private long headerLine;
  private long line;

  /** Read on after this row ({@link #after}); 0 when every row is given. */
  private long after;

  /** The line row {@link #after} begins at, to pass over the lines before it; 0 when not. */
  private long afterLine;

  CsvTableReader(String name, InputStream in) {
    super(name, in);
  }

  /** Where a CSV file's bytes come from, each time from the start. */
  interface Source {
    InputStream open() throws IOException;
  }

  /**
   * A reader of {@code source}'s rows after row {@code row}, which begins at line {@code line}: the
   * header is read from the start of one reading, and in a second one the lines before {@code line}
   * are passed over unsplit ({@link CsvReader#skipLines}, which does not read them as CSV). When
   * the header spans lines (a quoted line break), where its last line ends is not known: the rows
   * are then read from the start and the ones after {@code row} given.
   */
  static TableReader after(String name, Source source, long row, long line) throws IOException {
    List<String> header;
    long headerLine;
    try (CsvTableReader first = new CsvTableReader(name, source.open())) {
      header = first.header();
      headerLine = first.headerLine;
    }
    CsvTableReader rest = new CsvTableReader(name, source.open());
    rest.after = row;
    if (row > 1
        && line > headerLine
        && header.stream().noneMatch(h -> h.indexOf('\n') >= 0 || h.indexOf('\r') >= 0)) {
      rest.afterLine = line;
      rest.header = header;
    }
    return rest;
  }

  @Override
  public List<String> header() throws IOException {
    if (header != null && reader == null) {
      // read on at afterLine: the lines before it are passed over, then row `after` read past
      reader = CsvFormat.reader(name(), stream());
      for (long skip = afterLine - 1; skip > 0; skip -= Integer.MAX_VALUE) {
        reader.skipLines((int) Math.min(skip, Integer.MAX_VALUE));
      }
      iterator = reader.iterator();
      CsvRecord at = next();
      if (at == null || at.getStartingLineNumber() != afterLine) {
        throw new IOException(
            "row " + after + " does not begin at line " + afterLine + " as it did when read");
      }
      number = after;
    }
    if (header == null) {
      reader = CsvFormat.reader(name(), stream());
      iterator = reader.iterator();
      List<String> cells = new ArrayList<>();
      CsvRecord first = next();
      if (first != null) {
        Problem p = CsvFormat.headerProblem(name(), number, first);
        if (p != null) {
          throw new TableProblem(p);
        }
        headerLine = first.getStartingLineNumber();
        for (String h : first.getFields()) {
          cells.add(h.strip());
        }
      }
      header = cells;
    }
    return header;
  }

  @Override
  public void forEachRow(Consumer<TableRow> consumer) throws IOException {
    int width = header().size();
    CsvRecord record;
    while ((record = next()) != null) {
      if (number <= after) {
        continue;
      }
      Problem p = CsvFormat.cellProblem(name(), number, header, record);
      if (p != null) {
        throw new TableProblem(p);
      }
      line = record.getStartingLineNumber();
      String[] cells = new String[Math.max(width, record.getFieldCount())];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = i < record.getFieldCount() ? record.getField(i) : "";
      }
      consumer.accept(new TableRow(number, cells));
    }
  }

  @Override
  public long rowLine() {
    return line;
  }

  /** The next record, numbered; null at the end. */
  private CsvRecord next() throws IOException {
    try {
      if (!iterator.hasNext()) {
        return null;
      }
      CsvRecord r = iterator.next();
      number++;
      return r;
    } catch (CsvParseException e) {
      throw new TableProblem(CsvFormat.syntaxProblem(name(), number + 1, e));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    super.close();
  }
}
