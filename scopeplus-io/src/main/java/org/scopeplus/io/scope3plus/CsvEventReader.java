package org.scopeplus.io.scope3plus;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.scope3plus.Event;
import org.scopeplus.core.scope3plus.EventQuantity;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.io.table.CsvFormat;
import org.scopeplus.io.table.TableProblem;

/**
 * Reads CSV events: a header row naming {@code event_id, programme, actor, action, quantity_1,
 * unit_1 [, quantity_2, unit_2, quantity_3, unit_3], time, region, evidence [, claim]} in any
 * order, in the CSV of {@link CsvFormat}. Not the hot path. The position after each record is the
 * number of data records read. A record with a cell that is not plain text (a control character,
 * bytes that are not UTF-8) is malformed; a row that breaks the format (a quote never closed, a row
 * beyond the limits) ends the reading with a {@link TableProblem} naming it.
 */
public final class CsvEventReader {

  private static final List<String> REQUIRED =
      List.of("event_id", "programme", "actor", "action", "quantity_1", "unit_1", "time");

  /**
   * Reads records after the first {@code skipRecords} data records. Returns the header problem, or
   * null when the header is usable.
   */
  public String read(String file, InputStream in, long skipRecords, EventSink sink)
      throws IOException {
    RawEvent slots = new RawEvent();
    long row = 1;
    try (CsvReader<CsvRecord> csv = CsvFormat.reader(file, in)) {
      var it = csv.iterator();
      if (!it.hasNext()) {
        return null;
      }
      Map<String, Integer> col = new HashMap<>();
      CsvRecord first = it.next();
      Problem notPlain = CsvFormat.cellProblem(file, row, List.of(), first);
      if (notPlain != null) {
        return "the header's " + notPlain.message();
      }
      List<String> header = first.getFields();
      for (int i = 0; i < header.size(); i++) {
        col.put(header.get(i).strip(), i);
      }
      for (String r : REQUIRED) {
        if (!col.containsKey(r)) {
          return "the header has no column " + r;
        }
      }
      long records = 0;
      while (it.hasNext()) {
        CsvRecord r = it.next();
        records++;
        row++;
        if (records <= skipRecords) {
          continue;
        }
        if (CsvFormat.cellProblem(file, row, header, r) != null) {
          sink.malformed(r.getStartingLineNumber(), records);
          continue;
        }
        toEvent(r, col).fill(slots);
        sink.event(slots, r.getStartingLineNumber(), records);
      }
    } catch (CsvParseException e) {
      throw new TableProblem(CsvFormat.syntaxProblem(file, row + 1, e));
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return null;
  }

  /**
   * Every record is an event: a number or time that does not parse becomes one the ledger refuses
   * with its reason (INVALID_QUANTITY, INVALID_TIME), so no CSV record is MALFORMED.
   */
  private static Event toEvent(CsvRecord r, Map<String, Integer> col) {
    List<EventQuantity> q = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      String v = field(r, col, "quantity_" + i);
      if (v.isEmpty()) {
        break;
      }
      double value;
      try {
        value = Double.parseDouble(v);
      } catch (NumberFormatException ex) {
        value = Double.NaN;
      }
      q.add(EventQuantity.of(value, field(r, col, "unit_" + i)));
    }
    Instant time;
    try {
      time = Instant.parse(field(r, col, "time"));
    } catch (DateTimeParseException ex) {
      time = Instant.EPOCH;
    }
    return new Event(
        field(r, col, "event_id"),
        field(r, col, "programme"),
        field(r, col, "actor"),
        field(r, col, "action"),
        q,
        time,
        field(r, col, "region"),
        field(r, col, "evidence"),
        field(r, col, "claim"));
  }

  private static String field(CsvRecord r, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null || i >= r.getFieldCount() ? "" : r.getField(i).strip();
  }
}
