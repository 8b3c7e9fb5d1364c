package org.scopeplus.energy.suggest;

import org.scopeplus.core.problem.Problem;

/**
 * A tariff file that cannot be used: a located problem (the file, the line of the key, the key as
 * its column) with its sentence as a code ({@code problem.tariff.*}), so that a page says it in its
 * reader's language. Its message names the place as the meter files' problems do: {@code
 * tariff.properties, row 3, period.peak.hours: '8to11' is not an hour range like 8-11}.
 */
public final class TariffFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public TariffFileException(Problem problem) {
    super(place(problem) + ": " + problem.message());
    this.problem = problem;
  }

  private static String place(Problem p) {
    StringBuilder b = new StringBuilder(p.file());
    if (p.row() > 0) {
      b.append(", row ").append(p.row());
    }
    if (!p.column().isEmpty()) {
      b.append(", ").append(p.column());
    }
    return b.toString();
  }

  /** The refusal as a located, coded problem. */
  public Problem problem() {
    return problem;
  }
}
