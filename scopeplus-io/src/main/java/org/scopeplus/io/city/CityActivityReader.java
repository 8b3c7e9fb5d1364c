package org.scopeplus.io.city;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.city.GpcFramework;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.city.activity.CalculatingGpcLines;
import org.scopeplus.core.city.activity.GpcActivity;
import org.scopeplus.core.city.activity.GpcLineSources;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.text.Sentence;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.activity.ActivityRowParser;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;

/**
 * Reads a city activity file (CSV or XLSX): the activity-record columns of docs/input-format.md,
 * each row read by the same {@link ActivityRowParser} as a company's, plus {@code gpc_reference},
 * the GPC line the record's emissions belong to. All or nothing: an unknown reference, an activity
 * type the line does not take ({@link GpcLineSources}), a record id used twice and every problem of
 * the activity columns are listed with file, row and column, and no record is given.
 */
public final class CityActivityReader {

  /** The most records one file may hold. */
  public static final int MAX_ROWS = 1_000_000;

  private final ReferenceData data;
  private final Map<String, String> seenIds = new HashMap<>();

  /**
   * A reader checking against the given catalog, regions and GWPs; record ids unique across files.
   */
  public CityActivityReader(ReferenceData data) {
    this.data = data;
  }

  /**
   * A file to read and the name its problems give, e.g. an upload's original file name.
   *
   * @param name the file's name in problems
   * @param path where it is
   */
  public record Source(String name, java.nio.file.Path path) {}

  /**
   * Reads every file in turn with this reader (record ids unique across them); all or nothing: the
   * records of every file, or the problems of all of them.
   */
  public ReadResult<List<GpcActivity>> readAll(List<Source> sources) {
    List<Problem> problems = new ArrayList<>();
    long count = 0;
    List<GpcActivity> out = new ArrayList<>();
    for (Source s : sources) {
      try (TableReader t = TableReader.open(s.path(), s.name())) {
        ReadResult<List<GpcActivity>> r = read(t);
        if (r.ok()) {
          out.addAll(r.value());
        } else {
          problems.addAll(r.problems());
          count += r.problemCount();
        }
      } catch (TableProblem e) {
        problems.add(e.problem());
        count++;
      } catch (IOException e) {
        problems.add(
            new Problem(
                s.name(),
                0,
                "",
                "cannot be read as CSV or XLSX: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        count++;
      }
    }
    if (!problems.isEmpty()) {
      return new ReadResult<>(null, problems, count);
    }
    return ReadResult.of(List.copyOf(out));
  }

  /** Reads every row of the table. */
  public ReadResult<List<GpcActivity>> read(TableReader table) throws IOException {
    String file = table.name();
    List<String> required = new ArrayList<>(ActivityColumns.REQUIRED);
    required.add(CalculatingGpcLines.GPC_REFERENCE);
    HeaderIndex h;
    try {
      h = HeaderIndex.of(file, table.header(), required, ActivityColumns.OPTIONAL);
    } catch (TableProblem p) {
      return ReadResult.failed(p.problem());
    }
    if (h.problemCount() > 0) {
      return ReadResult.failed(h.tally());
    }
    ActivityRowParser parser = new ActivityRowParser(data.catalog(), data.regions(), data.gwps());
    ProblemTally problems = new ProblemTally();
    List<GpcActivity> out = new ArrayList<>();
    List<Problem> rowProblems = new ArrayList<>();
    boolean[] tooMany = {false};
    try {
      table.forEachRow(
          row -> {
            long n = row.number();
            if (n - 1 > MAX_ROWS) {
              if (!tooMany[0]) {
                tooMany[0] = true;
                problems.add(
                    new Problem(
                        file,
                        n,
                        "",
                        "a file holds at most " + MAX_ROWS + " records; split it",
                        Sentence.of("problem.tooManyRecords", String.valueOf(MAX_ROWS))));
              }
              return;
            }
            rowProblems.clear();
            ActivityRecord record = parser.parse(file, h, row, rowProblems);
            String reference = h.cell(row, CalculatingGpcLines.GPC_REFERENCE);
            Optional<GpcLine> line = GpcFramework.line(reference);
            if (line.isEmpty()) {
              rowProblems.add(
                  reference.isEmpty()
                      ? new Problem(
                          file,
                          n,
                          CalculatingGpcLines.GPC_REFERENCE,
                          "gpc_reference is empty; give the GPC reference number of the line,"
                              + " e.g. I.1.1",
                          Sentence.of("problem.gpcReferenceEmpty"))
                      : new Problem(
                          file,
                          n,
                          CalculatingGpcLines.GPC_REFERENCE,
                          "unknown GPC reference '"
                              + shortened(reference)
                              + "'; the lines are I.1.1 to VI.1 as docs/city.md lists them",
                          Sentence.of("problem.unknownGpcReference", shortened(reference))));
            }
            if (record != null) {
              String first = seenIds.putIfAbsent(record.id(), file + " row " + n);
              if (first != null) {
                rowProblems.add(
                    new Problem(
                        file,
                        n,
                        ActivityColumns.RECORD_ID,
                        "record id '" + record.id() + "' is used twice (first at " + first + ")",
                        Sentence.of("problem.recordIdTwiceInFiles", record.id(), first)));
              }
              if (line.isPresent()) {
                GpcLineSources.refusal(
                        data.catalog().type(record.activityType()).orElseThrow(), line.get())
                    .ifPresent(
                        r ->
                            rowProblems.add(
                                new Problem(file, n, CalculatingGpcLines.GPC_REFERENCE, r)));
              }
            }
            if (rowProblems.isEmpty() && record != null) {
              out.add(new GpcActivity(record, line.get()));
            } else {
              for (Problem p : rowProblems) {
                problems.add(p);
              }
            }
          });
    } catch (TableProblem p) {
      problems.add(p.problem());
    }
    if (!problems.isEmpty()) {
      return ReadResult.failed(problems);
    }
    if (out.isEmpty()) {
      return ReadResult.failed(
          new Problem(
              file,
              0,
              "",
              "the file has a header but no records",
              Sentence.of("problem.headerOnly")));
    }
    return ReadResult.of(List.copyOf(out));
  }

  private static String shortened(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
