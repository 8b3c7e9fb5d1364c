package org.scopeplus.store.activity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.activity.ActivityRowParser;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableRow;
import org.scopeplus.store.FieldDigest;

/**
 * Streams an import's stored records back as activity records, parsed by the same parser as the
 * file, in row order.
 */
public final class StoredRecordReader {

  /** Receives each record. */
  @FunctionalInterface
  public interface RecordSink {
    void accept(ActivityRecord record) throws SQLException;
  }

  private final ActivityRowParser parser;
  private final HeaderIndex header;

  public StoredRecordReader(ReferenceData reference) {
    this.parser = new ActivityRowParser(reference.catalog(), reference.regions(), reference.gwps());
    this.header =
        HeaderIndex.of(
            "stored", StoredColumns.NAMES, ActivityColumns.REQUIRED, ActivityColumns.OPTIONAL);
  }

  /** Reads every record of the import. */
  public void read(Connection c, ActivityImport imp, List<Problem> problems, RecordSink sink)
      throws SQLException {
    String[] cells = new String[StoredColumns.NAMES.size()];
    FieldDigest.eachRow(
        c,
        "SELECT source_row, "
            + String.join(", ", StoredColumns.SQL_NAMES)
            + " FROM activity_record WHERE import_id = ? ORDER BY source_row",
        imp.id(),
        rs -> {
          for (int i = 0; i < cells.length; i++) {
            cells[i] = rs.getString(2 + i);
          }
          ActivityRecord r =
              parser.parse(
                  imp.fileName(), header, new TableRow(rs.getLong(1), cells.clone()), problems);
          if (r != null) {
            sink.accept(r);
          }
        });
  }
}
