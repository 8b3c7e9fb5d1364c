package org.scopeplus.io;

import java.util.List;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;

/**
 * What reading a file gave: a value when there were no problems, else the problems and no value.
 *
 * @param value the value, or null when there are problems
 * @param problems the first problems found (at most a {@link ProblemTally}'s limit); empty on
 *     success
 * @param problemCount how many problems there were in all
 */
public record ReadResult<T>(T value, List<Problem> problems, long problemCount) {
  public ReadResult {
    problems = List.copyOf(problems);
    if ((value == null) == problems.isEmpty() || problemCount < problems.size()) {
      throw new IllegalArgumentException("a result has either a value or problems");
    }
  }

  public static <T> ReadResult<T> of(T value) {
    return new ReadResult<>(value, List.of(), 0);
  }

  public static <T> ReadResult<T> failed(ProblemTally problems) {
    return new ReadResult<>(null, problems.listed(), problems.count());
  }

  /** A table that could not be read on: its one located problem. */
  public static <T> ReadResult<T> failed(Problem problem) {
    return new ReadResult<>(null, List.of(problem), 1);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
