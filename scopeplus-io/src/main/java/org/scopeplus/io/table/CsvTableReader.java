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

  CsvTableReader(String name, InputStream in) {
    super(name, in);
  }

  @Override
  public List<String> header() throws IOException {
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
      Problem p = CsvFormat.cellProblem(name(), number, header, record);
      if (p != null) {
        throw new TableProblem(p);
      }
      String[] cells = new String[Math.max(width, record.getFieldCount())];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = i < record.getFieldCount() ? record.getField(i) : "";
      }
      consumer.accept(new TableRow(number, cells));
    }
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
