package org.scopeplus.io.activity;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.fuzz.ReadContract;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableReader;

/**
 * Any bytes read as an activity file, through the CSV reader, the header check and {@link
 * ActivityRowParser} (and so the unit, period, number and region parsers), give for each row a
 * record or problems located by file, row and column: never an exception, never a record and a
 * problem for the same row.
 */
class ActivityFileFuzzTest {

  private static final ReferenceData DATA = BuiltInReferenceData.load();
  private static final String FILE = "fuzz-activity.csv";

  @FuzzTest
  void anyFileGivesRecordsOrLocatedProblems(byte[] bytes) {
    if (!ReadContract.bounded(bytes)) {
      return;
    }
    ActivityRowParser parser = new ActivityRowParser(DATA.catalog(), DATA.regions(), DATA.gwps());
    ReadContract.refusalOrValue(
        "activity",
        () -> {
          try (TableReader table = TableReader.csv(FILE, new ByteArrayInputStream(bytes))) {
            HeaderIndex h =
                HeaderIndex.of(
                    FILE, table.header(), ActivityColumns.REQUIRED, ActivityColumns.OPTIONAL);
            ReadContract.located(FILE, h.problems(), 1);
            if (!h.problems().isEmpty()) {
              return;
            }
            List<Problem> problems = new ArrayList<>();
            table.forEachRow(
                row -> {
                  int before = problems.size();
                  ActivityRecord record = parser.parse(FILE, h, row, problems);
                  List<Problem> added = problems.subList(before, problems.size());
                  ReadContract.located(FILE, added, row.number());
                  for (Problem p : added) {
                    if (p.row() != row.number()) {
                      throw new AssertionError("problem of row " + row.number() + " at " + p);
                    }
                  }
                  if ((record == null) == added.isEmpty()) {
                    throw new AssertionError(
                        "row " + row.number() + " gave " + record + " with problems " + added);
                  }
                  if (record != null && !Double.isFinite(record.quantity())) {
                    throw new AssertionError("a record with quantity " + record.quantity());
                  }
                });
          }
        });
  }
}
