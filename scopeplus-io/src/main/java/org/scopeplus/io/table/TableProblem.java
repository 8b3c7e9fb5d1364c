package org.scopeplus.io.table;

import java.io.IOException;
import org.scopeplus.core.problem.Problem;

/**
 * A table that cannot be read on from a located point: a row that is not valid CSV, bytes that are
 * not UTF-8, a control character in a cell, a row beyond the limits of {@link CsvFormat}. Readers
 * report {@link #problem()} with the others; the message is the problem itself, so a caller that
 * only knows {@link IOException} still shows where.
 */
public final class TableProblem extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public TableProblem(Problem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  /** What is wrong, with file, row and column. */
  public Problem problem() {
    return problem;
  }
}
