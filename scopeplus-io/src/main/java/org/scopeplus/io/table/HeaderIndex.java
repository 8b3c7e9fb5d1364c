package org.scopeplus.io.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.text.Sentence;

/**
 * Where each known column stands in a header, and what is wrong with the header: a required column
 * missing, a column written twice, or a column nobody knows (usually a typo). The problems are kept
 * in a {@link ProblemTally}, so a header of a million unknown cells lists a bounded few and counts
 * them all.
 */
public final class HeaderIndex {

  private final Map<String, Integer> positions = new HashMap<>();
  private ProblemTally problems = new ProblemTally();

  private HeaderIndex() {}

  /** Checks a header against the required and optional column names. */
  public static HeaderIndex of(
      String file, List<String> header, List<String> required, List<String> optional) {
    HeaderIndex index = new HeaderIndex();
    List<String> known = new ArrayList<>(required);
    known.addAll(optional);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (!known.contains(name)) {
        index.problems.add(
            new Problem(
                file,
                1,
                header.get(i),
                "unknown column '"
                    + header.get(i)
                    + "'; expected columns are "
                    + String.join(", ", known),
                Sentence.of("problem.unknownColumn", header.get(i), String.join(", ", known))));
      } else if (index.positions.putIfAbsent(name, i) != null) {
        index.problems.add(
            new Problem(
                file,
                1,
                name,
                "column '" + name + "' appears twice",
                Sentence.of("problem.columnTwice", name)));
      }
    }
    for (String r : required) {
      if (!index.positions.containsKey(r)) {
        index.problems.add(
            new Problem(
                file,
                1,
                r,
                "required column '" + r + "' is missing",
                Sentence.of("problem.columnMissing", r)));
      }
    }
    if (header.isEmpty()) {
      index.problems = new ProblemTally();
      index.problems.add(
          new Problem(
              file,
              0,
              "",
              "the file is empty: it needs a header row",
              Sentence.of("problem.noHeader")));
    }
    return index;
  }

  /** The first problems of the header (at most the tally's limit). */
  public List<Problem> problems() {
    return problems.listed();
  }

  /** How many problems the header has in all. */
  public long problemCount() {
    return problems.count();
  }

  /** The header's problems, to add to a larger tally. */
  public ProblemTally tally() {
    return problems;
  }

  /** The trimmed cell of a column, or "" when the column is absent. */
  public String cell(TableRow row, String column) {
    Integer i = positions.get(column);
    return i == null ? "" : cell(row, i);
  }

  /**
   * Where each of {@code columns} stands in the header (-1 when absent), found once for a file so
   * its rows are read by {@link #cell(TableRow, int)} without a look-up by name.
   */
  public int[] positions(List<String> columns) {
    int[] at = new int[columns.size()];
    for (int c = 0; c < at.length; c++) {
      at[c] = positions.getOrDefault(columns.get(c), -1);
    }
    return at;
  }

  /**
   * The trimmed cell at a {@link #positions position}, or "" when the column is absent (-1) or the
   * row is short: the same as {@link #cell(TableRow, String)} by the column's name.
   */
  public static String cell(TableRow row, int position) {
    if (position < 0 || position >= row.cells().length) {
      return "";
    }
    String v = row.cells()[position];
    return v == null ? "" : v.strip();
  }

  public boolean has(String column) {
    return positions.containsKey(column);
  }
}
