package org.scopeplus.store;

import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.problem.Problem;

/**
 * The problems found in a file or a run of many rows: the first {@link #LISTED} in full, in the
 * order they were found, and every one counted.
 */
public final class ProblemTally {

  /** How many problems are kept in full. */
  public static final int LISTED = 1000;

  private final List<Problem> listed = new ArrayList<>();
  private long count;

  public void add(Problem p) {
    count++;
    if (listed.size() < LISTED) {
      listed.add(p);
    }
  }

  public void addAll(List<Problem> ps) {
    for (Problem p : ps) {
      add(p);
    }
  }

  /** The first problems, in the order they were found. */
  public List<Problem> listed() {
    return List.copyOf(listed);
  }

  /** How many problems there were in all. */
  public long count() {
    return count;
  }

  public boolean isEmpty() {
    return count == 0;
  }
}
