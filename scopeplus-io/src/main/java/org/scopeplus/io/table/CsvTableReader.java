package org.scopeplus.io.table;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A CSV table: UTF-8 (a BOM is skipped), comma-separated, the first record is the header. */
final class CsvTableReader extends TableReader {

  private CsvReader<CsvRecord> reader;
  private CloseableIterator<CsvRecord> iterator;
  private List<String> header;

  CsvTableReader(String name, InputStream in) {
    super(name, in);
  }

  @Override
  public List<String> header() throws IOException {
    if (header == null) {
      reader =
          CsvReader.builder()
              .detectBomHeader(true)
              .allowMissingFields(true)
              .allowExtraFields(true)
              .skipEmptyLines(true)
              .ofCsvRecord(stream(), StandardCharsets.UTF_8);
      iterator = reader.iterator();
      header = new ArrayList<>();
      if (iterator.hasNext()) {
        for (String h : iterator.next().getFields()) {
          header.add(h.strip());
        }
      }
    }
    return header;
  }

  @Override
  public void forEachRow(Consumer<TableRow> consumer) throws IOException {
    int width = header().size();
    long number = 1;
    while (iterator.hasNext()) {
      CsvRecord record = iterator.next();
      number++;
      String[] cells = new String[Math.max(width, record.getFieldCount())];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = i < record.getFieldCount() ? record.getField(i) : "";
      }
      consumer.accept(new TableRow(number, cells));
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
