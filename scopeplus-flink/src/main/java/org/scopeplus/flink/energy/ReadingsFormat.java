package org.scopeplus.flink.energy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.scopeplus.energy.load.MeterFileException;
import org.scopeplus.energy.load.MeterFiles;

/**
 * Reads a readings file (UTF-8 CSV, header row first, columns found by name in any order): {@code
 * meter_id}, {@code timestamp_utc} (the hour's start, ISO-8601; without an offset it is UTC),
 * {@code kwh} (empty for an hour without a reading, or a forecast hour) and {@code temperature_c}.
 * Times and values are read by {@link MeterFiles}' rules; a row that breaks them, or whose time is
 * not the start of an hour of a meter (on the UTC hour, or 15, 30 or 45 minutes past it, as in
 * Asia/Kolkata or Asia/Kathmandu), becomes a {@link MeterRow} with its problem, so that only its
 * meter is refused. A file without the four columns stops the job. Files are read whole (not
 * split), so row numbers are those of the file.
 */
final class ReadingsFormat extends SimpleStreamFormat<MeterRow> {

  private static final long serialVersionUID = 1L;
  private static final ZoneRules UTC = ZoneOffset.UTC.getRules();
  static final List<String> COLUMNS = List.of("meter_id", "timestamp_utc", "kwh", "temperature_c");

  private final String input;

  /**
   * @param input how problems name the input (the file or folder given to the job)
   */
  ReadingsFormat(String input) {
    this.input = input;
  }

  @Override
  public StreamFormat.Reader<MeterRow> createReader(Configuration config, FSDataInputStream stream)
      throws IOException {
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(new InputStreamReader(stream, StandardCharsets.UTF_8));
    Iterator<CsvRecord> rows = csv.iterator();
    if (!rows.hasNext()) {
      return new Rows(csv, rows, null);
    }
    int[] column;
    try {
      column = columns(input, rows.next(), COLUMNS);
    } catch (IOException e) {
      csv.close();
      throw e;
    }
    return new Rows(csv, rows, column);
  }

  /**
   * Where each of {@code names} is in a header row (found by name, any case, in any order); refuses
   * a header without one of them, naming the input.
   */
  static int[] columns(String input, CsvRecord head, List<String> names) throws IOException {
    int[] column = new int[names.size()];
    for (int c = 0; c < column.length; c++) {
      column[c] = -1;
      for (int i = 0; i < head.getFieldCount(); i++) {
        if (head.getField(i).trim().toLowerCase(Locale.ROOT).equals(names.get(c))) {
          column[c] = i;
        }
      }
      if (column[c] < 0) {
        throw new IOException(
            input
                + ", row 1: expected the columns "
                + String.join(",", names)
                + ", found "
                + String.join(",", head.getFields()));
      }
    }
    return column;
  }

  @Override
  public TypeInformation<MeterRow> getProducedType() {
    return Types.POJO(MeterRow.class);
  }

  private final class Rows implements StreamFormat.Reader<MeterRow> {
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> rows;
    private final int[] column;

    Rows(CsvReader<CsvRecord> csv, Iterator<CsvRecord> rows, int[] column) {
      this.csv = csv;
      this.rows = rows;
      this.column = column;
    }

    @Override
    public MeterRow read() {
      while (column != null && rows.hasNext()) {
        CsvRecord r = rows.next();
        if (r.getFieldCount() == 1 && r.getField(0).isBlank()) {
          continue;
        }
        return row(r);
      }
      return null;
    }

    private MeterRow row(CsvRecord r) {
      long line = r.getStartingLineNumber();
      String meter = field(r, 0);
      try {
        if (meter.isEmpty()) {
          throw new MeterFileException(input + ", row " + line + ", meter_id: no meter");
        }
        long t = MeterFiles.instant(input, line, "timestamp_utc", field(r, 1), UTC, Long.MIN_VALUE);
        if (t % 900 != 0) {
          // a meter's hours start on the UTC hour, or a quarter, half or three quarters past it
          // in a zone whose offset is not whole hours (Asia/Kolkata: 30 past)
          throw new MeterFileException(
              input
                  + ", row "
                  + line
                  + ", timestamp_utc: '"
                  + field(r, 1)
                  + "' is not the start of an hour (on the hour, or 15, 30 or 45 minutes past"
                  + " it)");
        }
        double kwh = MeterFiles.value(input, line, "kwh", field(r, 2), true, false);
        double celsius = MeterFiles.value(input, line, "temperature_c", field(r, 3), false, false);
        return MeterRow.of(meter, line, t, kwh, celsius);
      } catch (MeterFileException e) {
        return MeterRow.refused(meter, line, e.getMessage());
      }
    }

    private String field(CsvRecord r, int c) {
      return column[c] < r.getFieldCount() ? r.getField(column[c]).trim() : "";
    }

    @Override
    public void close() throws IOException {
      csv.close();
    }
  }
}
