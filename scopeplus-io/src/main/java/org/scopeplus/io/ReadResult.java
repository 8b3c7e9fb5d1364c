package org.scopeplus.io;

import java.util.List;
import org.scopeplus.core.problem.Problem;

/**
 * What reading a file gave: a value when there were no problems, else the problems and no value.
 *
 * @param value the value, or null when there are problems
 * @param problems every problem found; empty on success
 */
public record ReadResult<T>(T value, List<Problem> problems) {
  public ReadResult {
    problems = List.copyOf(problems);
    if ((value == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a result has either a value or problems");
    }
  }

  public static <T> ReadResult<T> of(T value) {
    return new ReadResult<>(value, List.of());
  }

  public static <T> ReadResult<T> failed(List<Problem> problems) {
    return new ReadResult<>(null, problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
